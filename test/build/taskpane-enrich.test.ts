import type { Browser } from "playwright-core";
import { startReplica, type Replica } from "../../replica";
import { isoToExcelSerial } from "../../src/core/args";
import { fieldLabel } from "../../src/core/i18n";
import { launchChromium } from "../support/browser";
import { DIST, requireDist } from "../support/dist";
import { serveFolder, type StaticServer } from "../support/staticServer";
import {
  cell,
  openTaskpane,
  screenshot,
  workbook,
  writeLog,
  writtenPerRow,
  type OpenTaskpane,
} from "../support/taskpane";

/**
 * Enrich a column of 2,000 organisasjonsnumre with the default fields, in the built taskpane against
 * the BRREG replica: every row filled, progress shown; and cancelled half-way (a slow replica):
 * every written row complete, every other row untouched.
 */
let server: StaticServer;
let browser: Browser;
let replica: Replica;
let slow: Replica;
const ROWS = 2000;
const FIELDS = ["navn", "organisasjonsform.kode", "forretningsadresse.kommunenummer"];

beforeAll(async () => {
  requireDist("taskpane.html", "taskpane.js", "functions.js");
  [server, browser, replica, slow] = await Promise.all([
    serveFolder(DIST),
    launchChromium(),
    startReplica({ seed: 2, enheter: 4000, underenheter: 200 }),
    startReplica({ seed: 2, enheter: 4000, underenheter: 200, latencyMs: 250 }),
  ]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await replica?.close();
  await slow?.close();
});

async function setUpColumn(pane: OpenTaskpane, orgnr: readonly string[]): Promise<void> {
  await workbook(pane.page, "setValues", "Sheet1", 0, 0, [["orgnr"], ...orgnr.map((o) => [o])]);
  await workbook(pane.page, "select", "Sheet1", 0, 0, orgnr.length + 1, 1);
  await pane.page.getByRole("tab", { name: "Berik" }).click();
  await pane.page.getByRole("button", { name: "Bruk merket kolonne" }).click();
  await pane.page.getByText(/A1:A2001 i Sheet1/).waitFor();
  expect(await pane.page.getByRole("checkbox", { name: "Første rad er overskrift" }).isChecked()).toBe(true);
  expect(await pane.page.getByRole("radio", { name: "Organisasjonsnumre" }).isChecked()).toBe(true);
  for (const field of FIELDS)
    expect(await pane.page.getByRole("checkbox", { name: fieldLabel(field, "nb"), exact: true }).isChecked()).toBe(
      true,
    );
}

async function row(pane: OpenTaskpane, r: number): Promise<(string | number | boolean | null | undefined)[]> {
  return Promise.all([1, 2, 3].map(async (c) => (await cell(pane.page, "Sheet1", r, c))?.value));
}

it("enriches 2,000 orgnr with the default fields: every row filled, with progress", async () => {
  const orgnr = replica.data.orgnr.activeEnheter.slice(0, ROWS);
  expect(orgnr).toHaveLength(ROWS);
  const pane = await openTaskpane(browser, {
    origin: server.origin,
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
    enrichChunkRows: 250,
  });
  await setUpColumn(pane, orgnr);
  await screenshot(pane.page, "enrich-ready");
  const seen = new Set<string>();
  const watcher = setInterval(
    () =>
      void pane.page
        .getByText(/av 2\s000 rader/)
        .first()
        .textContent({ timeout: 50 })
        .then(
          (t) => t && seen.add(t),
          () => undefined,
        ),
    20,
  );
  await pane.page.getByRole("button", { name: "Berik", exact: true }).click();
  await pane.page.getByText(/Fylte 2\s000 rader i 4 kolonner/).waitFor({ timeout: 60_000 });
  clearInterval(watcher);
  await screenshot(pane.page, "enrich-done");
  expect(await pane.page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
  expect([...seen].length).toBeGreaterThan(0);

  // Readable headers in the pane's language, not API names.
  expect(await row(pane, 0)).toEqual(FIELDS.map((f) => fieldLabel(f, "nb")));
  expect(await row(pane, 0)).toEqual(["Navn", "Organisasjonsform (kode)", "Kommunenummer (forretningsadresse)"]);
  for (const r of [1, 2, 500, 1999, 2000]) {
    const unit = replica.data.unit(orgnr[r - 1]!) as {
      navn: string;
      organisasjonsform: { kode: string };
      forretningsadresse?: { kommunenummer?: string };
    };
    expect(await row(pane, r)).toEqual([
      unit.navn,
      unit.organisasjonsform.kode,
      unit.forretningsadresse?.kommunenummer ?? "",
    ]);
  }
  // Kommunenummer keeps its leading zero: written as text.
  const withZero = orgnr.findIndex((o) =>
    (
      (replica.data.unit(o) as { forretningsadresse?: { kommunenummer?: string } }).forretningsadresse?.kommunenummer ??
      ""
    ).startsWith("0"),
  );
  if (withZero >= 0) expect(await cell(pane.page, "Sheet1", withZero + 1, 3)).toMatchObject({ format: "@" });
  const writes = await writeLog(pane.page);
  expect(writes.length).toBeGreaterThanOrEqual(ROWS / 250);
  expect(Math.max(...writes.map((w) => w.bytes))).toBeLessThan(4 * 1024 * 1024);
  expect(pane.problems).toEqual([]);
  await pane.context.close();
}, 120_000);

it("cancelled half-way: written rows complete, the rest untouched", async () => {
  const orgnr = slow.data.orgnr.activeEnheter.slice(0, ROWS);
  const pane = await openTaskpane(browser, {
    origin: server.origin,
    klassBaseUrl: slow.klassBaseUrl,
    brregBaseUrl: slow.brregBaseUrl,
    enrichChunkRows: 100,
  });
  await setUpColumn(pane, orgnr);
  await pane.page.getByRole("button", { name: "Berik", exact: true }).click();
  await pane.page
    .getByText(/^(6|7|8|9)00 av 2\s000 rader/)
    .first()
    .waitFor({ timeout: 60_000 });
  await screenshot(pane.page, "enrich-running");
  await pane.page.getByRole("button", { name: "Avbryt" }).click();
  const message = await pane.page.getByText(/Avbrutt: rad 1–\d+/).textContent({ timeout: 30_000 });
  await screenshot(pane.page, "enrich-cancelled");
  // nb writes 1 000 with a (no-break) space: read the digits across it.
  const done = Number((/–([\d\s\u00a0\u202f]+)/.exec(message ?? "")?.[1] ?? "").replace(/\D/g, ""));
  expect(done).toBeGreaterThanOrEqual(600);
  expect(done).toBeLessThan(ROWS);
  expect(done % 100).toBe(0);
  // Rows 1..done have the first three cells written (navn and orgform never empty); the rest have none.
  const written = await writtenPerRow(pane.page, "Sheet1", 1, 1, ROWS, 3);
  expect(written.slice(0, done).every((n) => n === 3)).toBe(true);
  expect(written.slice(done).every((n) => n === 0)).toBe(true);
  const names = await workbook<(string | null)[][]>(pane.page, "readRange", "Sheet1", 1, 1, done, 2);
  expect(
    names.every(([navn, form]) => typeof navn === "string" && navn !== "" && typeof form === "string" && form !== ""),
  ).toBe(true);
  expect(pane.problems).toEqual([]);
  await pane.context.close();
}, 120_000);

it("writes headers in the pane's language: English labels for BRREG fields and KLASS additions", async () => {
  const orgnr = replica.data.orgnr.activeEnheter.slice(0, 5);
  const pane = await openTaskpane(browser, {
    origin: server.origin,
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
    locale: "en-GB",
  });
  const { page } = pane;
  await workbook(page, "setValues", "Sheet1", 0, 0, [["orgnr"], ...orgnr.map((o) => [o])]);
  await workbook(page, "select", "Sheet1", 0, 0, orgnr.length + 1, 1);
  await page.getByRole("tab", { name: "Enrich" }).click();
  await page.getByRole("button", { name: "Use selected column" }).click();
  await page.getByRole("checkbox", { name: fieldLabel("stiftelsesdato", "en"), exact: true }).check();
  await page.getByRole("button", { name: "Enrich", exact: true }).click();
  await page.getByText(/Filled 5 rows/).waitFor({ timeout: 30_000 });
  const header = await workbook<(string | null)[][]>(page, "readRange", "Sheet1", 0, 1, 1, 6);
  expect(header[0]).toEqual([
    "Name",
    "Organisation form (code)",
    "Municipality number (business address)",
    "Status",
    "Date founded",
    "Note",
  ]);
  // A date field is an Excel date: the serial of the API's ISO date, with a date format.
  for (const [i, o] of orgnr.entries()) {
    const founded = (replica.data.unit(o) as { stiftelsesdato: string }).stiftelsesdato;
    expect(await cell(page, "Sheet1", i + 1, 5)).toMatchObject({
      value: isoToExcelSerial(founded),
      format: "yyyy-mm-dd",
    });
  }

  // KLASS additions: the field's label and the classification it comes from.
  await workbook(page, "setValues", "Sheet2", 0, 0, [["kommune"], ["0301"], ["1103"]]);
  await workbook(page, "select", "Sheet2", 0, 0, 3, 1);
  await page.getByRole("button", { name: "Use selected column" }).click();
  await page.getByRole("radio", { name: "KLASS codes" }).check();
  await page.getByRole("textbox", { name: /Date/ }).fill("2024-01-01");
  await page.getByRole("checkbox", { name: "Level" }).check();
  await page.getByRole("button", { name: "Enrich", exact: true }).click();
  await page.getByText(/Filled 2 rows/).waitFor({ timeout: 30_000 });
  const klass = await workbook<(string | number | null)[][]>(page, "readRange", "Sheet2", 0, 1, 2, 3);
  expect(klass).toEqual([
    ["Name (131)", "Level (131)", "Note"],
    ["Oslo", 1, ""],
  ]);
  expect(pane.problems).toEqual([]);
  await pane.context.close();
}, 60_000);

it("a column of 2019 municipality codes: Enrich proposes 131 at the 2019 version, prefilled", async () => {
  const response = await fetch(`${replica.klassBaseUrl}/classifications/131/codesAt?date=2019-01-01`, {
    headers: { Accept: "application/json" },
  });
  const codes = ((await response.json()) as { codes: { code: string }[] }).codes.map((c) => c.code);
  expect(codes).toContain("0101"); // Halden's 2019 number (3001 from 2020)
  const pane = await openTaskpane(browser, {
    origin: server.origin,
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
  });
  const { page } = pane;
  await workbook(page, "setValues", "Sheet1", 0, 0, [["kommunenr"], ...codes.map((c) => [c])]);
  // General cells: "0101" is read back as 101, as Excel would; the look-ups pad it as the list has it.
  await workbook(page, "select", "Sheet1", 0, 0, codes.length + 1, 1);
  await page.getByRole("tab", { name: "Berik" }).click();
  await page.getByRole("button", { name: "Bruk merket kolonne" }).click();
  expect(await page.getByRole("radio", { name: "KLASS-koder" }).isChecked()).toBe(true);
  const proposal = page.getByText(/^Ser ut som: Standard for kommuneinndeling \(131\), Kommuneinndeling 2019/);
  await proposal.waitFor({ timeout: 30_000 });
  expect(await proposal.textContent()).toMatch(/— 100\s?% gyldige$/);
  expect(await page.getByRole("textbox", { name: "Klassifikasjons-id" }).inputValue()).toBe("131");
  expect(await page.getByRole("textbox", { name: /Dato/ }).inputValue()).toBe("2019-01-01");
  await screenshot(page, "enrich-detected");
  // The user may change the proposal: what they type is kept.
  await page.getByRole("textbox", { name: /Dato/ }).fill("2019-06-01");
  await page.getByRole("button", { name: "Berik", exact: true }).click();
  await page.getByText(new RegExp(`Fylte ${codes.length} rader`)).waitFor({ timeout: 30_000 });
  expect(await workbook(page, "readRange", "Sheet1", 1, 1, 1, 1)).toEqual([["Halden"]]);
  expect(pane.problems).toEqual([]);
  await pane.context.close();
}, 90_000);

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { cell, readTable, recalculations, replaceRows, screenshot, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";
import { isoToExcelSerial } from "../../src/core/args";

/**
 * Enhetsregisteret search by kommune + organisasjonsform → insert; a KLASS report pinned to
 * 2024-01-01; then the replica changes → Refresh → only the changed rows differ, a column the
 * user added stays beside its row; CSV download; the Sources sheet. Built taskpane, headless
 * Chromium, in-memory workbook, replica servers.
 */
const harness = useTaskpaneHarness({ seed: 3, enheter: 3000, underenheter: 200 });

async function total(params: string): Promise<number> {
  const response = await fetch(`${harness.replica.brregBaseUrl}/enheter?${params}&size=1`, {
    headers: { Accept: "application/json" },
  });
  return ((await response.json()) as { page: { totalElements: number } }).page.totalElements;
}

async function insertKlass131(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "KLASS" }).click();
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill("kommune");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).click();
  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  await page.getByRole("button", { name: "Sett inn kodetabell" }).click();
  await page.getByText(/Satte inn tabellen KLASS_131_20240101/).waitFor({ timeout: 20_000 });
}

it("searches Enhetsregisteret by kommune and organisasjonsform, inserts, and refreshes only what changed", async () => {
  const { context, page, problems } = await harness.open();
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  const kommune = page.getByRole("combobox", { name: "Kommune" });
  await kommune.click();
  await kommune.fill("Oslo");
  await page.getByRole("option", { name: "0301 Oslo" }).click();
  await page.getByRole("combobox", { name: "Organisasjonsform" }).click();
  await page.getByRole("option", { name: "AS Aksjeselskap" }).click();
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  const expected = await total("kommunenummer=0301&organisasjonsform=AS");
  expect(expected).toBeGreaterThan(0);
  await page.getByText(new RegExp(`^${expected} enheter passer`)).waitFor({ timeout: 20_000 });
  await screenshot(page, "brreg-search");
  await page.getByRole("button", { name: "Sett inn", exact: true }).click();
  await page.getByText(/Satte inn tabellen Enheter/).waitFor({ timeout: 20_000 });
  const enheter = (await readTable(page, "Enheter"))!;
  expect(enheter.rows).toHaveLength(expected);
  expect(enheter.header[0]).toBe("Organisasjonsnummer"); // a word, not the API name
  expect(enheter.rows.every((r) => r[2] === "AS" && r[3] === "0301")).toBe(true);
  expect(await cell(page, enheter.info.sheet, 1, 3)).toMatchObject({ value: "0301", format: "@" });

  await insertKlass131(page);
  const klassBefore = (await readTable(page, "KLASS_131_20240101"))!;
  // The user adds a note column to the KLASS table (through the gateway, as Excel would keep it).
  const withNote = klassBefore.rows.map((r) => [
    ...r,
    r[0] === "0301" ? "hovedstaden" : r[0] === "1103" ? "=1+1" : null,
  ]);
  await replaceRows(page, "KLASS_131_20240101", [...klassBefore.header, "note"], withNote, [0, 1], [4]);

  await page.getByRole("tab", { name: "Rapporter" }).click();
  await page.getByRole("listitem", { name: "KLASS_131_20240101" }).waitFor();
  await screenshot(page, "reports-before");

  // The registers change: one unit of the search renamed, one municipality renamed in the 2024 version.
  const changedOrgnr = String(enheter.rows[1]![0]);
  harness.replica.mutate({ kind: "brreg-unit", orgnr: changedOrgnr, patch: { navn: "ENDRET NAVN AS" } });
  harness.replica.mutate({
    kind: "klass-rename",
    classificationId: 131,
    code: "0301",
    name: "Oslo (endret)",
    versionValidFrom: "2024-01-01",
  });
  await new Promise((r) => setTimeout(r, 1100)); // change times are whole seconds in the feeds

  await page.getByRole("button", { name: "Oppdater alle" }).click();
  await page.getByText(/Oppdaterte 2 rapporter/).waitFor({ timeout: 30_000 });
  await screenshot(page, "reports-refreshed");

  const enheterAfter = (await readTable(page, "Enheter"))!;
  const diffs = (a: typeof enheter.rows, b: typeof enheter.rows) =>
    a.map((r, i) => (JSON.stringify(r) === JSON.stringify(b[i]) ? -1 : i)).filter((i) => i >= 0);
  expect(diffs(enheter.rows, enheterAfter.rows)).toEqual([1]);
  expect(enheterAfter.rows[1]![1]).toBe("ENDRET NAVN AS");

  const klassAfter = (await readTable(page, "KLASS_131_20240101"))!;
  // Readable headers are recognised on refresh: the user's "note" column stays a user column.
  expect(klassAfter.header).toEqual(["Kode", "Overordnet kode", "Nivå", "Navn", "note"]);
  const oslo = klassBefore.rows.findIndex((r) => r[0] === "0301");
  expect(
    diffs(
      klassBefore.rows.map((r) => r.slice(0, 4)),
      klassAfter.rows.map((r) => r.slice(0, 4)),
    ),
  ).toEqual([oslo]);
  expect(klassAfter.rows[oslo]).toEqual(["0301", "", 1, "Oslo (endret)", "hovedstaden"]);
  const bergenRow = klassAfter.rows.findIndex((r) => r[0] === "1103");
  if (bergenRow >= 0) expect((await cell(page, klassAfter.info.sheet, bergenRow + 1, 4))?.formula).toBe("=1+1");
  expect(await recalculations(page)).toBe(1);

  // CSV download of a report's table.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Last ned CSV KLASS_131_20240101" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("KLASS_131_20240101.csv");
  const csv = readFileSync((await download.path())!, "utf8");
  // The nb pane's default: Norwegian Excel's semicolons (the dialog offers commas too).
  expect(csv).toContain("0301;;1;Oslo (endret);hovedstaden");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFKode;Overordnet kode;Nivå;Navn;note");
  await page.getByRole("radio", { name: "Internasjonal (komma, desimalpunktum)" }).check();
  const [international] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Last ned CSV KLASS_131_20240101" }).click(),
  ]);
  expect(readFileSync((await international.path())!, "utf8")).toContain("0301,,1,Oslo (endret),hovedstaden");

  // The Sources sheet.
  await page.getByRole("button", { name: "Skriv kildeark" }).click();
  await page.getByText(/Skrev kildene til arket Kilder/).waitFor();
  const sources = await workbook<(string | null)[][]>(page, "readRange", "Kilder", 0, 0, 3, 7);
  // The pane is in bokmål here, and so is the sheet it writes.
  expect(sources[0]).toEqual(["Hva", "API", "URL", "Parametere", "Hentet", "Lisens", "Utgiver"]);
  expect(sources.slice(1).map((r) => r[5])).toEqual(
    expect.arrayContaining([expect.stringContaining("NLOD 2.0"), expect.stringContaining("CC BY 4.0")]),
  );
  // "Hentet" is an Excel date-time with a Norwegian date format, and the publisher is named in bokmål.
  const retrieved = await cell(page, "Kilder", 1, 4);
  expect(typeof retrieved?.value).toBe("number");
  expect(retrieved?.format).toBe("dd.mm.yyyy hh:mm");
  expect(sources.slice(1).map((r) => r[6])).toContain("Statistisk sentralbyrå (SSB)");
  await screenshot(page, "reports-sources");
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

it("switches the UI to English", async () => {
  const { context, page, problems } = await harness.open();
  expect(await page.getByRole("tab", { name: "Innstillinger" }).isVisible()).toBe(true);
  await page.getByRole("tab", { name: "Innstillinger" }).click();
  await page.getByRole("radio", { name: /Følg Office \(Norsk bokmål\)/ }).waitFor();
  await screenshot(page, "settings-nb");
  await page.getByRole("radio", { name: "English" }).click();
  await page.getByRole("tab", { name: "Settings" }).waitFor();
  for (const name of ["KLASS", "Enhetsregisteret", "Enrich", "Reports", "Settings"])
    expect(await page.getByRole("tab", { name }).isVisible()).toBe(true);
  expect(await page.getByRole("heading", { name: "Settings" }).isVisible()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await screenshot(page, "settings-en");
  // The choice is remembered.
  await page.reload();
  await page.getByRole("tab", { name: "Settings" }).waitFor({ timeout: 20_000 });
  await page.getByRole("tab", { name: "Enrich" }).click();
  await screenshot(page, "enrich-en");
  await page.getByRole("tab", { name: "Reports" }).click();
  await page.getByText(/No reports yet/).waitFor();
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

it("dates are Excel dates: a search with Stiftelsesdato inserts serials with a date format, and refresh keeps them so", async () => {
  const { context, page, problems } = await harness.open();
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  const kommune = page.getByRole("combobox", { name: "Kommune" });
  await kommune.click();
  await kommune.fill("Bergen");
  await page.getByRole("option", { name: "4601 Bergen" }).click();
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page
    .getByText(/enheter? passer/)
    .first()
    .waitFor({ timeout: 20_000 });
  // The fields show with the hits.
  await page.getByRole("checkbox", { name: "Stiftelsesdato", exact: true }).check();
  await page.getByRole("button", { name: "Sett inn", exact: true }).click();
  await page.getByText(/Satte inn tabellen Enheter/).waitFor({ timeout: 20_000 });
  const table = (await readTable(page, "Enheter"))!;
  const column = table.header.indexOf("Stiftelsesdato");
  expect(column).toBeGreaterThan(0);
  const unitOf = (orgnr: unknown) => harness.replica.data.unit(String(orgnr)) as { stiftelsesdato: string };
  for (const r of [0, table.rows.length - 1]) {
    expect(await cell(page, table.info.sheet, r + 1, column)).toMatchObject({
      value: isoToExcelSerial(unitOf(table.rows[r]![0]).stiftelsesdato),
      format: "dd.mm.yyyy",
    });
  }

  const orgnr = String(table.rows[0]![0]);
  harness.replica.mutate({ kind: "brreg-unit", orgnr, patch: { stiftelsesdato: "1999-12-31" } });
  await new Promise((r) => setTimeout(r, 1100)); // change times are whole seconds in the feeds
  await page.getByRole("tab", { name: "Rapporter" }).click();
  await page.getByRole("button", { name: "Oppdater alle" }).click();
  await page.getByText(/Oppdaterte 1 rapport/).waitFor({ timeout: 30_000 });
  const after = (await readTable(page, "Enheter"))!;
  const row = after.rows.findIndex((r) => String(r[0]) === orgnr);
  expect(await cell(page, after.info.sheet, row + 1, column)).toMatchObject({ value: 36525, format: "dd.mm.yyyy" });
  expect(after.rows.filter((r) => typeof r[column] !== "number")).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

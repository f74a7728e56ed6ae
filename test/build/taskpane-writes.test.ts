import { fieldLabel } from "../../src/core/i18n";
import type { Page } from "playwright-core";
import { startReplica } from "../../replica";
import { cell, readTable, replaceRows, screenshot, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * The taskpane never harms a workbook and never claims a success it did not have: every write
 * path leaves a sheet with the user's values around and under its target as it was, cell by cell
 * (Office.js writes cannot be undone); Enrich ends with counts, writes failures as one reason per
 * row in a note column and keeps numeric columns numeric; a refresh keeps the notes of rows that
 * leave a report; the classification page inserts the version it shows. Built taskpane, headless
 * Chromium, in-memory workbook, replica servers.
 */
const harness = useTaskpaneHarness({ seed: 5, enheter: 1500, underenheter: 50 });

type Cell = string | number | boolean | null;
const SNAPSHOT = { rows: 40, columns: 12 };

/** The user's values: a block at B2:D6 and a few cells around and under it, all typed by hand. */
async function userSheet(page: Page, sheet = "Sheet1"): Promise<Cell[][]> {
  await workbook(page, "setValues", sheet, 1, 1, [
    ["Kunde", "Beløp", "Merknad"],
    ["Nord AS", 1200, "betalt"],
    ["Sør AS", 300, ""],
    ["Vest AS", 45.5, "purret"],
    ["Øst AS", 0, "ok"],
  ]);
  await workbook(page, "setValues", sheet, 0, 0, [["topp-venstre"]]);
  await workbook(page, "setValues", sheet, 8, 2, [["under"]]);
  await workbook(page, "setValues", sheet, 3, 6, [["til høyre"]]);
  return snapshot(page, sheet);
}

function snapshot(page: Page, sheet = "Sheet1"): Promise<Cell[][]> {
  return workbook<Cell[][]>(page, "readRange", sheet, 0, 0, SNAPSHOT.rows, SNAPSHOT.columns);
}

async function status(page: Page): Promise<{ intent: string | null; text: string }> {
  const bar = page.locator("[data-intent]").last();
  await bar.waitFor();
  return { intent: await bar.getAttribute("data-intent"), text: (await bar.textContent()) ?? "" };
}

async function open131(page: Page): Promise<void> {
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill("kommune");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).click();
  await page.getByRole("heading", { name: "131 Standard for kommuneinndeling" }).waitFor();
}

it("insert at the selected cell over the user's values asks instead of writing; then inserts on a new sheet", async () => {
  const { context, page, problems } = await harness.open();
  const before = await userSheet(page);
  await workbook(page, "select", "Sheet1", 2, 2, 1, 1); // C3, inside the user's block
  await open131(page);
  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  await page.getByRole("radio", { name: "Merket celle" }).check();
  await page.getByRole("button", { name: "Sett inn kodetabell" }).click();
  const asked = await status(page);
  expect(asked.intent).toBe("warning");
  // C3:F360 would hold the table: every non-empty cell in it is named (D4 holds "", so it is empty).
  expect(asked.text).toContain("Målområdet er ikke tomt: C3, D3, C4, C5, D5, C6, D6, C9 i Sheet1.");
  await screenshot(page, "writes-insert-blocked");
  expect(await snapshot(page)).toEqual(before);
  expect(await workbook<string[]>(page, "tables")).toEqual([]);

  await page.getByRole("button", { name: "Sett inn på nytt ark" }).click();
  await page.getByText(/Satte inn tabellen KLASS_131_20240101/).waitFor({ timeout: 20_000 });
  const table = (await readTable(page, "KLASS_131_20240101"))!;
  expect(table.info.sheet).not.toBe("Sheet1");
  expect(await snapshot(page)).toEqual(before);

  // Insert formula over a user's cell is refused too; on an empty cell it is written.
  await workbook(page, "select", "Sheet1", 2, 3, 1, 1);
  await page.getByRole("button", { name: "Sett inn formel" }).click();
  await page.getByText(/Cellen D3 i Sheet1 er ikke tom/).waitFor();
  expect(await snapshot(page)).toEqual(before);
  await workbook(page, "select", "Sheet1", 20, 0, 1, 1);
  await page.getByRole("button", { name: "Sett inn formel" }).click();
  await page.getByText(/Skrev =KLASS\.CODES/).waitFor();
  expect((await cell(page, "Sheet1", 20, 0))?.formula).toBe('=KLASS.CODES(131,"2024-01-01")');
  expect((await snapshot(page)).slice(0, 20)).toEqual(before.slice(0, 20));
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("insert at the selected cell says where it will write before writing, and writes exactly there", async () => {
  const { context, page, problems } = await harness.open();
  await workbook(page, "select", "Sheet1", 4, 2, 1, 1); // C5
  await open131(page);
  await page.getByRole("radio", { name: "Merket celle" }).check();
  // The code table is resolved as soon as the form is complete (today's codes): the exact block.
  await page.getByText(/^Skriver til Sheet1!C5:F\d+$/).waitFor({ timeout: 20_000 });
  expect(await workbook<string[]>(page, "tables")).toEqual([]);

  // A BRREG search knows its row count: the exact block, header included.
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  await workbook(page, "select", "Sheet1", 9, 1, 2, 2); // B10:C11 — the table starts at its first cell
  await page.getByRole("textbox", { name: "Ansatte fra" }).fill("5");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByText(/enheter? passer/).waitFor({ timeout: 20_000 });
  await page.getByRole("textbox", { name: /Rader som settes inn/ }).fill("7");
  await page.getByRole("radio", { name: "Merket celle" }).check();
  // 7 data rows under a header from B10, as wide as the chosen fields.
  const shown = page.getByText(/^Skriver til Sheet1!B10:[A-Z]+17$/);
  await shown.waitFor();
  const promised = (await shown.textContent())!.replace("Skriver til Sheet1!", "");
  expect(await workbook<string[]>(page, "tables")).toEqual([]);
  await page.getByRole("button", { name: "Sett inn", exact: true }).click();
  await page.getByText(/Satte inn tabellen/).waitFor({ timeout: 20_000 });
  const [name] = await workbook<string[]>(page, "tables");
  const table = (await readTable(page, name!))!;
  expect(table.info.sheet).toBe("Sheet1");
  expect(table.info.address).toBe(promised);
  expect(table.rows).toHaveLength(7);
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("a variant listed on a classification page inserts as a refreshable table and as KLASS.VARIANTCODES", async () => {
  const { context, page, problems } = await harness.open();
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill("næring");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 6 Standard for næringsgruppering/ }).click();
  await page.getByRole("heading", { name: /^6 Standard for næringsgruppering/ }).waitFor();
  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  await workbook(page, "select", "Sheet1", 0, 0, 1, 1);
  await page.getByRole("button", { name: "Sett inn varianten A*10 som formel" }).click();
  await page.getByText(/Skrev =KLASS\.VARIANTCODES/).waitFor();
  expect((await cell(page, "Sheet1", 0, 0))?.formula).toBe('=KLASS.VARIANTCODES(6,1501,"2024-01-01")');
  await page.getByRole("button", { name: "Sett inn varianten A*10 som tabell" }).click();
  await page.getByText(/Satte inn tabellen KLASS_6_V1501_20240101/).waitFor({ timeout: 20_000 });
  const table = (await readTable(page, "KLASS_6_V1501_20240101"))!;
  // Headers are words in the pane's language (the formula keeps API names).
  expect(table.header.slice(0, 2)).toEqual([fieldLabel("code", "nb"), fieldLabel("parentCode", "nb")]);
  expect(table.header[0]).not.toBe("code");
  expect(table.rows.length).toBeGreaterThan(10);
  // Recorded as a report, so the Reports view can refresh it.
  await page.getByRole("tab", { name: "Rapporter" }).click();
  await page.getByText(/variant=1501 A\*10/).waitFor();
  await workbook(page, "setValues", table.info.sheet, 1, 3, [["endret"]]); // a name changed by hand
  await page.getByRole("button", { name: "Oppdater alle" }).click();
  await page.getByText(/Oppdaterte/).waitFor({ timeout: 20_000 });
  // The refresh recognises the readable headers: the hand-changed name is restored, nothing added.
  const refreshed = (await readTable(page, "KLASS_6_V1501_20240101"))!;
  expect(refreshed.header).toEqual(table.header);
  expect(refreshed.rows).toEqual(table.rows);
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("a correspondence table listed on 131's page inserts as a refreshable table and as KLASS.CORRESPONDTABLE", async () => {
  const { context, page, problems } = await harness.open();
  const json = async (path: string) =>
    (
      await fetch(`${harness.replica.klassBaseUrl}/${path}`, { headers: { Accept: "application/json" } })
    ).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const versions = (await json("classifications/131")).versions as {
    validFrom: string;
    _links: { self: { href: string } };
  }[];
  const v2024 = versions.find((v) => v.validFrom === "2024-01-01")!;
  const versionId = /(\d+)$/.exec(v2024._links.self.href)![1];
  const listed = (await json(`versions/${versionId}`)).correspondenceTables as { id: number; name: string }[];
  expect(listed.length).toBeGreaterThan(0);
  const { id, name } = listed[0]!;
  const maps = (await json(`correspondencetables/${id}`)).correspondenceMaps as {
    sourceCode: string;
    targetCode: string;
  }[];

  await open131(page);
  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  await workbook(page, "select", "Sheet1", 0, 0, 1, 1);
  await page.getByRole("button", { name: `Sett inn korrespondansetabellen ${name} som formel` }).click();
  await page.getByText(/Skrev =KLASS\.CORRESPONDTABLE/).waitFor();
  expect((await cell(page, "Sheet1", 0, 0))?.formula).toBe(`=KLASS.CORRESPONDTABLE(${id})`);

  await page.getByRole("button", { name: `Sett inn korrespondansetabellen ${name} som tabell` }).click();
  await page.getByText(new RegExp(`Satte inn tabellen KLASS_K${id}`)).waitFor({ timeout: 20_000 });
  const table = (await readTable(page, `KLASS_K${id}`))!;
  expect(table.header).toEqual(["Fra-kode", "Fra-navn", "Til-kode", "Til-navn"]);
  expect(table.rows.map((r) => [r[0], r[2]])).toEqual(maps.map((m) => [m.sourceCode, m.targetCode]));
  // Codes stay text ("0301", not 301).
  expect(await cell(page, table.info.sheet, 1, 0)).toMatchObject({ format: "@" });
  await screenshot(page, "klass-correspondence-inserted");
  // Recorded as a report, refreshable like the others.
  await page.getByRole("tab", { name: "Rapporter" }).click();
  await page.getByRole("listitem", { name: `KLASS_K${id}` }).waitFor();
  await page.getByRole("button", { name: "Oppdater alle" }).click();
  await page.getByText(/Oppdaterte/).waitFor({ timeout: 20_000 });
  expect((await readTable(page, `KLASS_K${id}`))!.rows).toEqual(table.rows);
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("version 2020 picked on 131's page inserts the 2020 code list; dd.mm.yyyy works, nonsense says so", async () => {
  const { context, page, problems } = await harness.open();
  await open131(page);
  await page.getByRole("combobox", { name: "Versjoner" }).click();
  await page.getByRole("option", { name: /^Kommuneinndeling 2020 / }).click();
  expect(await page.getByRole("textbox", { name: /Dato/ }).inputValue()).toBe("2020-01-01");
  await page.getByText("Datoen er satt til versjonens første dag: 2020-01-01.").waitFor();
  await page.getByRole("button", { name: "Sett inn kodetabell" }).click();
  await page.getByText(/Satte inn tabellen KLASS_131_20200101/).waitFor({ timeout: 20_000 });
  const codes = (await readTable(page, "KLASS_131_20200101"))!.rows.map((r) => [r[0], r[3]]);
  expect(codes).toContainEqual(["3001", "Halden"]);
  expect(codes.map((c) => c[0])).not.toContain("3101");

  const date = page.getByRole("textbox", { name: /Dato/ });
  await date.fill("31.02.2024");
  await page.getByText("Ikke en dato: skriv f.eks. 2024-01-01, 01.01.2024 eller et årstall.").waitFor();
  expect(await page.getByRole("button", { name: "Sett inn kodetabell" }).isDisabled()).toBe(true);
  await date.fill("01.01.2024");
  await page.getByRole("button", { name: "Sett inn kodetabell" }).click();
  await page.getByText(/Satte inn tabellen KLASS_131_20240101/).waitFor({ timeout: 20_000 });
  const codes2024 = (await readTable(page, "KLASS_131_20240101"))!.rows.map((r) => r[0]);
  expect(codes2024).toContain("3101");
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("Enrich over 1,000 rows with 5 invalid numbers: new columns, 995 filled, 5 reasons, numbers stay numbers, the user's values kept", async () => {
  const { context, page, problems } = await harness.open();
  const good = harness.replica.data.orgnr.activeEnheter.slice(0, 995);
  // Mod-11 failures: a valid number with its check digit changed.
  const bad = good.slice(0, 5).map((o) => o.slice(0, 8) + String((Number(o[8]) + 1) % 10));
  const badRows = [3, 250, 500, 750, 1000];
  const keys: string[] = [];
  for (let r = 1, g = 0, b = 0; r <= 1000; r++) keys.push(badRows.includes(r) ? bad[b++]! : good[g++]!);
  await workbook(page, "setValues", "Sheet1", 0, 0, [["orgnr"], ...keys.map((k) => [k])]);
  // The user's own columns right of the key column, and a cell under it.
  await workbook(page, "setValues", "Sheet1", 0, 1, [["min kommentar", "sum"], ...keys.map((_, i) => [`k${i}`, i])]);
  await workbook(page, "setValues", "Sheet1", 1002, 0, [["total"]]);
  const before = await workbook<Cell[][]>(page, "readRange", "Sheet1", 0, 0, 1003, 3);
  await workbook(page, "select", "Sheet1", 0, 0, 1001, 1);

  await page.getByRole("tab", { name: "Berik" }).click();
  await page.getByRole("button", { name: "Bruk merket kolonne" }).click();
  expect(await page.getByRole("checkbox", { name: fieldLabel("status", "nb"), exact: true }).isChecked()).toBe(true);
  await page.getByRole("checkbox", { name: fieldLabel("antallAnsatte", "nb"), exact: true }).check();
  // The exact target, before anything is written: 5 fields and the note column.
  await page
    .getByText("Skriver til Sheet1!B1:G1001 (6 nye kolonner settes inn; det som står til høyre, flyttes mot høyre)")
    .waitFor();
  await screenshot(page, "writes-enrich-target");
  await page.getByRole("button", { name: "Berik", exact: true }).click();
  await page.getByText(/995 fylt, 5 feil \(se Merknad\)/).waitFor({ timeout: 60_000 });
  expect((await status(page)).intent).toBe("warning");
  await screenshot(page, "writes-enrich-counts");

  const out = await workbook<Cell[][]>(page, "readRange", "Sheet1", 0, 0, 1003, 9);
  expect(out[0]).toEqual([
    "orgnr",
    "Navn",
    "Organisasjonsform (kode)",
    "Kommunenummer (forretningsadresse)",
    "Status",
    "Antall ansatte",
    "Merknad",
    "min kommentar",
    "sum",
  ]);
  // The user's columns moved right with the inserted columns, every value intact; the cell under stays.
  for (let r = 0; r < 1003; r++) {
    expect(out[r]![0]).toEqual(before[r]![0]);
    expect(out[r]!.slice(7, 9)).toEqual(before[r]!.slice(1, 3));
  }
  const notes = out.slice(1, 1001).map((row) => row[6]);
  expect(notes.filter((n) => n !== "" && n !== null)).toHaveLength(5);
  for (const r of badRows) {
    expect(out[r]![6]).toBe("Ugyldig verdi");
    expect(out[r]!.slice(1, 6).every((v) => v === "" || v === null)).toBe(true);
  }
  let numbers = 0;
  for (let r = 1; r <= 1000; r++) {
    if (badRows.includes(r)) continue;
    const unit = harness.replica.data.unit(keys[r - 1]!) as { antallAnsatte?: number };
    expect(out[r]![4]).toMatch(/^(Aktiv|Konkurs|Under (tvangs)?avvikling|Nedlagt|Slettet)/);
    if (typeof unit.antallAnsatte === "number") {
      expect(typeof out[r]![5]).toBe("number");
      numbers++;
    }
    expect(out[r]!.slice(1, 6).some((v) => typeof v === "string" && v.startsWith("#"))).toBe(false);
  }
  expect(numbers).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

it("Enrich into the first empty columns skips the user's columns and changes none of their cells", async () => {
  const { context, page, problems } = await harness.open();
  const orgnr = harness.replica.data.orgnr.activeEnheter.slice(0, 4);
  await workbook(page, "setValues", "Sheet1", 0, 0, [["orgnr"], ...orgnr.map((o) => [o])]);
  const before = await userSheet(page);
  await workbook(page, "select", "Sheet1", 0, 0, 5, 1);
  await page.getByRole("tab", { name: "Berik" }).click();
  await page.getByRole("button", { name: "Bruk merket kolonne" }).click();
  await page.getByRole("radio", { name: "De første tomme kolonnene" }).check();
  // B–D hold the user's block, G4 a value: the first 5 empty columns over rows 1–5 are H–L.
  await page.getByText("Skriver til Sheet1!H1:L5").waitFor();
  await page.getByRole("button", { name: "Berik", exact: true }).click();
  await page.getByText(/Fylte 4 rader i 4 kolonner/).waitFor({ timeout: 30_000 });
  const after = await snapshot(page);
  for (let r = 0; r < SNAPSHOT.rows; r++)
    for (let c = 0; c < 7; c++) expect({ r, c, v: after[r]![c] }).toEqual({ r, c, v: before[r]![c] });
  expect(after[0]!.slice(7, 12)).toEqual([
    "Navn",
    "Organisasjonsform (kode)",
    "Kommunenummer (forretningsadresse)",
    "Status",
    "Merknad",
  ]);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

it("Enrich against a stopped service ends with an error status and a count, never green; the badge says offline", async () => {
  const stopped = await startReplica({ seed: 5, enheter: 50, underenheter: 5 });
  const orgnr = stopped.data.orgnr.activeEnheter.slice(0, 20);
  const brregBaseUrl = stopped.brregBaseUrl;
  await stopped.close();
  const { context, page } = await harness.open({ brregBaseUrl });
  await workbook(page, "setValues", "Sheet1", 0, 0, [["orgnr"], ...orgnr.map((o) => [o])]);
  await workbook(page, "select", "Sheet1", 0, 0, 21, 1);
  await page.getByRole("tab", { name: "Berik" }).click();
  await page.getByRole("button", { name: "Bruk merket kolonne" }).click();
  await page.getByRole("button", { name: "Berik", exact: true }).click();
  await page.getByText(/0 fylt, 20 feil \(se Merknad\)/).waitFor({ timeout: 90_000 });
  expect((await status(page)).intent).toBe("error");
  await screenshot(page, "writes-enrich-stopped");
  const notes = await workbook<Cell[][]>(page, "readRange", "Sheet1", 1, 5, 20, 1);
  expect(notes.every(([n]) => typeof n === "string" && /Enhetsregisteret/.test(n))).toBe(true);
  const values = await workbook<Cell[][]>(page, "readRange", "Sheet1", 1, 1, 20, 4);
  expect(values.flat().every((v) => v === "" || v === null)).toBe(true);
  // The connection badge says what the last minute was like, with the last error in words.
  await page.getByRole("tab", { name: "Innstillinger" }).click();
  await page.getByText("Frakoblet", { exact: true }).waitFor();
  await page.getByText(/siste feil: (Ingen forbindelse til|Enhetsregisteret)/).waitFor();
  expect(await page.getByText("Tilkoblet", { exact: true }).count()).toBe(0);
  await context.close();
}, 120_000);

it("CSV import and the Sources sheet write new sheets only: the user's sheets are unchanged", async () => {
  const { context, page, problems } = await harness.open();
  const before = await userSheet(page);
  await workbook(page, "addSheet", "Kilder");
  const kilderBefore = await userSheet(page, "Kilder");
  await workbook(page, "select", "Sheet1", 2, 2, 1, 1);

  await page.getByRole("tab", { name: "Berik" }).click();
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "koder.csv", mimeType: "text/csv", buffer: Buffer.from("kode;navn\r\n0301;Oslo\r\n") });
  await page.getByText("koder.csv").waitFor();
  await page.getByRole("button", { name: "Sett inn", exact: true }).click();
  await page.getByText(/fra koder\.csv inn i koder/).waitFor();

  await page.getByRole("tab", { name: "Rapporter" }).click();
  await page.getByRole("button", { name: "Skriv kildeark" }).click();
  await page.getByText(/Skrev kildene til arket Kilder \(2\)/).waitFor();
  expect(await snapshot(page)).toEqual(before);
  expect(await snapshot(page, "Kilder")).toEqual(kilderBefore);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

it("refresh keeps the notes of rows that leave a report on the 'Fjernet ved oppdatering' sheet, and says so", async () => {
  const { context, page, problems } = await harness.open();
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  const kommune = page.getByRole("combobox", { name: "Kommune" });
  await kommune.click();
  await kommune.fill("Oslo");
  await page.getByRole("option", { name: "0301 Oslo" }).click();
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByText(/enheter passer/).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Sett inn", exact: true }).click();
  await page.getByText(/Satte inn tabellen Enheter/).waitFor({ timeout: 20_000 });
  const table = (await readTable(page, "Enheter"))!;
  expect(table.rows.length).toBeGreaterThan(10);
  // The user adds a note column and notes on 5 rows whose units will leave the register.
  const leaving = [1, 3, 5, 7, 9].map((i) => String(table.rows[i]![0]));
  const rows = table.rows.map((r) => [...r, leaving.includes(String(r[0])) ? `notat ${String(r[0])}` : null]);
  await replaceRows(page, "Enheter", [...table.header, "notat"], rows, [0], [table.header.length]);
  // And a value of their own under the table, which moves up with it when it shrinks.
  await workbook(page, "setValues", table.info.sheet, table.rows.length + 3, 0, [["under tabellen"]]);

  for (const orgnr of leaving) harness.replica.mutate({ kind: "brreg-remove", orgnr });
  await new Promise((r) => setTimeout(r, 1100)); // change times are whole seconds in the feeds
  await page.getByRole("tab", { name: "Rapporter" }).click();
  await page.getByRole("button", { name: "Oppdater alle" }).click();
  await page
    .getByText(
      /5 rader med egne notater forsvant fra resultatet; notatene er flyttet til arket «Fjernet ved oppdatering»/,
    )
    .waitFor({ timeout: 30_000 });
  await screenshot(page, "writes-refresh-removed");

  const after = (await readTable(page, "Enheter"))!;
  expect(after.rows).toHaveLength(table.rows.length - 5);
  const kept = await workbook<Cell[][]>(page, "readRange", "Fjernet ved oppdatering", 0, 0, 6, 4);
  expect(kept[0]).toEqual(["Tabell", "Nøkkel", "Fjernet", "notat"]);
  expect(kept.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(leaving.map((o) => ["Enheter", o, `notat ${o}`]));
  expect(kept.slice(1).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r[2])))).toBe(true);
  expect((await cell(page, table.info.sheet, after.rows.length + 3, 0))?.value).toBe("under tabellen");
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

it("a refused BRREG search clears the old hits, disables Insert and marks the field; level 9 inserts nothing", async () => {
  const { context, page } = await harness.open();
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  await page.getByRole("searchbox", { name: "Navn" }).fill("AS");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByText(/enheter passer/).waitFor({ timeout: 20_000 });
  const insert = page.getByRole("button", { name: "Sett inn", exact: true });
  expect(await insert.isDisabled()).toBe(false);

  await page.getByRole("textbox", { name: "Ansatte fra" }).fill("mange");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByText("Registeret godtok ikke denne verdien.").waitFor({ timeout: 20_000 });
  expect((await status(page)).intent).toBe("error");
  expect(await page.getByText(/enheter passer/).count()).toBe(0);
  expect(await insert.count()).toBe(0);
  await screenshot(page, "writes-brreg-refused");

  // KLASS: a level the version does not have is a failure, and nothing is inserted.
  await page.getByRole("tab", { name: "KLASS" }).click();
  await open131(page);
  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  await page.getByRole("textbox", { name: /^Nivå/ }).fill("9");
  await page.getByRole("button", { name: "Sett inn kodetabell" }).click();
  expect((await status(page)).intent).toBe("error");
  expect(await workbook<string[]>(page, "tables")).toEqual([]);
  await context.close();
}, 90_000);

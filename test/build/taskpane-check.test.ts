import type { Page } from "playwright-core";
import { screenshot, workbook, type OpenTaskpane } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * The workbook check in the built taskpane against the replicas and the in-memory workbook:
 * 2019 municipality codes (0101 typed as Excel keeps it, 101) and units that are deleted,
 * bankrupt, removed (410) or mistyped; every one found and listed per column, a click selects its
 * cell, the report goes to a new sheet, and "Foreslå rettinger" writes the 2024 codes into a new
 * column beside the codes (3101 for Halden, the Ålesund split left for a person), with every cell
 * of the user's unchanged — in bokmål and in English.
 */
const harness = useTaskpaneHarness({ seed: 5, enheter: 3000, underenheter: 100 });

type Cell = string | number | boolean | null;

interface Units {
  readonly deleted: string;
  readonly bankrupt: string;
  readonly removed: string;
  readonly active: string;
}

function units(): Units {
  const { orgnr } = harness.replica.data;
  return {
    deleted: orgnr.deleted[0]!,
    bankrupt: orgnr.bankrupt[0]!,
    removed: orgnr.removed[0]!,
    active: orgnr.activeEnheter.find(
      (o) =>
        !orgnr.bankrupt.includes(o) && !orgnr.underAvvikling.includes(o) && !orgnr.underTvangsavvikling.includes(o),
    )!,
  };
}

/** The sheet: codes, orgnr, a note column of the user's, and a user cell right of the table. */
function sheet(u: Units): Cell[][] {
  return [
    ["kommunenr", "orgnr", "Notat", null],
    ["0101", u.deleted, "a", "keep me"],
    ["1507", u.bankrupt, "b", null],
    ["0301", u.removed, "c", 42],
    ["0104", "923609017", "d", null],
    ["0301", u.active, "=SUM(1,2)", null],
  ];
}

/**
 * The page's problems, but Chromium's own line for the removed unit's 410 answer (the browser logs
 * every HTTP error status as a failed resource; the pane handled it: "Fjernet fra registeret").
 */
const problems = (pane: OpenTaskpane) =>
  pane.problems.filter(
    (p) => p !== "console: Failed to load resource: the server responded with a status of 410 (Gone)",
  );

const read = (page: Page, sheetName: string, row: number, column: number, rows: number, columns: number) =>
  workbook<Cell[][]>(page, "readRange", sheetName, row, column, rows, columns);

async function setUp(pane: OpenTaskpane, tab: string, dateLabel: string): Promise<Cell[][]> {
  await workbook(pane.page, "setValues", "Sheet1", 0, 0, sheet(units()));
  const before = await read(pane.page, "Sheet1", 0, 0, 6, 4);
  await pane.page.getByRole("tab", { name: tab }).click();
  await pane.page.getByRole("textbox", { name: dateLabel }).fill("2024-06-01");
  return before;
}

it("bokmål: finds each problem per column, a click selects the cell, fixes go into a new column, user cells unchanged", async () => {
  const pane = await harness.open();
  const { page } = pane;
  const before = await setUp(pane, "Kontroll", "Gyldig per dato");
  expect(before[1]![0]).toBe(101); // Excel's General format dropped the zero: 0101 typed, 101 kept
  // A sheet added after the view opened is part of the whole workbook (its code is valid: no finding).
  await workbook(page, "setValues", "Later", 0, 0, [["knr"], ["0301"]]);
  await page.getByRole("button", { name: "Kontroller", exact: true }).click();
  await page.getByText(/Kontrollerte 11 celler i 3 kolonner: 7 funn per 2024-06-01/).waitFor({ timeout: 60_000 });
  await screenshot(page, "check-findings");

  const codes = page.getByRole("region", { name: "Sheet1!A kommunenr" });
  await codes.getByRole("button", { name: /^A2: 0101 gjaldt \d{4}–2019; nå 3101$/ }).waitFor();
  await codes.getByRole("button", { name: /^A3: 1507 ble delt 2024-01-01 i 1508, 1580: avgjør selv$/ }).waitFor();
  await codes.getByRole("button", { name: /^A5: 0104 gjaldt \d{4}–2019; nå 3103$/ }).waitFor();
  const u = units();
  const orgnr = page.getByRole("region", { name: "Sheet1!B orgnr" });
  await orgnr.getByRole("button", { name: new RegExp(`^B2: ${u.deleted}: Slettet`) }).waitFor();
  await orgnr.getByRole("button", { name: `B3: ${u.bankrupt}: Konkurs` }).waitFor();
  await orgnr.getByRole("button", { name: new RegExp(`^B4: ${u.removed}: Fjernet fra registeret`) }).waitFor();
  await orgnr.getByRole("button", { name: "B5: «923609017» er ikke et gyldig organisasjonsnummer (mod 11)" }).waitFor();
  expect(await orgnr.getByRole("button").count()).toBe(4); // the active unit is no finding

  // A click selects the finding's cell.
  await codes.getByRole("button", { name: /^A3: 1507/ }).click();
  await expect(workbook(page, "getSelection")).resolves.toMatchObject({
    sheet: "Sheet1",
    row: 2,
    column: 0,
    rowCount: 1,
  });

  // The target is shown before anything is written; then the fixes go into an inserted column B.
  await codes.getByText(/^Skriver til Sheet1!B1:B6 \(en ny kolonne settes inn/).waitFor();
  await codes.getByRole("button", { name: "Foreslå rettinger" }).click();
  await codes
    .getByText(
      "Skrev kodene per 2024-06-01 til Sheet1!B1:B6: 2 rettet, 1 står tomme og må avgjøres av deg (se listen).",
    )
    .waitFor();
  await screenshot(page, "check-fixed");
  const after = await read(page, "Sheet1", 0, 0, 6, 5);
  expect(after.map((r) => r[1])).toEqual(["kommunenr per 2024-06-01", "3101", "", "0301", "3103", "0301"]);
  expect(await workbook(page, "cell", "Sheet1", 1, 1)).toMatchObject({ format: "@" });
  // Every other cell as it was, cell by cell: column A where it stood, the rest one column right.
  for (let r = 0; r < 6; r++) expect([after[r]![0], ...after[r]!.slice(2)]).toEqual(before[r]);
  expect(await workbook(page, "cell", "Sheet1", 5, 3)).toMatchObject({ formula: "=SUM(1,2)" });

  // The orgnr findings moved with their cells: a click selects C3 now.
  await page.getByRole("region", { name: "Sheet1!C orgnr" }).getByRole("button", { name: /^C3: / }).click();
  await expect(workbook(page, "getSelection")).resolves.toMatchObject({ sheet: "Sheet1", row: 2, column: 2 });

  // The report on a new sheet, one row per finding.
  await page.getByRole("button", { name: "Skriv rapport til nytt ark" }).click();
  await page.getByText("Skrev 7 funn til arket Kontroll.").waitFor();
  const report = await read(page, "Kontroll", 0, 0, 8, 5);
  expect(report[0]).toEqual(["Ark", "Celle", "Kolonne", "Verdi", "Funn"]);
  expect(report[1]).toEqual([
    "Sheet1",
    "A2",
    "kommunenr",
    "101",
    expect.stringMatching(/^0101 gjaldt \d{4}–2019; nå 3101$/),
  ]);
  expect(report.slice(1).map((r) => r[1])).toEqual(["A2", "A3", "A5", "C2", "C3", "C4", "C5"]);
  expect(problems(pane)).toEqual([]);
  await pane.context.close();
}, 120_000);

it("English: one chosen sheet; the same findings and fix in the pane's language; 'first empty column' writes past the user's columns", async () => {
  const pane = await harness.open({ locale: "en-US" });
  const { page } = pane;
  // A second sheet with an old code: left out when only Sheet1 is chosen.
  await workbook(page, "setValues", "Other", 0, 0, [["knr"], ["0101"]]);
  const before = await setUp(pane, "Check", "Valid at date");
  await page.getByRole("checkbox", { name: "Whole workbook" }).uncheck();
  await page.getByRole("group", { name: "Sheets to check" }).getByRole("checkbox", { name: "Sheet1" }).check();
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await page.getByText(/Checked 10 cells in 2 columns: 7 findings at 2024-06-01/).waitFor({ timeout: 60_000 });
  expect(await page.getByRole("region", { name: /^Other!/ }).count()).toBe(0);
  const codes = page.getByRole("region", { name: "Sheet1!A kommunenr" });
  await codes.getByRole("button", { name: /^A2: 0101 was valid \d{4}–2019; now 3101$/ }).waitFor();
  await codes
    .getByRole("button", { name: "A3: 1507 was split on 2024-01-01 into 1508, 1580: decide yourself" })
    .waitFor();
  await page.getByRole("radio", { name: "The first empty column to the right" }).check();
  // B, C and D hold the user's cells (D2 "keep me", D4 42): the first empty column is E.
  await codes.getByText("Writes to Sheet1!E1:E6").waitFor();
  await codes.getByRole("button", { name: "Propose fixes" }).click();
  await codes.getByText(/^Wrote the codes at 2024-06-01 to Sheet1!E1:E6: 2 fixed, 1 left empty/).waitFor();
  const after = await read(page, "Sheet1", 0, 0, 6, 5);
  expect(after.map((r) => r[4])).toEqual(["kommunenr at 2024-06-01", "3101", "", "0301", "3103", "0301"]);
  for (let r = 0; r < 6; r++) expect(after[r]!.slice(0, 4)).toEqual(before[r]);
  expect(problems(pane)).toEqual([]);
  await pane.context.close();
}, 120_000);

it("Avbryt: stops before the units are looked up; the status says the rest is not checked", async () => {
  // KLASS answers wait until Avbryt is pressed (a gate, not a timer), so the press lands mid-run.
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const pane = await harness.open({
    prepare: (context) =>
      context.route(`${harness.replica.klassBaseUrl}/**`, async (route) => {
        await gate;
        await route.continue();
      }),
  });
  const { page } = pane;
  await setUp(pane, "Kontroll", "Gyldig per dato");
  harness.replica.resetLog();
  await page.getByRole("button", { name: "Kontroller", exact: true }).click();
  await page.getByRole("button", { name: "Avbryt" }).click();
  release();
  await page.getByText("Avbrutt: 4 funn så langt; resten er ikke kontrollert.").waitFor({ timeout: 60_000 });
  // The codes were checked; of the numbers only the mod-11 check ran (no request to Enhetsregisteret).
  await page
    .getByRole("region", { name: "Sheet1!A kommunenr" })
    .getByRole("button", { name: /^A2: 0101/ })
    .waitFor();
  const orgnr = page.getByRole("region", { name: "Sheet1!B orgnr" });
  expect(await orgnr.getByRole("button").allTextContents()).toEqual([
    "B5: «923609017» er ikke et gyldig organisasjonsnummer (mod 11)",
  ]);
  expect(harness.replica.requests.filter((r) => r.api === "brreg")).toEqual([]);
  expect(problems(pane)).toEqual([]);
  await pane.context.close();
}, 120_000);

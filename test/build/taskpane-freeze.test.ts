import type { Page } from "playwright-core";
import { cell, screenshot, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * Freeze & cite, then Unfreeze, in the built taskpane (headless Chromium) against the replicas and
 * the in-memory workbook, which evaluates add-in formulas through the page's own functions: a
 * spilled KLASS.CODES and single-cell BRREG.ENHET formulas become exactly the values they showed,
 * with their provenance in the workbook store and on the Sources sheet; user formulas that refer
 * to them stay formulas; nothing outside the selection changes; Unfreeze restores every cell.
 */
const harness = useTaskpaneHarness({ seed: 7, enheter: 60, underenheter: 5 });

type StoredCell = { value: unknown; format: string; formula?: string } | undefined;
const AREA = { rows: 30, columns: 12 };

/** Every cell of the area as stored (value, format, formula, spill), keyed by address. */
async function cells(page: Page, sheet = "Sheet1"): Promise<StoredCell[][]> {
  const out: StoredCell[][] = [];
  for (let r = 0; r < AREA.rows; r++) {
    const line: StoredCell[] = [];
    for (let c = 0; c < AREA.columns; c++) line.push(await cell(page, sheet, r, c));
    out.push(line);
  }
  return out;
}

async function statusText(page: Page, pattern: RegExp): Promise<{ intent: string | null; text: string }> {
  const bar = page.locator("[data-intent]").filter({ hasText: pattern });
  await bar.waitFor({ timeout: 30_000 });
  return { intent: await bar.getAttribute("data-intent"), text: (await bar.textContent()) ?? "" };
}

it("freezes a selection with a spilled KLASS.CODES and BRREG.ENHET cells to the values shown, cites them, and unfreezes every cell back", async () => {
  const { context, page, problems } = await harness.open();
  const orgnr = harness.replica.data.orgnr.activeEnheter.slice(0, 5);
  await workbook(page, "setValues", "Sheet1", 0, 0, [['=KLASS.CODES(104,"2024-01-01")']]);
  await workbook(
    page,
    "setValues",
    "Sheet1",
    0,
    5,
    orgnr.map((o, i) => [o, `=BRREG.ENHET(F${i + 1},"navn")`]),
  );
  // The user's own formulas referring to add-in cells, inside the selection; an add-in formula and a value outside it.
  await workbook(page, "setValues", "Sheet1", 0, 7, [['=G1&" (frosset)"'], ["=A2"]]);
  await workbook(page, "setValues", "Sheet1", 0, 9, [['=BRREG.ENHET(F1,"navn")', "min verdi"]]);
  await workbook(page, "recalculate");
  const before = await cells(page);
  // What the sheet showed: a spill of the counties with a header, and the units' names.
  const shown = await workbook<unknown[][]>(page, "readRange", "Sheet1", 0, 0, AREA.rows, AREA.columns);
  expect(shown[0]!.slice(0, 4)).toEqual(["code", "parentCode", "level", "name"]);
  const spillRows = shown.findIndex((row, r) => r > 0 && (row[0] === null || row[0] === ""));
  expect(spillRows).toBeGreaterThan(10);
  expect(shown.slice(1, spillRows).map((row) => row[3])).toContain("Vestland");
  for (let r = 0; r < 5; r++) expect(shown[r]![6]).toBe(harness.replica.data.unit(orgnr[r]!)!.navn);

  await workbook(page, "select", "Sheet1", 0, 0, 20, 9); // A1:I20: the spill, the units, the user's formulas
  await page.getByRole("tab", { name: "Kontroll" }).click();
  await page.getByRole("heading", { name: "Frys og siter" }).waitFor();
  await page.getByRole("button", { name: "Frys", exact: true }).click();
  const done = await statusText(page, /^Frøs/);
  expect(done.intent).toBe("success");
  expect(done.text).toMatch(/^Frøs 6 formler \(\d+ celler\) i Sheet1!A1:I20; kildene står på arket Kilder\./);
  await screenshot(page, "freeze-done");

  // The values are exactly what was shown; only the add-in's formulas are gone.
  expect(await workbook<unknown[][]>(page, "readRange", "Sheet1", 0, 0, AREA.rows, AREA.columns)).toEqual(shown);
  const after = await cells(page);
  for (let r = 0; r < AREA.rows; r++)
    for (let c = 0; c < AREA.columns; c++) {
      const was = before[r]![c];
      const now = after[r]![c];
      const inScope = r < 20 && c < 9;
      if (inScope && was?.formula?.match(/KLASS|BRREG/)) {
        expect({ r, c, formula: now?.formula }).toEqual({ r, c, formula: undefined });
      } else if (!inScope || was?.formula !== undefined || !(was && "spillOf" in was)) {
        // Outside the scope, the user's formulas and every other cell: unchanged, cell by cell.
        expect({ r, c, cell: now }).toEqual({ r, c, cell: was });
      }
    }
  expect((await cell(page, "Sheet1", 0, 7))?.formula).toBe('=G1&" (frosset)"');
  expect((await cell(page, "Sheet1", 1, 7))?.formula).toBe("=A2");
  expect((await cell(page, "Sheet1", 0, 9))?.formula).toBe('=BRREG.ENHET(F1,"navn")');
  // Codes with leading zeros stay text.
  const code = await cell(page, "Sheet1", 1, 0);
  expect(typeof code?.value).toBe("string");
  expect(code?.format).toBe("@");

  // The workbook store keeps each frozen range with its provenance.
  const store = JSON.parse((await workbook<string>(page, "readSetting", "klass-brreg.frozen"))!) as {
    sheet: string;
    formula: string;
    urls: string[];
    licence: string;
    retrieved: string;
  }[];
  expect(store.map((r) => r.formula)).toEqual([
    '=KLASS.CODES(104,"2024-01-01")',
    ...orgnr.map((_, i) => `=BRREG.ENHET(F${i + 1},"navn")`),
  ]);
  expect(store[0]!.urls).toEqual([`${harness.replica.klassBaseUrl}/classifications/104/codesAt`]);
  expect(store[1]!.urls).toEqual([`${harness.replica.brregBaseUrl}/enheter/{orgnr}`]);
  expect(store[0]!.licence).toMatch(/CC BY 4\.0.*Statistics Norway/);
  expect(store[1]!.licence).toMatch(/NLOD 2\.0.*Brønnøysundregistrene/);

  // The Sources sheet lists each frozen range: where, API, URL, formula, when, licence, publisher.
  const sources = await workbook<unknown[][]>(page, "readRange", "Kilder", 0, 0, 10, 7);
  expect(sources[0]).toEqual(["Hva", "API", "URL", "Parametere", "Hentet", "Lisens", "Utgiver"]);
  const frozenRows = sources.filter((row) => String(row[0]).startsWith("Frosne verdier i "));
  expect(frozenRows.map((row) => [row[0], row[3]])).toEqual([
    [`Frosne verdier i Sheet1!A1:D${spillRows} (formelen står i Parametere)`, '=KLASS.CODES(104,"2024-01-01")'],
    ...orgnr.map((_, i) => [
      `Frosne verdier i Sheet1!G${i + 1} (formelen står i Parametere)`,
      `=BRREG.ENHET(F${i + 1},"navn")`,
    ]),
  ]);
  expect(frozenRows[0]![2]).toBe(`${harness.replica.klassBaseUrl}/classifications/104/codesAt`);
  expect(typeof frozenRows[0]![4]).toBe("number"); // an Excel date-time
  expect(frozenRows[0]![6]).toBe("Statistisk sentralbyrå (SSB)");
  expect(frozenRows[1]![6]).toBe("Brønnøysundregistrene");

  // Unfreeze: every formula back, the spill where it was, every cell as before freezing.
  await page.getByRole("button", { name: "Tin opp", exact: true }).click();
  const undone = await statusText(page, /^Satte tilbake/);
  expect(undone).toEqual({ intent: "success", text: "Satte tilbake 6 formler i Sheet1!A1:I20." });
  expect(await cells(page)).toEqual(before);
  expect(await workbook(page, "readSetting", "klass-brreg.frozen")).toBeUndefined();
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

it("refuses to unfreeze a range the user changed after freezing, and says which", async () => {
  const { context, page, problems } = await harness.open({ locale: "en-GB" });
  const [orgnr] = harness.replica.data.orgnr.activeEnheter;
  await workbook(page, "setValues", "Sheet1", 0, 0, [[orgnr, '=BRREG.ENHET(A1,"navn")', "=BRREG.STATUS(A1)"]]);
  await workbook(page, "recalculate");
  await workbook(page, "select", "Sheet1", 0, 0, 1, 3);
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByRole("radio", { name: "This sheet" }).check();
  await page.getByRole("button", { name: "Freeze", exact: true }).click();
  await statusText(page, /^Froze 2 formulas \(2 cells\) in Sheet1; the sources are on sheet Sources\./);
  await workbook(page, "setValues", "Sheet1", 0, 2, [["changed by hand"]]);
  await page.getByRole("button", { name: "Unfreeze", exact: true }).click();
  const result = await statusText(page, /^Put back/);
  expect(result).toEqual({
    intent: "warning",
    text: "Put back 1 formulas in Sheet1. 1 frozen ranges were changed after freezing and are left as they are: Sheet1!C1.",
  });
  expect((await cell(page, "Sheet1", 0, 1))?.formula).toBe('=BRREG.ENHET(A1,"navn")');
  expect((await cell(page, "Sheet1", 0, 2))?.value).toBe("changed by hand");
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

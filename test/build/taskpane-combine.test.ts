import type { Page } from "playwright-core";
import { cell, screenshot, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * Combining formulas in the built taskpane (headless Chromium) against the replicas and the
 * in-memory workbook, which evaluates add-in formulas through the page's own functions: a
 * filled-down column of KLASS.CODENAME becomes one range formula in its top cell with identical
 * values, no other cell changes, and "Angre kombinering" restores every original formula.
 */
const harness = useTaskpaneHarness({ seed: 8, enheter: 20, underenheter: 2 });

type StoredCell = { value: unknown; format: string; formula?: string } | undefined;
const AREA = { rows: 50, columns: 6 };
const ROWS = 40;

async function cells(page: Page): Promise<StoredCell[][]> {
  const out: StoredCell[][] = [];
  for (let r = 0; r < AREA.rows; r++) {
    const line: StoredCell[] = [];
    for (let c = 0; c < AREA.columns; c++) line.push(await cell(page, "Sheet1", r, c));
    out.push(line);
  }
  return out;
}

async function statusText(page: Page, pattern: RegExp): Promise<{ intent: string | null; text: string }> {
  const bar = page.locator("[data-intent]").filter({ hasText: pattern });
  await bar.waitFor({ timeout: 30_000 });
  return { intent: await bar.getAttribute("data-intent"), text: (await bar.textContent()) ?? "" };
}

it("combines a filled-down KLASS.CODENAME column into one range formula with identical values, and undoes it", async () => {
  const { context, page, problems } = await harness.open();
  const codes = ["0301", "1103", "4601", "5001", "3101", "0302", "3201", "1506"];
  await workbook(page, "setValues", "Sheet1", 0, 0, [["kode", "2024-01-01", "navn", "notat"]]);
  await workbook(
    page,
    "setValues",
    "Sheet1",
    1,
    0,
    Array.from({ length: ROWS }, (_, i) => [codes[i % codes.length]]),
  );
  const originals = Array.from({ length: ROWS }, (_, i) => `=KLASS.CODENAME(131,A${i + 2},$B$1)`);
  await workbook(
    page,
    "setValues",
    "Sheet1",
    1,
    2,
    originals.map((f) => [f]),
  );
  // The user's cells beside and under the column.
  await workbook(page, "setValues", "Sheet1", 1, 3, [["mitt notat"], ["=C2&C3"]]);
  await workbook(page, "setValues", "Sheet1", ROWS + 2, 2, [["under"]]);
  await workbook(page, "recalculate");
  const before = await cells(page);
  const names = await workbook<unknown[][]>(page, "readRange", "Sheet1", 1, 2, ROWS, 1);
  expect(names.slice(0, 6).map(([n]) => n)).toEqual([
    "Oslo",
    "Stavanger",
    "Bergen",
    "Trondheim - Tråanten",
    "Halden",
    "#N/A",
  ]);

  await page.getByRole("tab", { name: "Kontroll" }).click();
  await page.getByRole("button", { name: "Finn i dette arket" }).click();
  await statusText(page, /^1 kolonner i Sheet1 kan slås sammen\.$/);
  await page.getByText(`Sheet1!C2:C${ROWS + 1}: KLASS.CODENAME, ${ROWS} formler`).waitFor();
  await screenshot(page, "combine-found");
  await page.getByRole("button", { name: `Slå sammen Sheet1!C2:C${ROWS + 1}` }).click();
  const done = await statusText(page, /^Slo sammen/);
  expect(done).toEqual({
    intent: "success",
    text: `Slo sammen ${ROWS} formler i Sheet1!C2:C${ROWS + 1} til =KLASS.CODENAME(131,A2:A${ROWS + 1},$B$1).`,
  });

  // One range formula in the top cell; the same values down the column; every other cell as it was.
  expect((await cell(page, "Sheet1", 1, 2))?.formula).toBe(`=KLASS.CODENAME(131,A2:A${ROWS + 1},$B$1)`);
  expect(await workbook<unknown[][]>(page, "readRange", "Sheet1", 1, 2, ROWS, 1)).toEqual(names);
  const after = await cells(page);
  for (let r = 0; r < AREA.rows; r++)
    for (let c = 0; c < AREA.columns; c++) {
      if (c === 2 && r >= 1 && r <= ROWS) {
        if (r > 1) expect({ r, formula: after[r]![c]?.formula }).toEqual({ r, formula: undefined });
        continue;
      }
      expect({ r, c, cell: after[r]![c] }).toEqual({ r, c, cell: before[r]![c] });
    }
  const stored = JSON.parse((await workbook<string>(page, "readSetting", "klass-brreg.combined"))!) as unknown[];
  expect(stored).toHaveLength(1);

  // A second search finds nothing left to combine.
  await page.getByRole("button", { name: "Finn i dette arket" }).click();
  await statusText(page, /^Ingen nedfylte kolonner/);

  await page.getByRole("button", { name: `Angre kombinering Sheet1!C2:C${ROWS + 1}` }).click();
  const undone = await statusText(page, /^Satte tilbake/);
  expect(undone).toEqual({ intent: "success", text: `Satte tilbake ${ROWS} formler i Sheet1!C2:C${ROWS + 1}.` });
  for (let r = 0; r < ROWS; r++) expect((await cell(page, "Sheet1", r + 1, 2))?.formula).toBe(originals[r]);
  expect(await cells(page)).toEqual(before);
  expect(await workbook(page, "readSetting", "klass-brreg.combined")).toBeUndefined();
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

it("leaves a column alone once the user changed one of its formulas after finding it", async () => {
  const { context, page, problems } = await harness.open({ locale: "en-GB" });
  const orgnr = harness.replica.data.orgnr.activeEnheter.slice(0, 4);
  await workbook(
    page,
    "setValues",
    "Sheet1",
    0,
    0,
    orgnr.map((o, i) => [o, `=BRREG.STATUS(A${i + 1})`]),
  );
  await workbook(page, "recalculate");
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByRole("button", { name: "Find on this sheet" }).click();
  await page.getByText("Sheet1!B1:B4: BRREG.STATUS, 4 formulas").waitFor();
  await workbook(page, "setValues", "Sheet1", 2, 1, [["typed over"]]);
  const before = await workbook<unknown[][]>(page, "readRange", "Sheet1", 0, 0, 4, 2);
  await page.getByRole("button", { name: "Combine Sheet1!B1:B4" }).click();
  const refused = await statusText(page, /not empty|Nothing/);
  expect(refused.intent).toBe("warning");
  expect(refused.text).toContain("B3");
  expect(await workbook<unknown[][]>(page, "readRange", "Sheet1", 0, 0, 4, 2)).toEqual(before);
  expect((await cell(page, "Sheet1", 0, 1))?.formula).toBe("=BRREG.STATUS(A1)");
  expect(await workbook(page, "readSetting", "klass-brreg.combined")).toBeUndefined();
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

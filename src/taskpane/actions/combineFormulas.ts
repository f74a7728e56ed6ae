import { findCombinable, outsideTables, type CombineCandidate } from "../../core/formulas/combine";
import {
  COMBINED_SETTING,
  combinedRecord,
  originalFormulas,
  parseCombined,
  serializeCombined,
  type CombinedRange,
} from "../../core/formulas/combined";
import type { WorkbookGateway } from "../../office/gateway";

/**
 * Combining formulas on the active sheet: find the filled-down runs (core/formulas/combine) outside
 * Excel tables (which do not allow a spilled formula),
 * replace one by its range formula, and undo that. The original formulas are saved in the
 * workbook store (COMBINED_SETTING) before the cells change, and dropped from it only after they
 * are back, so an interrupted run can always be undone.
 */
export async function findCandidates(
  gateway: WorkbookGateway,
): Promise<{ sheet: string; candidates: CombineCandidate[] }> {
  const { sheet } = await gateway.getSelection();
  const used = await gateway.usedRange(sheet);
  if (!used) return { sheet, candidates: [] };
  const formulas = await gateway.readFormulas(sheet, used.row, used.column, used.rowCount, used.columnCount);
  const found = findCombinable(sheet, used.row, used.column, formulas);
  return { sheet, candidates: found.length > 0 ? outsideTables(found, await gateway.tableBlocks(sheet)) : [] };
}

export async function readCombined(gateway: WorkbookGateway): Promise<CombinedRange[]> {
  return parseCombined(await gateway.readSetting(COMBINED_SETTING));
}

async function saveCombined(gateway: WorkbookGateway, records: readonly CombinedRange[]): Promise<void> {
  await gateway.writeSetting(COMBINED_SETTING, records.length > 0 ? serializeCombined(records) : undefined);
}

const sameRun = (a: CombinedRange, b: CombinedRange) =>
  a.sheet === b.sheet && a.row === b.row && a.column === b.column && a.at === b.at;

export async function combine(
  gateway: WorkbookGateway,
  candidate: CombineCandidate,
  now: () => string = () => new Date().toISOString(),
): Promise<CombinedRange> {
  const record = combinedRecord(candidate, now());
  const before = await readCombined(gateway);
  await saveCombined(gateway, [...before, record]);
  try {
    await gateway.combineRun(candidate);
  } catch (error) {
    await saveCombined(gateway, before);
    throw error;
  }
  return record;
}

export async function uncombine(gateway: WorkbookGateway, record: CombinedRange): Promise<void> {
  await gateway.uncombineRun({ ...record, originals: originalFormulas(record) });
  await saveCombined(
    gateway,
    (await readCombined(gateway)).filter((r) => !sameRun(r, record)),
  );
}

import type { Translate } from "../i18n";
import type { CellValue } from "../sheet/cells";
import type { RemovedUserRows } from "./refresh";

/**
 * The block a refresh writes for one report's removed rows on the "Removed on refresh" sheet: a
 * header (table, key, date removed, then the user's own column names) and one row per removed
 * row that held a note, so the note can be found again by its key.
 */
export function removedRowsBlock(removed: RemovedUserRows, date: string, t: Translate): CellValue[][] {
  return [
    [t("reports.removed.table"), t("reports.removed.key"), t("reports.removed.date"), ...removed.header],
    ...removed.rows.map((row) => [removed.report.tableName, row.key, date, ...row.cells]),
  ];
}

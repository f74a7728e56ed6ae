import type { Translate } from "../../core/i18n";
import { removedRowsBlock, type KeepRemoved } from "../../core/reports";
import { TEXT_FORMAT, numberFormatsFor } from "../../core/sheet/cells";
import type { WorkbookGateway } from "../../office/gateway";

/**
 * A `keepRemoved` for one refresh run: the first report with removed notes adds the sheet
 * ("Fjernet ved oppdatering", or "… (2)" when taken: an earlier one is never written over), and
 * each report's block goes below the last, a blank row between. `sheet()` names the sheet used.
 */
export function removedRowsKeeper(
  gateway: WorkbookGateway,
  t: Translate,
  date: string,
): { keep: KeepRemoved; sheet: () => string | undefined; rows: () => number } {
  let sheet: string | undefined;
  let next = 0;
  let kept = 0;
  const keep: KeepRemoved = async (removed) => {
    sheet ??= await gateway.addSheet(t("reports.removed.sheet"));
    const block = removedRowsBlock(removed, date, t);
    // Table, key and date as text (a key "0301" keeps its zero); the user's cells as they were.
    const formats = numberFormatsFor(block).map((row, r) => row.map((f, c) => (r === 0 || c < 3 ? TEXT_FORMAT : f)));
    await gateway.write({ sheet, row: next, column: 0, values: block, numberFormats: formats });
    next += block.length + 1;
    kept += removed.rows.length;
  };
  return { keep, sheet: () => sheet, rows: () => kept };
}

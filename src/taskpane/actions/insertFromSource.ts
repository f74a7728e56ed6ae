import { plural, type Translate } from "../../core/i18n";
import { reportFormula, type ReportDeps, type ReportSource } from "../../core/reports";
import { isWriteBlocked } from "../../core/sheet/writeGuard";
import type { WorkbookGateway } from "../../office/gateway";
import type { Status } from "../views/shared/StatusMessage";
import { insertReport, type InsertRequest } from "./insertReport";

/**
 * Inserts a report's table (recorded in the workbook), reloads the report list, and says where.
 * At the selected cell over cells that are not empty, nothing is written: the status names the
 * cells and asks — insert on a new sheet (`onNewSheet`), or select another cell.
 */
export async function insertReportWithStatus(
  gateway: WorkbookGateway,
  deps: ReportDeps,
  request: InsertRequest,
  reloadReports: () => Promise<void>,
  t: Translate,
  onNewSheet?: () => void,
): Promise<Status> {
  let info;
  try {
    ({ info } = await insertReport(gateway, deps, request));
  } catch (error) {
    if (!isWriteBlocked(error)) throw error;
    return {
      intent: "warning",
      text: t("write.blocked.insert", { cells: error.cells.join(", "), sheet: error.sheet }),
      ...(onNewSheet ? { action: { label: t("write.blocked.newSheet"), run: onNewSheet } } : {}),
    };
  }
  await reloadReports();
  return {
    intent: "success",
    text: plural(t, "common.inserted", info.rowCount, { table: info.name, rows: info.rowCount, sheet: info.sheet }),
  };
}

/** Writes the formula that computes `source` into the selected cell, and says which. */
export function insertFormulaAtSelection(
  gateway: WorkbookGateway,
  source: ReportSource,
  t: Translate,
): Promise<Status> {
  return insertFormulaTextAtSelection(gateway, reportFormula(source), t);
}

/**
 * Writes `formula` into the selected cell through the gateway's checked write (never over a cell
 * the add-in did not write), and says which cell, or that it was not empty.
 */
export async function insertFormulaTextAtSelection(
  gateway: WorkbookGateway,
  formula: string,
  t: Translate,
): Promise<Status> {
  const selection = await gateway.getSelection();
  const cell = selection.address.split(":")[0] ?? selection.address;
  try {
    await gateway.setFormula(selection.sheet, selection.row, selection.column, formula);
  } catch (error) {
    if (!isWriteBlocked(error)) throw error;
    return { intent: "warning", text: t("write.blocked.formula", { cell, sheet: selection.sheet }) };
  }
  return {
    intent: "success",
    text: t("klass.formula.inserted", { formula, address: `${selection.sheet}!${cell}` }),
  };
}

import { plural, type Translate } from "../../core/i18n";
import { reportFormula, type ReportDeps, type ReportSource } from "../../core/reports";
import type { WorkbookGateway } from "../../office/gateway";
import type { Status } from "../views/shared/StatusMessage";
import { insertReport, type InsertRequest } from "./insertReport";

/** Inserts a report's table (recorded in the workbook), reloads the report list, and says where. */
export async function insertReportWithStatus(
  gateway: WorkbookGateway,
  deps: ReportDeps,
  request: InsertRequest,
  reloadReports: () => Promise<void>,
  t: Translate,
): Promise<Status> {
  const { info } = await insertReport(gateway, deps, request);
  await reloadReports();
  return {
    intent: "success",
    text: plural(t, "common.inserted", info.rowCount, { table: info.name, rows: info.rowCount, sheet: info.sheet }),
  };
}

/** Writes the formula that computes `source` into the selected cell, and says which. */
export async function insertFormulaAtSelection(
  gateway: WorkbookGateway,
  source: ReportSource,
  t: Translate,
): Promise<Status> {
  const selection = await gateway.getSelection();
  const formula = reportFormula(source);
  await gateway.setFormula(selection.sheet, selection.row, selection.column, formula);
  return {
    intent: "success",
    text: t("klass.formula.inserted", { formula, address: `${selection.sheet}!${selection.address.split(":")[0]}` }),
  };
}

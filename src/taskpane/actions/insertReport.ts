import {
  buildReportTable,
  newReportId,
  upsertReport,
  type ReportDefinition,
  type ReportDeps,
  type ReportSource,
} from "../../core/reports";
import type { TableInfo, WorkbookGateway } from "../../office/gateway";
import { fieldLabel, type UiLanguage } from "../../core/i18n";
import { dateColumnFormats } from "../../core/sheet/excelDate";

/** Where a table goes. */
export type InsertTarget = "selection" | "newSheet";

export interface InsertRequest {
  readonly source: ReportSource;
  readonly title: string;
  /** Suggested table name (made valid and unique by the gateway). */
  readonly tableName: string;
  /** Name of the new sheet, when target is "newSheet". */
  readonly sheetName: string;
  readonly target: InsertTarget;
  /** Language of the table's headers (readable labels); omitted: the API names. */
  readonly language?: UiLanguage;
}

/**
 * Inserts a report's table and records its definition in the workbook: builds the rows through
 * the shared services, writes them as an Excel table (code columns text first), then stores the
 * query so the Reports view can refresh it.
 */
export async function insertReport(
  gateway: WorkbookGateway,
  deps: ReportDeps,
  request: InsertRequest,
): Promise<{ info: TableInfo; report: ReportDefinition; totalElements?: number }> {
  const table = await buildReportTable(deps, request.source);
  let sheet: string;
  let row = 0;
  let column = 0;
  if (request.target === "selection") {
    const selection = await gateway.getSelection();
    ({ sheet, row, column } = selection);
  } else {
    sheet = await gateway.addSheet(request.sheetName);
  }
  const info = await gateway.createTable({
    sheet,
    row,
    column,
    name: request.tableName,
    // Words, not API names: refresh recognises a column by its key or its label in nb or en.
    header: request.language ? table.header.map((key) => fieldLabel(key, request.language!)) : table.header,
    rows: table.rows,
    textColumns: table.textColumns,
    // Dates are Excel serials in the rows; the column's date format shows them as dates.
    columnFormats: dateColumnFormats(table.dateColumns, request.language ?? "nb"),
  });
  const report: ReportDefinition = {
    id: newReportId(deps.now()),
    title: request.title,
    source: request.source,
    tableName: info.name,
    sheet: info.sheet,
    rows: info.rowCount,
    lastRefreshed: new Date(deps.now()).toISOString(),
    urls: table.urls,
  };
  await upsertReport(gateway, report);
  return { info, report, ...(table.totalElements === undefined ? {} : { totalElements: table.totalElements }) };
}

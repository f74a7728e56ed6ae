import { csvFileName, toCsv, type CsvDialect } from "../../core/csv";
import type { WorkbookGateway } from "../../office/gateway";

/**
 * Downloads a table of the workbook as CSV (UTF-8 with a byte-order mark, so Excel opens "Bærum"
 * right), in the dialect chosen (";" and decimal comma for Norwegian Excel). Taskpane code may
 * use the DOM; core builds the text.
 */
export async function downloadTableCsv(
  gateway: WorkbookGateway,
  tableName: string,
  dialect: CsvDialect = { delimiter: ",", decimalComma: false },
): Promise<string> {
  const table = await gateway.readTable(tableName);
  if (!table) throw new Error(`no table named ${tableName}`);
  const text = toCsv(table.header, table.rows, dialect.delimiter, dialect.decimalComma);
  const blob = new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = csvFileName(tableName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return link.download;
}

import Papa from "papaparse";
import type { CellValue } from "../sheet/cells";

/**
 * CSV export of a table. A text cell that starts with = + - @ (or a tab or carriage return) would
 * run as a formula when the file is opened in a spreadsheet (CSV injection, OWASP): it is prefixed
 * with an apostrophe. Numbers and booleans are written as they are.
 */
const TRIGGER = /^[=+\-@\t\r]/;

export function csvCell(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && TRIGGER.test(value)) return `'${value}`;
  return value;
}

/** Header and rows as CSV text (CRLF line ends, quotes where needed); `delimiter` default ",". */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[], delimiter = ","): string {
  return Papa.unparse(
    { fields: header.map((h) => String(csvCell(h))), data: rows.map((row) => row.map(csvCell)) },
    { delimiter, newline: "\r\n", quotes: false },
  );
}

/** A file name from a table name: letters, digits, dash and underscore. */
export function csvFileName(tableName: string): string {
  return `${tableName.replace(/[^A-Za-z0-9_-]+/g, "_") || "table"}.csv`;
}

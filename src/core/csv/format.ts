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

/**
 * How a CSV file is written for the spreadsheet that will open it. Norwegian Excel splits
 * columns on ";" and reads "1,5" as a number; a comma-separated file opens in one column there.
 */
export interface CsvDialect {
  readonly delimiter: "," | ";";
  readonly decimalComma: boolean;
}

export const CSV_DIALECTS = {
  /** Norwegian (and most European) Excel: semicolons, decimal comma. */
  nordic: { delimiter: ";", decimalComma: true },
  /** English-language Excel and most tools: commas, decimal point. */
  international: { delimiter: ",", decimalComma: false },
} as const satisfies Record<string, CsvDialect>;

export type CsvDialectName = keyof typeof CSV_DIALECTS;

/**
 * Header and rows as CSV text (CRLF line ends, quotes where needed); `delimiter` default ",".
 * With `decimalComma`, numbers are written 1,5 (never with thousands separators).
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
  delimiter = ",",
  decimalComma = false,
): string {
  const cell = (value: CellValue) => {
    const out = csvCell(value);
    return decimalComma && typeof out === "number" ? String(out).replace(".", ",") : out;
  };
  return Papa.unparse(
    { fields: header.map((h) => String(csvCell(h))), data: rows.map((row) => row.map(cell)) },
    { delimiter, newline: "\r\n", quotes: false },
  );
}

/** A file name from a table name: letters, digits, dash and underscore. */
export function csvFileName(tableName: string): string {
  return `${tableName.replace(/[^A-Za-z0-9_-]+/g, "_") || "table"}.csv`;
}

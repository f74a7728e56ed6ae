import { GENERAL_FORMAT, TEXT_FORMAT, needsTextFormat, type CellValue } from "../core/sheet/cells";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, planRowChunks, type RowChunk } from "../core/sheet/chunks";

/**
 * Number formats for rows going into a table, shared by both gateways so they write alike:
 * code columns and any API text Excel would read as a formula (= + - @) or a number with its
 * leading zero lost ("0301") get the text format; a column with its own format (dates: a date
 * format) gets it on its numbers and empty cells; the user's own columns (kept by a refresh) stay
 * General so their formulas remain formulas.
 */
export function tableFormats(
  rows: readonly (readonly CellValue[])[],
  textColumns: ReadonlySet<number>,
  userColumns: ReadonlySet<number> = new Set(),
  columnFormats: ReadonlyMap<number, string> = new Map(),
): string[][] {
  const formatOf = (value: CellValue, c: number): string => {
    if (userColumns.has(c)) return GENERAL_FORMAT;
    const own = columnFormats.get(c);
    if (own !== undefined && (typeof value === "number" || value === null || value === "")) return own;
    return textColumns.has(c) || needsTextFormat(value) ? TEXT_FORMAT : GENERAL_FORMAT;
  };
  return rows.map((row) => row.map(formatOf));
}

/** Header cells are always text (a header named "=x" or "0301" stays that text). */
export function headerFormats(header: readonly string[]): string[][] {
  return [header.map(() => TEXT_FORMAT)];
}

/** Row chunks of `rows` (with their formats) that each fit one Office.js request. */
export function rowChunks(
  rows: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[],
  budget = DEFAULT_PAYLOAD_BUDGET_BYTES,
): RowChunk[] {
  return planRowChunks(rows, budget, (r, c) => formats[r]?.[c] ?? GENERAL_FORMAT);
}

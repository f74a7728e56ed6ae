import { GENERAL_FORMAT, TEXT_FORMAT, numberFormatsFor, type CellValue } from "../sheet/cells";

/**
 * What a failed look-up leaves in the sheet. Value cells stay clean so a numeric column stays
 * numeric: empty ("note", the default) or a real Excel error (`=NA()`, "excel-error") that
 * ISNA/IFERROR understand — never error text in a value cell. Either way the row's reason is
 * written once, in the note column after the new value columns.
 */
export type FailureStyle = "note" | "excel-error";

/** One computed cell of an enrichment: a value, or the Error that this cell alone failed with. */
export type EnrichCell = CellValue | Error;

/** The formula a failed value cell gets in the "excel-error" style. */
export const EXCEL_ERROR_FORMULA = "=NA()";

export interface SettledRows {
  /** The value columns, then the note column. */
  readonly values: CellValue[][];
  readonly numberFormats: string[][];
  /** Rows with a key and every value found. */
  readonly filled: number;
  /** Rows with at least one failed value (each has a reason in its note cell). */
  readonly failed: number;
}

const isBlank = (key: CellValue | undefined) => key === null || key === undefined || String(key).trim() === "";

/**
 * Turns computed rows (values and Errors) into the cells written, counting filled and failed rows.
 * `columnFormats` (date columns) apply to a column's numbers and empty cells.
 */
export function settleRows(
  keys: readonly CellValue[],
  rows: readonly (readonly EnrichCell[])[],
  textColumns: ReadonlySet<number> | undefined,
  style: FailureStyle,
  reason: (error: Error) => string,
  columnFormats: ReadonlyMap<number, string> = new Map(),
): SettledRows {
  let filled = 0;
  let failed = 0;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  rows.forEach((row, r) => {
    const errors = row.filter((c): c is Error => c instanceof Error);
    const cells = row.map((c): CellValue =>
      c instanceof Error ? (style === "excel-error" ? EXCEL_ERROR_FORMULA : "") : c,
    );
    const formats = numberFormatsFor([cells], textColumns)[0]!.map((f, c) => {
      if (row[c] instanceof Error) return GENERAL_FORMAT;
      const own = columnFormats.get(c);
      return own !== undefined && (typeof cells[c] === "number" || cells[c] === "") ? own : f;
    });
    const note = errors.length ? [...new Set(errors.map(reason))].join("; ") : "";
    if (errors.length) failed++;
    else if (!isBlank(keys[r])) filled++;
    values.push([...cells, note]);
    numberFormats.push([...formats, TEXT_FORMAT]);
  });
  return { values, numberFormats, filled, failed };
}

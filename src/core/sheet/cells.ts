/**
 * What may be written into a worksheet cell, and how to write API text safely.
 *
 * Excel turns a string that starts with "=" into a formula, and "+", "-", "@" into formulas or
 * errors too (CSV/formula injection). Text from an API is data, never a formula: such cells, and
 * code columns (leading zeros: "0301" must not become 301), get the text number format "@"
 * BEFORE their values are written.
 */
export type CellValue = string | number | boolean | null;

/** The text number format. */
export const TEXT_FORMAT = "@";
/** Excel's default number format. */
export const GENERAL_FORMAT = "General";

const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@"]);

/** True when Excel would read this string as something other than the literal text. */
export function needsTextFormat(value: CellValue): boolean {
  if (typeof value !== "string" || value.length === 0) return false;
  if (FORMULA_TRIGGERS.has(value[0] as string)) return true;
  // Numeric-looking text with a leading zero ("0301") or any digits-only code would lose zeros
  // or become a number; the caller decides per column, but a leading zero is always data.
  return /^0\d/.test(value);
}

/**
 * Number formats for a block: text for cells that need it and for whole text columns, General
 * elsewhere. Returned row by row so it can be sent in the same chunks as the values.
 */
export function numberFormatsFor(
  values: readonly (readonly CellValue[])[],
  textColumns: ReadonlySet<number> = new Set(),
): string[][] {
  return values.map((row) =>
    row.map((value, column) => (textColumns.has(column) || needsTextFormat(value) ? TEXT_FORMAT : GENERAL_FORMAT)),
  );
}

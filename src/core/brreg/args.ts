import { checkLength, isOmitted, scalar, toGrid } from "../args";
import { InvalidInputError } from "../errors";

/*
 * The two BRREG argument readers that src/core/args does not (yet) offer in this form. Both are
 * built on core/args — `scalar`, `toGrid`, `isOmitted` — so a cell is read the same way as in
 * the KLASS functions; what is added is said on each.
 */

/**
 * The one value of an argument that takes a single cell (ROLLER's orgnr, SOK's navn, `max`):
 * `x` or `[[x]]` gives `x`; an empty array is omitted (undefined). A range of several cells is an
 * InvalidInputError — never silently its first cell, since the others would be ignored unseen.
 * (`scalar` alone hands a multi-cell range back unchanged; this is the check on top of it.)
 *
 * @example singleValue([[923609016]], "orgnr") // → 923609016
 * @example singleValue([[1], [2]], "orgnr") // throws: orgnr takes one value, not a range of 2 cells
 */
export function singleValue(value: unknown, name: string): unknown {
  const v = scalar(value);
  if (!Array.isArray(v)) return v;
  const cells = toGrid(v).flat().length;
  if (v.length === 0 || cells === 0) return undefined;
  throw new InvalidInputError(`${name} takes one value, not a range of ${cells} cells`, { api: "brreg" });
}

/**
 * The names in a list argument (fields, role codes), unvalidated: one value, a list separated by
 * commas, semicolons or line breaks (Alt+Enter in a cell), or a range of such cells, read row by
 * row; blank entries are dropped, so a range with empty cells works. Differs from core/args'
 * `coerceNameList` in two ways: it also splits on line breaks, and it leaves validation to the
 * caller (BRREG's messages depend on the register, and role codes are an open set). A cell of
 * more than MAX_NAME_LENGTH characters is #VALUE! naming `name` and the bound (core/args/bounds.ts).
 *
 * @example nameList("navn, antallAnsatte") // → ["navn", "antallAnsatte"]
 * @example nameList([["DAGL"], [null], ["LEDE;NEST"]]) // → ["DAGL", "LEDE", "NEST"]
 */
export function nameList(value: unknown, name = "list"): string[] {
  const out: string[] = [];
  for (const cell of toGrid(value).flat()) {
    if (isOmitted(cell)) continue;
    for (const part of checkLength(String(cell), name).split(/[,;\n]/)) {
      const trimmed = part.trim();
      if (trimmed !== "") out.push(trimmed);
    }
  }
  return out;
}

import type { FormulaArg } from "./formulaCall";

/**
 * The functions a filled-down column of single-cell calls can be combined into one range call of:
 * those that take their key as a range (`any[][]`) and answer one value per key, in the keys'
 * shape. `perRow` are the (zero-based) parameters that may follow the row — the keys and, where
 * the function matches them element by element, the dates. Every other argument must be the same
 * text in every row. `singleValue` checks the remaining arguments keep one value per key (a
 * BRREG.ENHET asked for two fields spills across, and is left alone).
 *
 * Left out on purpose: tables (KLASS.CODES, BRREG.SOK, …: many rows per call), KLASS.UPDATECODE and
 * KLASS.TRAIL (a split answers several codes), KLASS.HIERARCHY (several columns per code).
 */
export interface VectorisedFunction {
  readonly perRow: readonly number[];
  readonly singleValue?: (args: readonly FormulaArg[]) => boolean;
}

/** A `fields` argument naming one field: omitted, or a text literal without a comma. */
const oneField =
  (index: number) =>
  (args: readonly FormulaArg[]): boolean => {
    const arg = args[index];
    return (
      !arg || arg.kind === "missing" || (arg.kind === "literal" && arg.text.startsWith('"') && !arg.text.includes(","))
    );
  };

export const VECTORISED: Readonly<Record<string, VectorisedFunction>> = {
  // KLASS.CODENAME(classification, code, [date], [language])
  "KLASS.CODENAME": { perRow: [1, 2] },
  // KLASS.PARENT(classification, code, [level], [date])
  "KLASS.PARENT": { perRow: [1, 3] },
  // KLASS.LEVEL / KLASS.VALID(classification, code, [date])
  "KLASS.LEVEL": { perRow: [1, 2] },
  "KLASS.VALID": { perRow: [1, 2] },
  // KLASS.VARIANT(classification, variantName, code, [date], [level])
  "KLASS.VARIANT": { perRow: [2, 3] },
  // KLASS.CORRESPOND(source, target, code, [date])
  "KLASS.CORRESPOND": { perRow: [2, 3] },
  // BRREG.ENHET / BRREG.UNDERENHET(orgnr, [fields])
  "BRREG.ENHET": { perRow: [0], singleValue: oneField(1) },
  "BRREG.UNDERENHET": { perRow: [0], singleValue: oneField(1) },
  // BRREG.STATUS / GYLDIG(orgnr), BRREG.ORGFORM(kode)
  "BRREG.STATUS": { perRow: [0] },
  "BRREG.GYLDIG": { perRow: [0] },
  "BRREG.ORGFORM": { perRow: [0] },
};

import { parseAddress } from "../sheet/address";
import type { CellValue } from "../sheet/cells";
import { parseCall, type FormulaArg } from "./formulaCall";

/**
 * Evaluating one add-in call `=NAME(args)` outside Excel, for the in-memory workbook (tests and
 * the plain-browser mode): arguments are handed to the function as Excel hands them — a range or
 * reference to a matrix parameter as a 2-D array, a literal to a matrix parameter as [[value]],
 * a reference to a scalar parameter as its value, an omitted argument as null — and the answer
 * comes back as the grid the cell shows (a spill when larger than 1×1). Errors show as their code
 * ("#N/A"), as Excel's `values` reads them. Anything but one add-in call is not evaluated.
 */
export interface CallableFunction {
  readonly fn: (...args: unknown[]) => unknown;
  /** Per parameter: true for a matrix (`any[][]`) parameter. */
  readonly matrix: readonly boolean[];
}

export type ReadBlock = (
  sheet: string,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
) => CellValue[][];

/** A reference's sheet and block, e.g. 'My data'!A2:A5 on `sheet` by default. */
function referenced(text: string, sheet: string) {
  const bang = text.lastIndexOf("!");
  const rawSheet = bang < 0 ? sheet : text.slice(0, bang);
  const name = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  try {
    return { sheet: name, ...parseAddress(bang < 0 ? text : text.slice(bang + 1)) };
  } catch {
    return undefined;
  }
}

function literalValue(text: string): CellValue {
  if (text.startsWith('"')) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  return Number(text);
}

function argumentValue(arg: FormulaArg, matrix: boolean, sheet: string, read: ReadBlock): unknown {
  if (arg.kind === "missing") return null;
  if (arg.kind === "literal") {
    const v = literalValue(arg.text);
    return matrix ? [[v]] : v;
  }
  const at = referenced(arg.text, sheet);
  if (!at) throw new Error(`#NAME?`);
  const grid = read(at.sheet, at.row, at.column, at.rowCount, at.columnCount);
  return matrix ? grid : (grid[0]?.[0] ?? null);
}

/** An error value (CustomFunctions.Error or an Error) as the code the cell shows. */
export function errorCode(value: unknown): string {
  const code = (value as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("#")) return code;
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === "string" && message.startsWith("#") ? message : "#VALUE!";
}

const asCell = (v: unknown): CellValue =>
  v === null || v === undefined
    ? ""
    : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
      ? v
      : errorCode(v);

/** The grid a call shows, or undefined when the formula is not one call of a known function. */
export async function evaluateCall(
  formula: string,
  sheet: string,
  read: ReadBlock,
  lookup: (name: string) => CallableFunction | undefined,
): Promise<CellValue[][] | undefined> {
  const call = parseCall(formula);
  const target = call && lookup(call.name);
  if (!call || !target) return undefined;
  try {
    const args = call.args.map((arg, i) => argumentValue(arg, target.matrix[i] ?? false, sheet, read));
    // Trailing omitted arguments are not passed at all, as the runtime does with missing ones.
    const answer = await target.fn(...args);
    if (Array.isArray(answer)) return (answer as unknown[][]).map((row) => row.map(asCell));
    return [[asCell(answer)]];
  } catch (error) {
    return [[errorCode(error)]];
  }
}

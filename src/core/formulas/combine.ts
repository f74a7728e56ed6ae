import { blockAddress } from "../sheet/address";
import type { SheetBlock } from "../sheet/writeGuard";
import { callText, columnRangeText, parseCall, type CellRef, type FormulaCall } from "./formulaCall";
import { VECTORISED } from "./vectorised";

/**
 * Combining formulas: a column filled down with single-cell add-in calls that differ only in their
 * row, `=KLASS.CODENAME(131,A2,$B$1)` … `=KLASS.CODENAME(131,A10001,$B$1)`, becomes one range call
 * `=KLASS.CODENAME(131,A2:A10001,$B$1)` in the top cell, spilling over the same cells: one
 * invocation instead of 10,000 (Excel's per-invocation cost, not ours, is what users wait for).
 * Only where the result keeps one value per row (see vectorised.ts) — so the spill lands exactly on
 * the cells the single formulas stood in, and nothing else is touched.
 */
export interface CombineCandidate {
  readonly sheet: string;
  /** Zero-based top cell of the run. */
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  /** A1 address of the run, e.g. "C2:C10001". */
  readonly address: string;
  readonly functionName: string;
  /** The original formulas, top to bottom. */
  readonly originals: readonly string[];
  /** The range formula that replaces them, written in the top cell. */
  readonly combined: string;
}

/** The least run worth combining. */
export const MIN_RUN = 2;

/**
 * What a cell's call looks like once its row is taken out: the same key for every cell of a
 * filled-down run. Undefined when the call cannot be combined at all.
 */
function patternOf(call: FormulaCall, row1: number): string | undefined {
  const fn = VECTORISED[call.name];
  if (!fn || (fn.singleValue && !fn.singleValue(call.args))) return undefined;
  let moving = 0;
  const parts = call.args.map((arg, i) => {
    if (arg.kind !== "ref" || arg.rowAbsolute) return `=${arg.text}`;
    // A relative row: the offset from the formula's own row is what stays the same down a fill.
    if (!fn.perRow.includes(i)) return undefined;
    moving++;
    return `@${arg.sheetPrefix}|${arg.columnAbsolute ? "$" : ""}${arg.column}|${arg.row - row1}`;
  });
  if (moving === 0 || parts.some((p) => p === undefined)) return undefined;
  return `${call.name}(${parts.join("\u0000")})`;
}

function combinedFormula(call: FormulaCall, rows: number): string {
  return callText(
    call.name,
    call.args.map((arg) => (arg.kind === "ref" && !arg.rowAbsolute ? columnRangeText(arg as CellRef, rows) : arg.text)),
  );
}

/**
 * The runs in a block of formulas read from `sheet` at (`top`, `left`) (a cell without a formula
 * holds its constant or null). Runs are found per column, top to bottom; each is at least
 * {@link MIN_RUN} cells.
 */
export function findCombinable(
  sheet: string,
  top: number,
  left: number,
  formulas: readonly (readonly unknown[])[],
): CombineCandidate[] {
  const found: CombineCandidate[] = [];
  const columns = formulas.reduce((n, row) => Math.max(n, row.length), 0);
  for (let c = 0; c < columns; c++) {
    let run: { start: number; pattern: string; call: FormulaCall; originals: string[] } | undefined;
    const close = () => {
      if (run && run.originals.length >= MIN_RUN) {
        const rowCount = run.originals.length;
        found.push({
          sheet,
          row: top + run.start,
          column: left + c,
          rowCount,
          address: blockAddress(top + run.start, left + c, rowCount, 1),
          functionName: run.call.name,
          originals: run.originals,
          combined: combinedFormula(run.call, rowCount),
        });
      }
      run = undefined;
    };
    for (let r = 0; r < formulas.length; r++) {
      const formula = formulas[r]?.[c];
      const call = typeof formula === "string" ? parseCall(formula) : undefined;
      const pattern = call ? patternOf(call, top + r + 1) : undefined;
      if (!call || !pattern) {
        close();
        continue;
      }
      if (run && run.pattern === pattern) run.originals.push(formula as string);
      else {
        close();
        run = { start: r, pattern, call, originals: [formula as string] };
      }
    }
    close();
  }
  return found;
}

/** The candidates that touch none of `tables`: Excel does not allow a spilled formula inside a table (#SPILL!). */
export function outsideTables(
  candidates: readonly CombineCandidate[],
  tables: readonly SheetBlock[],
): CombineCandidate[] {
  return candidates.filter(
    (c) =>
      !tables.some(
        (t) =>
          t.sheet.toLowerCase() === c.sheet.toLowerCase() &&
          c.row < t.row + t.rowCount &&
          t.row < c.row + c.rowCount &&
          c.column < t.column + t.columnCount &&
          t.column <= c.column,
      ),
  );
}

import { mapMaybe, type MaybePromise } from "../../core/maybePromise";
import { toCellError } from "./cellError";
import { answer } from "./answer";
import { withinResultSize } from "./resultSize";

/*
 * The bridge from a core grid to Excel, shared by the KLASS and BRREG functions. Core answers a
 * grid whose failed elements are Error values (core never imports the cell-error mapping); each
 * becomes its cell error through `toCellError` (the one mapping), so a bad row carries its own
 * #VALUE! or #N/A while the rest of the spill fills in.
 */

/** A core grid: rows of cell values, any element of which may be an Error. */
type CoreGrid<T = unknown> = readonly (readonly T[])[];

/** One element as Excel receives it: an Error becomes its cell error, anything else stays. */
export function toCell(cell: unknown): unknown {
  return cell instanceof Error ? toCellError(cell) : cell;
}

function hasError(grid: CoreGrid): boolean {
  for (const row of grid) {
    for (const cell of row) if (cell instanceof Error) return true;
  }
  return false;
}

/**
 * Map a core grid to cell values (Error elements to cell errors). When no element is an Error
 * — the common case — the grid itself is returned, not a copy: the hot path of a warm
 * recalculation allocates nothing here. Excel only reads the returned arrays; callers must not
 * mutate the result.
 */
export function toCells(grid: CoreGrid): unknown[][] {
  if (!hasError(grid)) return grid as unknown[][];
  return grid.map((row) => row.map(toCell));
}

/**
 * Answer a grid-valued custom function through `answer()`: synchronous when cached, a whole-call
 * error (a bad argument) thrown as its cell error, a deadline against #BUSY! for ever, and an
 * answer too large for Excel's runtime turned into a clear #VALUE! (./resultSize.ts).
 * `any[][]` is what Excel's metadata knows as a matrix (`@returns {any[][]}`).
 *
 * @example
 * export function codename(classification: unknown, code: unknown[][]) {
 *   return answerGrid(() => klassCodename(klassEnv(), classification, code));
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel's metadata type for a matrix result.
export function answerGrid(compute: () => MaybePromise<CoreGrid>): MaybePromise<any[][]> {
  return answer(() => mapMaybe(compute(), (grid) => withinResultSize(toCells(grid))));
}

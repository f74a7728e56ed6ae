/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's function metadata is read from these types: `any` (scalar) and `any[][]` (range). */
import type { Grid, GridCell } from "../../core/brreg/grid";
import { mapMaybe, type MaybePromise } from "../../core/maybePromise";
import { toCellError } from "../shared/cellError";
import { answer } from "../shared/settle";

/**
 * The BRREG functions' bridge from core grids to Excel: every Error element becomes its cell error
 * through `toCellError` (the one mapping), so a bad row carries its own #VALUE! or #N/A while
 * the rest of the spill fills in; and every answer goes through `answer()` — synchronous when
 * cached, a whole-call error for a bad argument (unknown field, bad filter), and a deadline.
 */
function toCell(cell: GridCell): unknown {
  return cell instanceof Error ? toCellError(cell) : cell;
}

/** Map a core grid to cell values (errors to cell errors). */
export function toCells(grid: Grid): unknown[][] {
  return grid.map((row) => row.map(toCell));
}

/** Answer a grid-valued custom function. `any[][]` is what Excel's metadata knows as a matrix. */
export function answerGrid(compute: () => MaybePromise<Grid>): MaybePromise<any[][]> {
  return answer(() => mapMaybe(compute(), toCells));
}

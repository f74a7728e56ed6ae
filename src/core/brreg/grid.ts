import type { Grid as ArgGrid } from "../args/grid";

/*
 * What BRREG core functions hand back to the functions layer: a grid of cell values, where an
 * element may be an Error (a bad row carries its own error, mapped to a cell error in
 * src/functions only — core never imports the cell-error mapping). Arguments are read with
 * src/core/args (toGrid, scalar, isOmitted) and ./args.ts.
 */

/** A value a BRREG cell can show: text (also ISO dates), a number, or TRUE/FALSE. */
export type CellScalar = string | number | boolean;

/** One element of a BRREG result: a value, or the Error that this element alone failed with. */
export type GridCell = CellScalar | Error;

/** A BRREG result: rows of {@link GridCell}, in the shape of core/args' `Grid`. */
export type Grid = ArgGrid<GridCell>;

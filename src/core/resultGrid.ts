import type { Grid } from "./args/rangeGrid";

/*
 * What core's KLASS and BRREG functions hand back to the functions layer: a grid of cell values,
 * where an element may be an Error (a bad row carries its own error, mapped to a cell error in
 * src/functions only — core never imports the cell-error mapping).
 */

/** A value a cell can show: text (also ISO dates), a number, or TRUE/FALSE. */
export type CellScalar = string | number | boolean;

/** One element of a result: a value, or the Error that this element alone failed with. */
export type ResultCell = CellScalar | Error;

/** A result: rows of {@link ResultCell}, in the shape of core/args' `Grid`. */
export type ResultGrid = Grid<ResultCell>;

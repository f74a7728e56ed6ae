import { InvalidInputError } from "../errors";

/**
 * Shape helpers for vectorised arguments. A parameter declared `any[][]` receives a range as rows
 * of cells and a single value as `[[x]]`; callers may also pass a bare scalar (tests, taskpane).
 */
export type Grid<T = unknown> = T[][];

/** Any argument as a grid: `x` → `[[x]]`, `[a, b]` → `[[a, b]]`. */
export function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  if (!Array.isArray(value[0])) return [value as unknown[]];
  return value as Grid;
}

/** Rows × columns of a grid. */
interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** The shape of a grid (columns from its first row). */
export function shapeOf(grid: Grid): Shape {
  return { rows: grid.length, columns: grid[0]?.length ?? 0 };
}

/**
 * The shape two vectorised arguments broadcast to, Excel-style: a 1×1 argument repeats, a single
 * row or column repeats along the other axis; otherwise the shapes must match.
 */
export function broadcastShape(a: Shape, b: Shape, names: [string, string]): Shape {
  const axis = (x: number, y: number, what: string): number => {
    if (x === y || y === 1) return x;
    if (x === 1) return y;
    throw new InvalidInputError(
      `${names[0]} and ${names[1]} have different ${what} (${x} and ${y}); give ranges of the same size or a single value`,
    );
  };
  return { rows: axis(a.rows, b.rows, "numbers of rows"), columns: axis(a.columns, b.columns, "numbers of columns") };
}

/** The element of `grid` at (row, column), repeating a single row/column/value. */
export function at(grid: Grid, row: number, column: number): unknown {
  const r = grid.length === 1 ? grid[0] : grid[row];
  if (!r) return undefined;
  return r.length === 1 ? r[0] : r[column];
}

/** Build a grid of `shape` from `fn(row, column)`. */
export function buildGrid<T>(shape: Shape, fn: (row: number, column: number) => T): Grid<T> {
  const out: Grid<T> = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const line: T[] = new Array(shape.columns);
    for (let c = 0; c < shape.columns; c++) line[c] = fn(r, c);
    out[r] = line;
  }
  return out;
}

import { isEmptyContent } from "./writeGuard";

/**
 * The first run of `width` columns that are empty over every row of `grid` (a block read from
 * the sheet, left to right): its offset from the block's first column, or undefined when the
 * block has none. Enrich's "first empty columns" placement uses it.
 */
export function firstEmptyColumns(grid: readonly (readonly unknown[])[], width: number): number | undefined {
  const columns = grid[0]?.length ?? 0;
  let run = 0;
  for (let c = 0; c < columns; c++) {
    run = grid.every((row) => isEmptyContent(row[c])) ? run + 1 : 0;
    if (run >= width) return c - width + 1;
  }
  return undefined;
}

/**
 * Cell insertion and deletion for the in-memory workbook, as Excel does them: inserting cells
 * shifts those below (or to the right) away; deleting pulls them back. Cells are keyed "row,col".
 */
type CellMap<C> = Map<string, C>;

const parse = (key: string): [number, number] => {
  const comma = key.indexOf(",");
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
};

function move<C>(
  cells: CellMap<C>,
  pick: (row: number, column: number) => boolean,
  to: (row: number, column: number) => [number, number],
  order: (a: [number, number], b: [number, number]) => number,
): void {
  const moving = [...cells.keys()]
    .map(parse)
    .filter(([r, c]) => pick(r, c))
    .sort(order);
  for (const [r, c] of moving) {
    const cell = cells.get(`${r},${c}`) as C;
    cells.delete(`${r},${c}`);
    const [r2, c2] = to(r, c);
    cells.set(`${r2},${c2}`, cell);
  }
}

/** Inserts `count` rows of cells at `row` over columns [column, column + width): cells below move down. */
export function insertRowsAt<C>(cells: CellMap<C>, row: number, column: number, width: number, count: number): void {
  move(
    cells,
    (r, c) => r >= row && c >= column && c < column + width,
    (r, c) => [r + count, c],
    (a, b) => b[0] - a[0],
  );
}

/** Deletes `count` rows of cells at `row` over columns [column, column + width): cells below move up. */
export function deleteRowsAt<C>(cells: CellMap<C>, row: number, column: number, width: number, count: number): void {
  for (let r = row; r < row + count; r++) for (let c = column; c < column + width; c++) cells.delete(`${r},${c}`);
  move(
    cells,
    (r, c) => r >= row + count && c >= column && c < column + width,
    (r, c) => [r - count, c],
    (a, b) => a[0] - b[0],
  );
}

/** Inserts `count` columns of cells at `column` over rows [row, row + height): cells to the right move right. */
export function insertColumnsAt<C>(
  cells: CellMap<C>,
  row: number,
  height: number,
  column: number,
  count: number,
): void {
  move(
    cells,
    (r, c) => c >= column && r >= row && r < row + height,
    (r, c) => [r, c + count],
    (a, b) => b[1] - a[1],
  );
}

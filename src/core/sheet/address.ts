/** A1-style addresses, zero-based row/column indices. */

/** Column letters of a zero-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column index of column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3:D10" for a block at (row 2, column 1) of 8×3. */
export function blockAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const topLeft = `${columnLetters(column)}${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return topLeft;
  return `${topLeft}:${columnLetters(column + columnCount - 1)}${row + rowCount}`;
}

/** A rectangular block of cells, zero-based. */
interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Parses "B3", "B3:D10", "Sheet1!B3:D10" or "'My sheet'!B3" (sheet part ignored). */
export function parseAddress(address: string): CellBlock {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(local.trim());
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  const [, c1, r1, c2, r2] = match as unknown as [string, string, string, string | undefined, string | undefined];
  const row = Number(r1) - 1;
  const column = columnIndex(c1);
  const endRow = r2 === undefined ? row : Number(r2) - 1;
  const endColumn = c2 === undefined ? column : columnIndex(c2);
  return {
    row: Math.min(row, endRow),
    column: Math.min(column, endColumn),
    rowCount: Math.abs(endRow - row) + 1,
    columnCount: Math.abs(endColumn - column) + 1,
  };
}

/**
 * Where a table written from (row, column) lands: the exact block when the row count is known
 * ("C5:F363", header included), otherwise the first cell and the last column ("C5", "F").
 */
export function tableTarget(
  row: number,
  column: number,
  columnCount: number,
  rowCount?: number,
):
  | { readonly exact: true; readonly address: string }
  | { readonly exact: false; readonly cell: string; readonly lastColumn: string } {
  const width = Math.max(1, columnCount);
  if (rowCount !== undefined) return { exact: true, address: blockAddress(row, column, rowCount, width) };
  return { exact: false, cell: blockAddress(row, column, 1, 1), lastColumn: columnLetters(column + width - 1) };
}

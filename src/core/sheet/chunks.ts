import type { CellValue } from "./cells";

/**
 * Splits a block of rows into chunks whose Office.js payload stays under a byte budget.
 * One Excel.run request carries at most ~5 MB (values, formats and overhead together); a chunk
 * plan with a margin keeps every `context.sync()` under it, so a 50,000-row write never fails
 * half-way with "RequestPayloadSizeLimitExceeded".
 */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** Approximate bytes a cell adds to a request: its JSON plus the number-format string. */
export function estimateCellBytes(value: CellValue, numberFormat = "General"): number {
  const valueBytes = value === null ? 4 : typeof value === "string" ? value.length * 2 + 2 : String(value).length;
  return valueBytes + numberFormat.length + 6; // quotes, commas, brackets
}

export interface RowChunk {
  /** Index of the first row of the chunk within the block. */
  readonly start: number;
  /** Number of rows. */
  readonly count: number;
  readonly bytes: number;
}

/** Consecutive row ranges, each within `budget` bytes (a single oversize row stands alone). */
export function planRowChunks(
  values: readonly (readonly CellValue[])[],
  budget = DEFAULT_PAYLOAD_BUDGET_BYTES,
  formatOf: (row: number, column: number) => string = () => "General",
): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, index) => {
    let rowBytes = 2;
    row.forEach((value, column) => (rowBytes += estimateCellBytes(value, formatOf(index, column))));
    if (index > start && bytes + rowBytes > budget) {
      chunks.push({ start, count: index - start, bytes });
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (values.length > start) chunks.push({ start, count: values.length - start, bytes });
  return chunks;
}

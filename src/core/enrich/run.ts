import { DEFAULT_PAYLOAD_BUDGET_BYTES, planRowChunks } from "../sheet/chunks";
import { numberFormatsFor, type CellValue } from "../sheet/cells";

/**
 * Runs an enrichment: the key column is cut into chunks of rows; each chunk's values are computed
 * (one batched look-up per chunk: the services batch and cache), then written beside the keys in
 * writes that each stay under the Office.js payload budget. Cancellation is checked only between
 * writes, so when it stops, every row written is complete (all its new columns) and every row
 * after it untouched.
 */
export interface EnrichJob {
  /** The new columns' headers, written above the first key when the column has a header row. */
  readonly headers: readonly string[];
  /** New columns that hold codes (written as text so "0301" and "1818" stay text). */
  readonly textColumns?: ReadonlySet<number>;
  /** Values for a chunk of keys: one row per key, one cell per header. */
  compute(keys: readonly CellValue[]): Promise<CellValue[][]>;
}

export interface EnrichWrite {
  /** Zero-based index of the first key row of this block. */
  readonly offset: number;
  readonly values: CellValue[][];
  readonly numberFormats: string[][];
}

export interface EnrichOptions {
  /** Keys per computed chunk (default 500). */
  readonly chunkRows?: number;
  /** Byte budget per write (default ~4 MB: under Office.js's ~5 MB request limit). */
  readonly budgetBytes?: number;
  readonly signal?: { readonly aborted: boolean };
  /** Called after each write with the rows done so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Columns written as text whatever their value (codes). */
  readonly textColumns?: ReadonlySet<number>;
}

export interface EnrichResult {
  /** Key rows written (from the first). */
  readonly rows: number;
  readonly cancelled: boolean;
}

export const DEFAULT_CHUNK_ROWS = 500;

/** Consecutive [start, count] chunks of at most `size` rows. */
export function planChunks(total: number, size: number): { start: number; count: number }[] {
  const step = Math.max(1, Math.floor(size));
  const chunks: { start: number; count: number }[] = [];
  for (let start = 0; start < total; start += step) chunks.push({ start, count: Math.min(step, total - start) });
  return chunks;
}

export async function runEnrich(
  keys: readonly CellValue[], job: EnrichJob, write: (block: EnrichWrite) => Promise<void>, options: EnrichOptions = {},
): Promise<EnrichResult> {
  const width = job.headers.length;
  let done = 0;
  for (const chunk of planChunks(keys.length, options.chunkRows ?? DEFAULT_CHUNK_ROWS)) {
    if (options.signal?.aborted) return { rows: done, cancelled: true };
    const computed = await job.compute(keys.slice(chunk.start, chunk.start + chunk.count));
    // Every row gets exactly `width` cells, so a written row is always complete.
    const values: CellValue[][] = computed.slice(0, chunk.count).map((row) => Array.from({ length: width }, (_, c): CellValue => row[c] ?? ""));
    while (values.length < chunk.count) values.push(Array<CellValue>(width).fill(""));
    const formats = numberFormatsFor(values, options.textColumns ?? job.textColumns);
    for (const piece of planRowChunks(values, options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES, (r, c) => formats[r]?.[c] ?? "General")) {
      if (options.signal?.aborted) return { rows: done, cancelled: true };
      await write({ offset: chunk.start + piece.start, values: values.slice(piece.start, piece.start + piece.count), numberFormats: formats.slice(piece.start, piece.start + piece.count) });
      done = chunk.start + piece.start + piece.count;
      options.onProgress?.(done, keys.length);
    }
  }
  return { rows: done, cancelled: false };
}

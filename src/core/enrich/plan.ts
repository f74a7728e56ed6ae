/**
 * How an enrichment is cut up: fetch chunks (the keys computed together) and how many of them run
 * at once. Fetching and writing are planned apart: a fetch chunk is sized for the fetch layer's
 * batches, a write for Office.js's payload budget (./writeBuffer.ts).
 */

/** Rows per fetch chunk for a job that does not batch per key (KLASS: its cost is per version). */
export const DEFAULT_CHUNK_ROWS = 500;

/** Fetch chunks computed at once: the next chunk's requests are out while one is parsed and written. */
export const DEFAULT_CHUNKS_IN_FLIGHT = 2;

/**
 * How a job's look-ups reach the network: `rows` keys fill one request (the fetch layer's
 * effective batch maximum), and `parallel` requests go to the host at once.
 */
export interface EnrichBatching {
  readonly rows: number;
  readonly parallel: number;
}

/** Consecutive [start, count] chunks of at most `size` rows. */
export function planChunks(total: number, size: number): { start: number; count: number }[] {
  const step = Math.max(1, Math.floor(size));
  const chunks: { start: number; count: number }[] = [];
  for (let start = 0; start < total; start += step) chunks.push({ start, count: Math.min(step, total - start) });
  return chunks;
}

/**
 * Rows per fetch chunk. A batching job's chunks are whole multiples of its batch, so the
 * micro-batcher cuts every window (one chunk, or several started together) into full requests:
 * by default one request per connection (`rows × parallel`); a requested size is rounded down to
 * a multiple of `rows`. A size below one batch is kept as asked (small chunks, for progress on
 * small columns: chunks started together still share a batch window).
 *
 * @example fetchChunkRows({ rows: 791, parallel: 6 }) // 4746
 * @example fetchChunkRows({ rows: 791, parallel: 6 }, 2000) // 1582
 * @example fetchChunkRows({ rows: 791, parallel: 6 }, 250) // 250
 */
export function fetchChunkRows(batching: EnrichBatching | undefined, requested?: number): number {
  if (batching === undefined) return Math.max(1, Math.floor(requested ?? DEFAULT_CHUNK_ROWS));
  const rows = Math.max(1, Math.floor(batching.rows));
  if (requested === undefined) return rows * Math.max(1, Math.floor(batching.parallel));
  const size = Math.max(1, Math.floor(requested));
  return size < rows ? size : Math.floor(size / rows) * rows;
}

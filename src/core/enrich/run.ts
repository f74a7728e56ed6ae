import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../sheet/chunks";
import { numberFormatsFor, type CellValue } from "../sheet/cells";
import { DEFAULT_CHUNKS_IN_FLIGHT, fetchChunkRows, planChunks, type EnrichBatching } from "./plan";
import { WriteBuffer, type EnrichWrite } from "./writeBuffer";

/**
 * Runs an enrichment with fetching and writing decoupled: the key column is computed in fetch
 * chunks sized for the fetch layer's batches (./plan.ts), a bounded number at once, and the
 * results are written in key order in writes sized by the Office.js payload budget
 * (./writeBuffer.ts). Cancellation is checked only between writes, so when it stops, every row
 * written is complete (all its new columns) and every row after it untouched; rows computed but
 * not yet written are dropped, and no chunk starts after it.
 */
export interface EnrichJob {
  /** The new columns' headers, written above the first key when the column has a header row. */
  readonly headers: readonly string[];
  /** New columns that hold codes (written as text so "0301" and "1818" stay text). */
  readonly textColumns?: ReadonlySet<number>;
  /** How the job's look-ups batch, when they cost per key (BRREG); absent: chunks of DEFAULT_CHUNK_ROWS. */
  readonly batching?: EnrichBatching;
  /** Values for a chunk of keys: one row per key, one cell per header. */
  compute(keys: readonly CellValue[]): Promise<CellValue[][]>;
}

interface EnrichOptions {
  /**
   * Rows per chunk, to show progress on small columns: no write carries more rows, and keys are
   * fetched in chunks of this many (rounded down to whole batches when larger than one).
   * Default: fetch chunks from the job's batching, writes sized only by the budget.
   */
  readonly chunkRows?: number;
  /** Fetch chunks computed at once (default {@link DEFAULT_CHUNKS_IN_FLIGHT}). */
  readonly chunksInFlight?: number;
  /** Byte budget per write (default ~4 MB: under Office.js's ~5 MB request limit). */
  readonly budgetBytes?: number;
  readonly signal?: { readonly aborted: boolean };
  /** Called after each write with the rows done (written, from the first) so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Columns written as text whatever their value (codes). */
  readonly textColumns?: ReadonlySet<number>;
}

interface EnrichResult {
  /** Key rows written (from the first). */
  readonly rows: number;
  readonly cancelled: boolean;
}

/** Exactly `count` rows of exactly `width` cells, so a written row is always complete. */
function complete(computed: readonly (readonly CellValue[])[], count: number, width: number): CellValue[][] {
  const values = computed
    .slice(0, count)
    .map((row) => Array.from({ length: width }, (_, c): CellValue => row[c] ?? ""));
  while (values.length < count) values.push(Array<CellValue>(width).fill(""));
  return values;
}

/**
 * @example
 * const result = await runEnrich(keys, brregEnrichJob(brreg, ["navn"], services.config),
 *   (block) => gateway.write({ sheet, row: first + block.offset, column, values: block.values, numberFormats: block.numberFormats }),
 *   { signal: controller.signal, onProgress: (done, total) => show(done, total) });
 */
export async function runEnrich(
  keys: readonly CellValue[],
  job: EnrichJob,
  write: (block: EnrichWrite) => Promise<void>,
  options: EnrichOptions = {},
): Promise<EnrichResult> {
  const width = job.headers.length;
  const textColumns = options.textColumns ?? job.textColumns;
  const chunks = planChunks(keys.length, fetchChunkRows(job.batching, options.chunkRows));
  const inFlight = Math.max(1, Math.floor(options.chunksInFlight ?? DEFAULT_CHUNKS_IN_FLIGHT));
  const buffer = new WriteBuffer(options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES, options.chunkRows);
  const aborted = () => options.signal?.aborted === true;
  const queue: Promise<CellValue[][]>[] = [];
  let next = 0;
  let done = 0;

  // Chunks started in one go reach the batcher in the same window, so their keys share requests.
  const startFetches = () => {
    while (!aborted() && queue.length < inFlight && next < chunks.length) {
      const { start, count } = chunks[next++]!;
      const rows = (async () => complete(await job.compute(keys.slice(start, start + count)), count, width))();
      // Handled here too: a chunk dropped by a cancel or after a failure must not reject unhandled.
      rows.catch(() => undefined);
      queue.push(rows);
    }
  };

  /** Writes what is ready, in order; false when cancelled (the rest is dropped). */
  const flush = async (final: boolean): Promise<boolean> => {
    for (const block of buffer.take(final)) {
      if (aborted()) return false;
      await write(block);
      done = block.offset + block.values.length;
      options.onProgress?.(done, keys.length);
    }
    return !aborted();
  };

  startFetches();
  while (queue.length > 0) {
    let rows: CellValue[][];
    try {
      rows = await queue.shift()!;
    } catch (error) {
      // The rows before the failed chunk are complete: write them, then fail.
      if (!aborted()) await flush(true);
      throw error;
    }
    if (aborted()) return { rows: done, cancelled: true };
    startFetches();
    buffer.add(rows, numberFormatsFor(rows, textColumns));
    // Each completed chunk is written at once (in budget-sized writes), so progress moves and
    // Cancel has a point to stop at every chunk (≈4,700 rows for BRREG), not only at the end.
    if (!(await flush(true))) return { rows: done, cancelled: true };
  }
  return { rows: done, cancelled: false };
}

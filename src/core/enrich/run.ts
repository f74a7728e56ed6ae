import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../sheet/chunks";
import type { CellValue } from "../sheet/cells";
import { settleRows, type EnrichCell, type FailureStyle } from "./failures";
import { DEFAULT_CHUNKS_IN_FLIGHT, fetchChunkRows, planChunks, type EnrichBatching } from "./plan";
import { WriteBuffer, type EnrichWrite } from "./writeBuffer";

/**
 * Runs an enrichment with fetching and writing decoupled: the key column is computed in fetch
 * chunks sized for the fetch layer's batches (./plan.ts), a bounded number at once, and the
 * results are written in key order in writes sized by the Office.js payload budget
 * (./writeBuffer.ts). Cancellation is checked only between writes, so when it stops, every row
 * written is complete (all its new columns) and every row after it untouched; rows computed but
 * not yet written are dropped, and no chunk starts after it.
 *
 * Every write carries the job's columns and then one note column: a failed row's value cells stay
 * clean (empty, or `=NA()`; ./failures.ts) and its reason goes in the note. A chunk whose look-up
 * fails as a whole (the service is down) fails each of its rows the same way, and the run goes on:
 * it ends with counts of filled and failed rows, never with a success it did not have.
 */
export interface EnrichJob {
  /** The new columns' headers, written above the first key when the column has a header row. */
  readonly headers: readonly string[];
  /** New columns that hold codes (written as text so "0301" and "1818" stay text). */
  readonly textColumns?: ReadonlySet<number>;
  /** Number formats of whole new columns (dates: Excel serials with a date format). */
  readonly columnFormats?: ReadonlyMap<number, string>;
  /** How the job's look-ups batch, when they cost per key (BRREG); absent: chunks of DEFAULT_CHUNK_ROWS. */
  readonly batching?: EnrichBatching;
  /** Values for a chunk of keys: one row per key, one cell per header; an Error where that cell failed. */
  compute(keys: readonly CellValue[]): Promise<EnrichCell[][]>;
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
  /** What a failed value cell shows (default "note": empty, reason in the note column). */
  readonly failureStyle?: FailureStyle;
  /** The note for a failed cell, in the user's language (default: the error's message). */
  readonly reason?: (error: Error) => string;
}

interface EnrichResult {
  /** Key rows written (from the first). */
  readonly rows: number;
  readonly cancelled: boolean;
  /** Written rows with a key and every value found. */
  readonly filled: number;
  /** Written rows with a failed value (a reason in their note cell). */
  readonly failed: number;
}

/** Exactly `count` rows of exactly `width` cells, so a written row is always complete. */
function complete(computed: readonly (readonly EnrichCell[])[], count: number, width: number): EnrichCell[][] {
  const values = computed
    .slice(0, count)
    .map((row) => Array.from({ length: width }, (_, c): EnrichCell => row[c] ?? ""));
  while (values.length < count) values.push(Array<EnrichCell>(width).fill(""));
  return values;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

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
  const style = options.failureStyle ?? "note";
  const reason = options.reason ?? ((error: Error) => error.message);
  const queue: { start: number; rows: Promise<EnrichCell[][]> }[] = [];
  let next = 0;
  let done = 0;
  let filled = 0;
  let failed = 0;

  // Chunks started in one go reach the batcher in the same window, so their keys share requests.
  const startFetches = () => {
    while (!aborted() && queue.length < inFlight && next < chunks.length) {
      const { start, count } = chunks[next++]!;
      // A chunk that fails as a whole fails each of its rows (with the one reason), and the run goes on.
      const rows = (async () => {
        try {
          return complete(await job.compute(keys.slice(start, start + count)), count, width);
        } catch (error) {
          return Array.from({ length: count }, () => Array<EnrichCell>(width).fill(asError(error)));
        }
      })();
      queue.push({ start, rows });
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

  const result = (cancelled: boolean): EnrichResult => ({ rows: done, cancelled, filled, failed });
  startFetches();
  while (queue.length > 0) {
    const { start, rows } = queue.shift()!;
    const computed = await rows;
    if (aborted()) return result(true);
    startFetches();
    const settled = settleRows(
      keys.slice(start, start + computed.length),
      computed,
      textColumns,
      style,
      reason,
      job.columnFormats,
    );
    buffer.add(settled.values, settled.numberFormats);
    // Each completed chunk is written at once (in budget-sized writes), so progress moves and
    // Cancel has a point to stop at every chunk (≈4,700 rows for BRREG), not only at the end.
    const written = await flush(true);
    // Counted once its rows are written (a cancel drops a chunk's rows before they are).
    filled += settled.filled;
    failed += settled.failed;
    if (!written) return result(true);
  }
  return result(false);
}

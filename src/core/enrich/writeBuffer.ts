import { planRowChunks } from "../sheet/chunks";
import type { CellValue } from "../sheet/cells";

/** One block written beside the keys. */
export interface EnrichWrite {
  /** Zero-based index of the first key row of this block. */
  readonly offset: number;
  readonly values: CellValue[][];
  readonly numberFormats: string[][];
}

/**
 * Computed rows waiting to be written, in key order, cut into writes that each stay under the
 * payload budget (planRowChunks) and hold at most `maxRows` rows. `take(false)` releases only
 * writes the rows after them have closed (by budget or row count); `take(true)` releases all —
 * runEnrich does that after every fetch chunk, so progress and Cancel move chunk by chunk.
 */
export class WriteBuffer {
  readonly #budget: number;
  readonly #maxRows: number;
  #offset = 0;
  #values: CellValue[][] = [];
  #formats: string[][] = [];

  constructor(budgetBytes: number, maxRows = Number.POSITIVE_INFINITY) {
    this.#budget = budgetBytes;
    this.#maxRows = Math.max(1, Math.floor(maxRows));
  }

  /** Rows buffered and not yet taken. */
  get rows(): number {
    return this.#values.length;
  }

  /** Appends the next rows in key order (each row complete: one cell per new column). */
  add(values: readonly CellValue[][], formats: readonly string[][]): void {
    for (let r = 0; r < values.length; r++) {
      this.#values.push(values[r]!);
      this.#formats.push(formats[r]!);
    }
  }

  /** The writes that are ready (all of them when `final`), removed from the buffer, in order. */
  take(final: boolean): EnrichWrite[] {
    const pieces: { start: number; count: number }[] = [];
    for (const chunk of planRowChunks(this.#values, this.#budget, (r, c) => this.#formats[r]?.[c] ?? "General")) {
      for (let start = chunk.start; start < chunk.start + chunk.count; start += this.#maxRows) {
        pieces.push({ start, count: Math.min(this.#maxRows, chunk.start + chunk.count - start) });
      }
    }
    const last = pieces[pieces.length - 1];
    // The last piece may still grow, unless it is full by row count or nothing more comes.
    const ready = final || (last !== undefined && last.count >= this.#maxRows) ? pieces : pieces.slice(0, -1);
    if (ready.length === 0) return [];
    const end = ready[ready.length - 1]!.start + ready[ready.length - 1]!.count;
    const writes = ready.map((p) => ({
      offset: this.#offset + p.start,
      values: this.#values.slice(p.start, p.start + p.count),
      numberFormats: this.#formats.slice(p.start, p.start + p.count),
    }));
    this.#values = this.#values.slice(end);
    this.#formats = this.#formats.slice(end);
    this.#offset += end;
    return writes;
  }
}

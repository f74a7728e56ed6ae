import type { Scheduler } from "../clock";
import { isKbError } from "../errors";
import { chunkKeys, type ChunkLimits } from "./chunk";

/**
 * Loads one list request worth of keys. Keys absent from the returned map are misses (the caller
 * decides what a miss means); keys in the map that were not asked for are ignored, so a response
 * that does not match its batch cannot answer the wrong caller.
 */
export type BatchLoad<V> = (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>;

/** Options of {@link MicroBatcher}. */
interface MicroBatcherOptions<V> extends ChunkLimits {
  readonly load: BatchLoad<V>;
  /** How long keys are collected before the batch is sent, ms (a lone key waits exactly this long). */
  readonly windowMs: number;
  /**
   * While keys are still arriving when the window closes (the last one less than this long ago),
   * the window stays open until they pause this long; default `windowMs`. Full lists are sent
   * meanwhile; only the last, partial one waits.
   */
  readonly idleMs?: number;
  /** The most a key waits before it is sent, however keys keep arriving; default 10 × `windowMs`. */
  readonly maxWaitMs?: number;
  readonly scheduler: Scheduler;
  /**
   * True when a failed request should be split in two and retried: by default a 414, or a 400
   * (the list itself is the likely complaint: too many numbers or one bad number; halving finds
   * out and isolates a bad key, which then fails alone).
   */
  readonly shouldSplit?: (error: unknown, keys: readonly string[]) => boolean;
  /** Told about every request sent (for metrics). */
  readonly onBatch?: (keys: readonly string[]) => void;
}

interface Waiter<V> {
  /** When the key was first asked for (the scheduler's clock). */
  readonly at: number;
  readonly promise: Promise<V | undefined>;
  readonly resolve: (value: V | undefined) => void;
  readonly reject: (error: unknown) => void;
}

function defaultShouldSplit(error: unknown): boolean {
  return isKbError(error) && (error.status === 414 || error.status === 400);
}

function waiter<V>(at: number): Waiter<V> {
  let resolve!: (value: V | undefined) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<V | undefined>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { at, promise, resolve, reject };
}

/**
 * A keyed micro-batcher. `get(key)` calls within one window become as few `load` calls as the
 * limits allow; a key already waiting or in flight is not asked again; every caller gets its own
 * key's answer (undefined for a miss), and one request's failure rejects only its own keys.
 *
 * The window: it opens with the first key and closes `windowMs` later, so a lone key (one cell
 * recalculated) waits exactly that long. When keys are still arriving then (Excel hands a column
 * of single-cell formulas to the runtime in several messages, each a burst with gaps between), it
 * stays open until they pause for `idleMs`, at most `maxWaitMs` after its oldest key: lists that
 * are already full go out at once, and only the last, partial list waits for more keys, so bursts
 * that together fit one list share it instead of each closing its own half-full one.
 *
 * @example
 * const batcher = new MicroBatcher({ load, windowMs: 20, maxKeys: 1000, maxUrlBytes: 8000, baseBytes: 80, scheduler });
 * const [a, b] = await Promise.all([batcher.get("923609016"), batcher.get("974760673")]); // one request
 */
export class MicroBatcher<V> {
  readonly #options: MicroBatcherOptions<V>;
  readonly #shouldSplit: (error: unknown, keys: readonly string[]) => boolean;
  #pending = new Map<string, Waiter<V>>();
  readonly #inflight = new Map<string, Waiter<V>>();
  #cancelFlush: (() => void) | undefined;
  /** When the newest waiting key was asked for. */
  #lastArrival = 0;
  readonly #idleMs: number;
  readonly #maxWaitMs: number;

  constructor(options: MicroBatcherOptions<V>) {
    if (!Number.isInteger(options.maxKeys) || options.maxKeys < 1)
      throw new RangeError(`Option "maxKeys" must be an integer ≥ 1; got ${options.maxKeys}.`);
    if (!(options.maxUrlBytes > options.baseBytes))
      throw new RangeError(
        `Option "maxUrlBytes" (${options.maxUrlBytes}) must exceed the URL's base (${options.baseBytes} bytes).`,
      );
    if (!(options.windowMs >= 0)) throw new RangeError(`Option "windowMs" must be ≥ 0; got ${options.windowMs}.`);
    this.#options = options;
    this.#shouldSplit = options.shouldSplit ?? defaultShouldSplit;
    this.#idleMs = options.idleMs ?? options.windowMs;
    this.#maxWaitMs = Math.max(options.windowMs, options.maxWaitMs ?? 10 * options.windowMs);
  }

  /** Keys waiting for the window to close. */
  get pending(): number {
    return this.#pending.size;
  }

  /** The value for `key` from the next batch, or undefined when the list did not hold it. */
  get(key: string): Promise<V | undefined> {
    const known = this.#pending.get(key) ?? this.#inflight.get(key);
    if (known) return known.promise;
    const now = this.#options.scheduler.now();
    const entry = waiter<V>(now);
    this.#pending.set(key, entry);
    this.#lastArrival = now;
    if (this.#cancelFlush === undefined) {
      this.#cancelFlush = this.#options.scheduler.schedule(() => this.#windowClosing(), this.#options.windowMs);
    }
    return entry.promise;
  }

  /**
   * The window's timer: everything goes when keys have paused for `idleMs`; else the lists already
   * full go, and the last, partial one waits for the pause — unless its oldest key has waited
   * `maxWaitMs`.
   */
  #windowClosing(): void {
    this.#cancelFlush = undefined;
    const now = this.#options.scheduler.now();
    if (now - this.#lastArrival >= this.#idleMs) {
      this.flush();
      return;
    }
    const chunks = chunkKeys([...this.#pending.keys()], this.#options);
    const waiting = chunks.pop() ?? [];
    if (chunks.length > 0) {
      const batch = this.#pending;
      this.#pending = new Map();
      for (const key of waiting) this.#pending.set(key, batch.get(key) as Waiter<V>);
      for (const keys of chunks) {
        for (const key of keys) this.#inflight.set(key, batch.get(key) as Waiter<V>);
        void this.#send(keys, batch);
      }
    }
    const first = this.#pending.values().next().value?.at ?? now;
    if (now - first >= this.#maxWaitMs) {
      this.flush();
      return;
    }
    const next = Math.min(this.#lastArrival + this.#idleMs, first + this.#maxWaitMs);
    this.#cancelFlush = this.#options.scheduler.schedule(() => this.#windowClosing(), Math.max(1, next - now));
  }

  /** Sends what is waiting now, without waiting for the window. */
  flush(): void {
    this.#cancelFlush?.();
    this.#cancelFlush = undefined;
    const batch = this.#pending;
    if (batch.size === 0) return;
    this.#pending = new Map();
    for (const [key, entry] of batch) this.#inflight.set(key, entry);
    for (const keys of chunkKeys([...batch.keys()], this.#options)) void this.#send(keys, batch);
  }

  /** Rejects every waiting key (on close), so nothing stays pending. */
  cancel(reason: unknown): void {
    this.#cancelFlush?.();
    this.#cancelFlush = undefined;
    for (const entry of this.#pending.values()) entry.reject(reason);
    this.#pending.clear();
  }

  async #send(keys: readonly string[], batch: ReadonlyMap<string, Waiter<V>>): Promise<void> {
    this.#options.onBatch?.(keys);
    let found: ReadonlyMap<string, V>;
    try {
      found = await this.#options.load(keys);
    } catch (error) {
      if (keys.length > 1 && this.#shouldSplit(error, keys)) {
        const half = Math.ceil(keys.length / 2);
        await Promise.all([this.#send(keys.slice(0, half), batch), this.#send(keys.slice(half), batch)]);
        return;
      }
      for (const key of keys) this.#settle(key, batch, (entry) => entry.reject(error));
      return;
    }
    for (const key of keys) this.#settle(key, batch, (entry) => entry.resolve(found.get(key)));
  }

  #settle(key: string, batch: ReadonlyMap<string, Waiter<V>>, how: (entry: Waiter<V>) => void): void {
    const entry = batch.get(key);
    if (entry === undefined) return;
    if (this.#inflight.get(key) === entry) this.#inflight.delete(key);
    how(entry);
  }
}

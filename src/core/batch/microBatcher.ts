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
  /** How long keys are collected before the batch is sent, ms. */
  readonly windowMs: number;
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
  readonly promise: Promise<V | undefined>;
  readonly resolve: (value: V | undefined) => void;
  readonly reject: (error: unknown) => void;
}

function defaultShouldSplit(error: unknown): boolean {
  return isKbError(error) && (error.status === 414 || error.status === 400);
}

function waiter<V>(): Waiter<V> {
  let resolve!: (value: V | undefined) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<V | undefined>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * A keyed micro-batcher. `get(key)` calls within one window become as few `load` calls as the
 * limits allow; a key already waiting or in flight is not asked again; every caller gets its own
 * key's answer (undefined for a miss), and one request's failure rejects only its own keys.
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
  }

  /** Keys waiting for the window to close. */
  get pending(): number {
    return this.#pending.size;
  }

  /** The value for `key` from the next batch, or undefined when the list did not hold it. */
  get(key: string): Promise<V | undefined> {
    const known = this.#pending.get(key) ?? this.#inflight.get(key);
    if (known) return known.promise;
    const entry = waiter<V>();
    this.#pending.set(key, entry);
    if (this.#cancelFlush === undefined) {
      this.#cancelFlush = this.#options.scheduler.schedule(() => this.flush(), this.#options.windowMs);
    }
    return entry.promise;
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

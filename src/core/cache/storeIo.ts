import { systemClock, type Clock } from "../clock";
import type { PersistentStore } from "../store/types";

/** How long a store call may take before it counts as failed (a blocked IndexedDB open never settles), ms. */
export const STORE_TIMEOUT_MS = 2_000;

/** After a store call timed out, the store is skipped (reads are misses, writes dropped) this long, ms. */
const STORE_SKIP_MS = 60_000;

/** Options of {@link StoreIo}. */
interface StoreIoOptions {
  /** Told about store failures (quota, a closed database, a timeout). */
  readonly onError: (error: unknown) => void;
  /** Told when a store call timed out (counted in metrics). */
  readonly onTimeout?: () => void;
  readonly clock?: Clock;
  /** Default {@link STORE_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
}

/** Thrown (to `onError`) when the store did not answer in time. */
class StoreTimeoutError extends Error {
  override readonly name = "StoreTimeoutError";
}

/**
 * `call()` bounded in time: resolves with its value, or rejects with StoreTimeoutError after `ms`;
 * a synchronous throw becomes a rejection. The timer is always cleared.
 */
export function withStoreTimeout<T>(call: () => Promise<T>, clock: Clock, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = clock.setTimeout(
      () => reject(new StoreTimeoutError(`the persistent store did not answer a ${what} within ${ms} ms`)),
      ms,
    );
    let pending: Promise<T>;
    try {
      pending = call();
    } catch (error) {
      clock.clearTimeout(timer);
      reject(error);
      return;
    }
    pending.then(
      (value) => {
        clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clock.clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Batches the cache's traffic with the persistent store: reads asked for in one tick go out as one
 * `getMany`, writes as one `setMany`/`delMany` (IndexedDB costs a transaction per call, and a
 * batch of 1,000 units would otherwise be 1,000 transactions). Writes are behind: the memory
 * cache answers at once; {@link StoreIo.flush} waits until the store has them.
 */
export class StoreIo {
  readonly #store: PersistentStore;
  readonly #onError: (error: unknown) => void;
  readonly #onTimeout: () => void;
  readonly #clock: Clock;
  readonly #timeoutMs: number;
  /** After a timeout the store is skipped until then (a blocked IndexedDB stays blocked for a while). */
  #skipUntil = 0;
  #reads = new Map<string, Array<(value: unknown) => void>>();
  #readScheduled = false;
  /** key → record to write, or null to delete. */
  #writes = new Map<string, unknown>();
  #writeScheduled = false;
  #flushing: Promise<void> = Promise.resolve();

  constructor(store: PersistentStore, options: StoreIoOptions) {
    this.#store = store;
    this.#onError = options.onError;
    this.#onTimeout = options.onTimeout ?? (() => undefined);
    this.#clock = options.clock ?? systemClock;
    this.#timeoutMs = options.timeoutMs ?? STORE_TIMEOUT_MS;
  }

  /** `call` with the store timeout; a timeout is counted before the rejection. */
  bounded<T>(call: () => Promise<T>, what: string): Promise<T> {
    if (this.#clock.now() < this.#skipUntil)
      return Promise.reject(new StoreTimeoutError(`the persistent store is not answering; ${what} skipped`));
    return withStoreTimeout(call, this.#clock, this.#timeoutMs, what).catch((error: unknown) => {
      if (error instanceof StoreTimeoutError) {
        this.#onTimeout();
        this.#skipUntil = this.#clock.now() + STORE_SKIP_MS;
      }
      throw error;
    });
  }

  /**
   * The stored value, or undefined. Never rejects and always settles: a failing, throwing or
   * blocked store (after the store timeout) reads as empty — a miss, not a #BUSY! cell.
   */
  read(key: string): Promise<unknown> {
    if (this.#writes.has(key)) return Promise.resolve(this.#writes.get(key) ?? undefined);
    return new Promise((resolve) => {
      const waiting = this.#reads.get(key);
      if (waiting) waiting.push(resolve);
      else this.#reads.set(key, [resolve]);
      if (!this.#readScheduled) {
        this.#readScheduled = true;
        queueMicrotask(() => this.#readNow());
      }
    });
  }

  #readNow(): void {
    const reads = this.#reads;
    this.#reads = new Map();
    this.#readScheduled = false;
    const keys = [...reads.keys()];
    this.bounded(() => this.#store.getMany(keys), "read").then(
      (values) => keys.forEach((key, i) => reads.get(key)?.forEach((resolve) => resolve(values?.[i]))),
      (error: unknown) => {
        this.#onError(error);
        for (const resolvers of reads.values()) resolvers.forEach((resolve) => resolve(undefined));
      },
    );
  }

  write(key: string, record: unknown): void {
    this.#writes.set(key, record);
    this.#scheduleWrite();
  }

  remove(key: string): void {
    this.#writes.set(key, null);
    this.#scheduleWrite();
  }

  /** Forget queued writes (before a clear). */
  discard(): void {
    this.#writes.clear();
  }

  #scheduleWrite(): void {
    if (this.#writeScheduled) return;
    this.#writeScheduled = true;
    queueMicrotask(() => {
      this.#writeScheduled = false;
      this.#flushing = this.#flushing.then(() => this.#writeNow());
    });
  }

  async #writeNow(): Promise<void> {
    const writes = this.#writes;
    if (writes.size === 0) return;
    this.#writes = new Map();
    const sets: Array<readonly [string, unknown]> = [];
    const dels: string[] = [];
    for (const [key, record] of writes) {
      if (record === null) dels.push(key);
      else sets.push([key, record]);
    }
    try {
      if (sets.length) await this.bounded(() => this.#store.setMany(sets), "write");
      if (dels.length) await this.bounded(() => this.#store.delMany(dels), "delete");
    } catch (error) {
      // A full or broken store only loses persistence; the memory cache still answers.
      this.#onError(error);
    }
  }

  /** Resolves once every write queued so far is in the store. */
  async flush(): Promise<void> {
    await Promise.resolve();
    this.#flushing = this.#flushing.then(() => this.#writeNow());
    await this.#flushing;
  }
}

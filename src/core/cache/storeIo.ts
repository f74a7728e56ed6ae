import type { PersistentStore } from "../store/types";

/**
 * Batches the cache's traffic with the persistent store: reads asked for in one tick go out as one
 * `getMany`, writes as one `setMany`/`delMany` (IndexedDB costs a transaction per call, and a
 * batch of 1,000 units would otherwise be 1,000 transactions). Writes are behind: the memory
 * cache answers at once; {@link StoreIo.flush} waits until the store has them.
 */
export class StoreIo {
  readonly #store: PersistentStore;
  readonly #onError: (error: unknown) => void;
  #reads = new Map<string, Array<(value: unknown) => void>>();
  #readScheduled = false;
  /** key → record to write, or null to delete. */
  #writes = new Map<string, unknown>();
  #writeScheduled = false;
  #flushing: Promise<void> = Promise.resolve();

  constructor(store: PersistentStore, onError: (error: unknown) => void) {
    this.#store = store;
    this.#onError = onError;
  }

  /** The stored value, or undefined. Never rejects: a failing store reads as empty. */
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
    this.#store.getMany(keys).then(
      (values) => keys.forEach((key, i) => reads.get(key)?.forEach((resolve) => resolve(values[i]))),
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
      if (sets.length) await this.#store.setMany(sets);
      if (dels.length) await this.#store.delMany(dels);
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

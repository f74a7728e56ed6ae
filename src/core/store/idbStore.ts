import { clear, createStore, delMany, getMany, keys, setMany, type UseStore } from "idb-keyval";
import type { PersistentStore } from "./types";

/** Where the cache lives in IndexedDB. */
export interface IdbStoreOptions {
  /** Database name (default "klass-brreg"). */
  readonly dbName?: string;
  /** Object store name (default "cache"). */
  readonly storeName?: string;
}

/**
 * A {@link PersistentStore} over IndexedDB through idb-keyval (a well-kept 600-byte wrapper: one
 * object store, batched getMany/setMany in one transaction each).
 */
class IdbStore implements PersistentStore {
  readonly kind = "indexeddb";
  readonly #store: UseStore;

  constructor(options: IdbStoreOptions = {}) {
    if (!hasIndexedDb())
      throw new TypeError("IndexedDB is not available here; use createMemoryStore() or createDefaultStore().");
    this.#store = createStore(options.dbName ?? "klass-brreg", options.storeName ?? "cache");
  }

  getMany(keyList: readonly string[]): Promise<unknown[]> {
    return keyList.length ? getMany([...keyList], this.#store) : Promise.resolve([]);
  }

  setMany(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
    return entries.length
      ? setMany(
          entries.map(([key, value]) => [key, value]),
          this.#store,
        )
      : Promise.resolve();
  }

  delMany(keyList: readonly string[]): Promise<void> {
    return keyList.length ? delMany([...keyList], this.#store) : Promise.resolve();
  }

  async keys(): Promise<string[]> {
    return (await keys(this.#store)).map(String);
  }

  clear(): Promise<void> {
    return clear(this.#store);
  }
}

/** Feature detection: the core runs in Node and in hosts without IndexedDB. */
export function hasIndexedDb(): boolean {
  return (
    typeof (globalThis as { indexedDB?: unknown }).indexedDB === "object" &&
    (globalThis as { indexedDB?: unknown }).indexedDB !== null
  );
}

/** An IndexedDB-backed store. Throws when IndexedDB is missing (see {@link hasIndexedDb}). */
export function createIdbStore(options?: IdbStoreOptions): IdbStore {
  return new IdbStore(options);
}

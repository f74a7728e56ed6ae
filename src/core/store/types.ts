/**
 * A persistent key-value store under the memory cache: IndexedDB in the browser (./idbStore.ts),
 * a Map in Node and wherever IndexedDB is missing (./memoryStore.ts). Values are plain data
 * (structured-clonable); keys are the cache's namespaced keys plus `sync/<api>` records.
 * Every method works in batches, because IndexedDB costs a transaction per call.
 */
export interface PersistentStore {
  /** "indexeddb", "memory", or a custom name; shown in the taskpane. */
  readonly kind: string;
  /** Values in the order of `keys`; undefined where absent. */
  getMany(keys: readonly string[]): Promise<unknown[]>;
  setMany(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void>;
  delMany(keys: readonly string[]): Promise<void>;
  /** Every key (the caller filters by prefix: IndexedDB through idb-keyval has no prefix scan). */
  keys(): Promise<string[]>;
  clear(): Promise<void>;
}

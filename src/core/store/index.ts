import { createIdbStore, hasIndexedDb, type IdbStoreOptions } from "./idbStore";
import { createMemoryStore } from "./memoryStore";
import type { PersistentStore } from "./types";

export type { PersistentStore } from "./types";
export { MemoryStore, createMemoryStore } from "./memoryStore";
export { IdbStore, createIdbStore, hasIndexedDb, type IdbStoreOptions } from "./idbStore";

/** IndexedDB where the host has it, else memory. */
export function createDefaultStore(options?: IdbStoreOptions): PersistentStore {
  return hasIndexedDb() ? createIdbStore(options) : createMemoryStore();
}

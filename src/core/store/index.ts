import { createIdbStore, hasIndexedDb, type IdbStoreOptions } from "./idbStore";
import { createMemoryStore } from "./memoryStore";
import { storeNamespace } from "./namespacedStore";
import type { PersistentStore } from "./types";

export type { PersistentStore } from "./types";
export { createMemoryStore } from "./memoryStore";
export { createIdbStore } from "./idbStore";

export { NamespacedStore, storeNamespace } from "./namespacedStore";

/** The base URLs a default store is for (its database is theirs alone). */
interface StoreBases {
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
}

/**
 * IndexedDB where the host has it, else memory. With `bases`, the database is named for them
 * (`klass-brreg-<hash>`), so changing a base URL in Settings starts from an empty cache rather than
 * serving the other service's data; an explicit `dbName` wins.
 */
export function createDefaultStore(options: IdbStoreOptions & { readonly bases?: StoreBases } = {}): PersistentStore {
  if (!hasIndexedDb()) return createMemoryStore();
  const { bases, ...idb } = options;
  return createIdbStore({ ...idb, dbName: idb.dbName ?? (bases ? `klass-brreg-${storeNamespace(bases)}` : undefined) });
}

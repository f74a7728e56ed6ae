import type { PersistentStore } from "./types";

/**
 * A {@link PersistentStore} in memory: for Node, tests and hosts without IndexedDB. "Persistent"
 * for as long as the object lives, so two services instances handed the same store share it, as
 * two page loads share IndexedDB. Values are copied in and out (structuredClone) as IndexedDB
 * would, so no caller can change another's data by mutating a value.
 */
export class MemoryStore implements PersistentStore {
  readonly kind = "memory";
  readonly #data = new Map<string, unknown>();

  /** Entries held. */
  get size(): number {
    return this.#data.size;
  }

  async getMany(keys: readonly string[]): Promise<unknown[]> {
    return keys.map((key) => (this.#data.has(key) ? structuredClone(this.#data.get(key)) : undefined));
  }

  async setMany(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
    for (const [key, value] of entries) this.#data.set(key, structuredClone(value));
  }

  async delMany(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.#data.delete(key);
  }

  async keys(): Promise<string[]> {
    return [...this.#data.keys()];
  }

  async clear(): Promise<void> {
    this.#data.clear();
  }
}

/** A fresh, empty memory store. */
export function createMemoryStore(): MemoryStore {
  return new MemoryStore();
}

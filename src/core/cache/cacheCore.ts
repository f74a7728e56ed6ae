import { LRUCache } from "lru-cache";
import type { Clock } from "../clock";
import { RemovedError } from "../errors";
import type { HttpClient } from "../http/types";
import type { Metrics } from "../metrics";
import type { PersistentStore } from "../store/types";
import { Entry, fromRecord, toRecord } from "./entry";
import type { Freshness } from "./freshness";
import type { StoreIo } from "./storeIo";
import type { StoredValueCheck } from "./types";

/** Shared, so the hot path's `lru.get` does not allocate an options object per call. */
export const GET_OPTIONS = {};

/** The parts a {@link CacheCore} is made of (all owned by the facade that builds it). */
interface CacheCoreParts {
  readonly http: HttpClient;
  readonly store: PersistentStore;
  readonly clock: Clock;
  readonly metrics: Metrics;
  /** Lifetime of an entry whose request names none, ms. */
  readonly ttlMs: number;
  readonly lru: LRUCache<string, Entry>;
  readonly io: StoreIo;
  readonly freshness: Freshness;
  /** Checks each value read back from the store (an invalid one is dropped). */
  readonly validStored: StoredValueCheck;
}

/**
 * The state the cache's parts share (the facade ./tieredCache.ts, loading ./cacheLoad.ts,
 * refresh and eviction ./cacheMaintenance.ts): the memory LRU, the store traffic, freshness, and
 * the two writes every part needs. Internal to the cache.
 */
export class CacheCore {
  readonly http: HttpClient;
  readonly store: PersistentStore;
  readonly clock: Clock;
  readonly metrics: Metrics;
  readonly ttlMs: number;
  readonly lru: LRUCache<string, Entry>;
  readonly io: StoreIo;
  readonly freshness: Freshness;
  readonly validStored: StoredValueCheck;

  constructor(parts: CacheCoreParts) {
    this.http = parts.http;
    this.store = parts.store;
    this.clock = parts.clock;
    this.metrics = parts.metrics;
    this.ttlMs = parts.ttlMs;
    this.lru = parts.lru;
    this.io = parts.io;
    this.freshness = parts.freshness;
    this.validStored = parts.validStored;
  }

  /** Keeps `entry` in memory and queues its write to the store. */
  set(entry: Entry): void {
    this.lru.set(entry.key, entry);
    this.io.write(entry.key, toRecord(entry));
  }

  /** Drops `key` from memory and the store. */
  delete(key: string): void {
    this.lru.delete(key);
    this.io.remove(key);
  }

  /**
   * The stored entry (then kept in memory), unless memory got one meanwhile. A record whose value
   * is not what its key holds (written by another version, or damaged) is dropped from the store
   * and reads as a miss, so the resource is fetched again; this is the only place records come
   * back from the store, so memory holds only checked values.
   */
  async readStored(key: string): Promise<Entry | undefined> {
    const raw = await this.io.read(key);
    const current = this.lru.get(key, GET_OPTIONS);
    if (current !== undefined) return current;
    const entry = fromRecord(key, raw);
    if (entry === undefined) return undefined;
    if (entry.removed === undefined && !this.validStored(key, entry.value)) {
      this.io.remove(key);
      return undefined;
    }
    this.lru.set(key, entry);
    return entry;
  }
}

/** The error a remembered 410 answers with. */
export function removedError(entry: Entry): RemovedError {
  return new RemovedError("removed from the open data (410 Gone, remembered)", {
    api: entry.api,
    url: entry.url,
    status: 410,
    ...(entry.removed?.slettedato ? { slettedato: entry.removed.slettedato } : {}),
  });
}

import { LRUCache } from "lru-cache";
import { systemClock } from "../clock";
import { configOf, type CoreOptions, type ResolvedConfigOption } from "../config";
import type { ApiName } from "../errors";
import type { HttpClient } from "../http/types";
import type { MaybePromise } from "../maybePromise";
import { Metrics } from "../metrics";
import { createMemoryStore } from "../store/memoryStore";
import type { PersistentStore } from "../store/types";
import type { Clock } from "../clock";
import { CacheCore, GET_OPTIONS, removedError } from "./cacheCore";
import { loadResource } from "./cacheLoad";
import { clearAll, evictPrefix, keysWithPrefix, refreshEntry, sweep, type RefreshOutcome } from "./cacheMaintenance";
import { EMPTY_ENTRY_BYTES, Entry, sizeOf, type CachedEntry } from "./entry";
import { coveredByFeed } from "../cacheKeys";
import { Freshness } from "./freshness";
import { StoreIo } from "./storeIo";
import type { CacheEntryMeta, ResourceCache, ResourceRequest, StoredValueCheck } from "./types";

export type { RefreshOutcome } from "./cacheMaintenance";

/** Dependencies and bounds of {@link TieredCache}; bounds default to {@link DEFAULT_CONFIG}. */
interface TieredCacheOptions
  extends ResolvedConfigOption, Pick<CoreOptions, "ttlMs" | "memoryMaxEntries" | "memoryMaxBytes" | "storeMaxEntries"> {
  readonly http: HttpClient;
  /** Default: a fresh memory store. */
  readonly store?: PersistentStore;
  readonly clock?: Clock;
  readonly metrics?: Metrics;
  /** Told about persistent-store failures (quota, a closed database, a timeout); the memory cache carries on. */
  readonly onStoreError?: (error: unknown) => void;
  /** How long a store call may take before it counts as a miss, ms (default 2 s). */
  readonly storeTimeoutMs?: number;
  /** Checks each value read back from the store; one that fails is dropped and refetched. Default: every value passes. */
  readonly validStored?: StoredValueCheck;
}

/** `put`'s record: what the caller knows, the rest is filled in. */
type PutMeta = Omit<CacheEntryMeta, "fetchedAt" | "expiresAt" | "bytes"> & {
  readonly ttlMs?: number;
  readonly bytes?: number;
  readonly accept?: string;
  /** The value is not the response body as is (so `refresh` cannot rebuild it and evicts instead). */
  readonly transformed?: boolean;
  /** Whether revalidation may keep it fresh; default: whether a change feed covers the key. */
  readonly feed?: boolean;
};

/**
 * The {@link ResourceCache}: a memory LRU (lru-cache, bounded in entries and bytes) over a
 * {@link PersistentStore} (bounded by a sweep, ./sweep.ts). A fresh memory entry answers
 * synchronously — one Map look-up, one clock read, no promise — which is what keeps a warm
 * recalculation at microseconds per cell. Freshness rules: ./freshness.ts. Stale entries stay
 * (within the bounds) so they can be served when the service is down.
 */
export class TieredCache implements ResourceCache {
  readonly #core: CacheCore;
  readonly #lru: LRUCache<string, Entry>;
  readonly #freshness: Freshness;
  readonly #metrics: Metrics;
  readonly #storeMaxEntries: number;
  readonly #inflight = new Map<string, Promise<unknown>>();

  constructor(options: TieredCacheOptions) {
    const config = configOf(options);
    const clock = options.clock ?? systemClock;
    const metrics = options.metrics ?? new Metrics();
    const store = options.store ?? createMemoryStore();
    this.#lru = new LRUCache<string, Entry>({
      max: config.memoryMaxEntries,
      maxSize: config.memoryMaxBytes,
      sizeCalculation: (entry) => Math.max(1, entry.bytes),
    });
    this.#freshness = new Freshness(clock);
    this.#metrics = metrics;
    this.#storeMaxEntries = config.storeMaxEntries;
    const io = new StoreIo(store, {
      onError: options.onStoreError ?? (() => undefined),
      onTimeout: () => void metrics.storeTimeouts++,
      clock,
      ...(options.storeTimeoutMs === undefined ? {} : { timeoutMs: options.storeTimeoutMs }),
    });
    this.#core = new CacheCore({
      http: options.http,
      store,
      clock,
      metrics,
      ttlMs: config.ttlMs,
      lru: this.#lru,
      io,
      freshness: this.#freshness,
      validStored: options.validStored ?? (() => true),
    });
  }

  /** The persistent store under this cache. */
  get store(): PersistentStore {
    return this.#core.store;
  }

  /** Entries and approximate bytes in memory. */
  get memory(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.#lru.size, bytes: this.#lru.calculatedSize };
  }

  get<T>(request: ResourceRequest<T>): MaybePromise<T> {
    const entry = this.#lru.get(request.key, GET_OPTIONS);
    if (entry !== undefined && this.#freshness.isFresh(entry)) {
      if (entry.removed !== undefined) throw removedError(entry);
      if (entry.transform === undefined && request.transform) entry.learn(request);
      this.#metrics.hits++;
      return entry.value as T;
    }
    return this.#load(request, entry);
  }

  peek<T>(key: string): T | undefined {
    const entry = this.#lru.get(key, GET_OPTIONS);
    if (entry === undefined || entry.removed !== undefined || !this.#freshness.isFresh(entry)) return undefined;
    this.#metrics.hits++;
    return entry.value as T;
  }

  put<T>(meta: PutMeta, value: T): void {
    const now = this.#core.clock.now();
    const bytes = meta.bytes ?? sizeOf(value);
    this.#core.set(
      new Entry({
        key: meta.key,
        api: meta.api,
        url: meta.url,
        accept: meta.accept,
        fetchedAt: now,
        expiresAt: now + (meta.ttlMs ?? this.#core.ttlMs),
        bytes,
        value,
        transformed: meta.transformed ?? false,
        feed: meta.feed ?? coveredByFeed(meta.key),
      }),
    );
  }

  /** Remember a 410 Gone for `key`: its data is dropped, and `get` throws RemovedError until it expires. */
  putRemoved(meta: PutMeta, slettedato?: string): void {
    const now = this.#core.clock.now();
    const removed = slettedato === undefined ? {} : { slettedato };
    this.#core.set(
      new Entry({
        key: meta.key,
        api: meta.api,
        url: meta.url,
        accept: meta.accept,
        fetchedAt: now,
        expiresAt: now + (meta.ttlMs ?? this.#core.ttlMs),
        bytes: EMPTY_ENTRY_BYTES,
        value: undefined,
        removed,
        transformed: false,
        feed: meta.feed ?? coveredByFeed(meta.key),
      }),
    );
  }

  meta(key: string): CacheEntryMeta | undefined {
    const entry = this.#lru.peek(key);
    return (
      entry && {
        key,
        api: entry.api,
        url: entry.url,
        fetchedAt: entry.fetchedAt,
        expiresAt: entry.expiresAt,
        bytes: entry.bytes,
      }
    );
  }

  /** Fresh now? (Rules in ./freshness.ts.) */
  isFresh(entry: CachedEntry): boolean {
    return this.#freshness.isFresh(entry);
  }

  /**
   * The entry for `key`, fresh or stale: from memory synchronously, else from the store (a
   * promise; the entry is then kept in memory). Never fetches. For domain modules that resolve
   * several keys together (BRREG units) and for revalidation.
   */
  read<T>(key: string): MaybePromise<CachedEntry<T> | undefined> {
    const entry = this.#lru.get(key, GET_OPTIONS);
    if (entry !== undefined) return entry as CachedEntry<T>;
    return this.#core.readStored(key) as Promise<CachedEntry<T> | undefined>;
  }

  /** Counts a stale serve (for domain modules that serve stale entries themselves). */
  countStale(): void {
    this.#metrics.staleServes++;
  }

  /** Counts a hit found by {@link TieredCache.read} in the store rather than by `get`/`peek`. */
  countHit(): void {
    this.#metrics.hits++;
  }

  /** Counts a look-up that goes to the network outside `get`. */
  countMiss(): void {
    this.#metrics.misses++;
  }

  /** Every feed-covered entry of `api` was checked against the service's change feed at `at`. */
  markValidated(api: ApiName, at: number): void {
    this.#freshness.markValidated(api, at);
  }

  /** The last successful revalidation of `api` (0 when never). */
  validatedAt(api: ApiName): number {
    return this.#freshness.validatedAt(api);
  }

  /** Drops `key` from memory and (behind) from the store. */
  async delete(key: string): Promise<void> {
    this.#core.delete(key);
  }

  /** Remove entries whose key starts with `prefix` (memory and persistent store). */
  evictPrefix(prefix: string): Promise<number> {
    return evictPrefix(this.#core, prefix);
  }

  /** Keys of cached entries starting with `prefix`, in memory or in the store. */
  keys(prefix: string): Promise<string[]> {
    return keysWithPrefix(this.#core, prefix);
  }

  /** Refetch one entry from its stored URL (rules at {@link refreshEntry}). */
  async refresh(key: string): Promise<RefreshOutcome> {
    return refreshEntry(this.#core, key, (await this.read(key)) as Entry | undefined);
  }

  /** Empties the cache, memory and store (sync records stay). */
  clear(): Promise<void> {
    return clearAll(this.#core);
  }

  /** Bounds the persistent store (old records, then the oldest beyond `storeMaxEntries`); returns how many went. */
  sweep(): Promise<number> {
    return sweep(this.#core, this.#storeMaxEntries);
  }

  /** Resolves when every write so far has reached the persistent store (or failed, or timed out). */
  flush(): Promise<void> {
    return this.#core.io.flush();
  }

  #load<T>(request: ResourceRequest<T>, known: Entry | undefined): Promise<T> {
    const pending = this.#inflight.get(request.key);
    if (pending !== undefined) return pending as Promise<T>;
    const promise = loadResource(this.#core, request, known);
    this.#inflight.set(request.key, promise);
    const settle = () => {
      if (this.#inflight.get(request.key) === promise) this.#inflight.delete(request.key);
    };
    promise.then(settle, settle);
    return promise;
  }
}

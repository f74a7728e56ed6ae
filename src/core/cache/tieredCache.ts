import { LRUCache } from "lru-cache";
import { systemClock, type Clock } from "../clock";
import { resolveConfig, type CoreOptions } from "../config";
import { RemovedError, isNotFoundError, isRemovedError, type ApiName } from "../errors";
import { isOutage } from "../http/outage";
import type { HttpClient } from "../http/types";
import type { MaybePromise } from "../maybePromise";
import { Metrics } from "../metrics";
import { createMemoryStore } from "../store/memoryStore";
import type { PersistentStore } from "../store/types";
import { Entry, fromRecord, sizeOf, toRecord, type CachedEntry } from "./entry";
import { StoreIo } from "./storeIo";
import type { CacheEntryMeta, ResourceCache, ResourceRequest } from "./types";

/** Dependencies and bounds of {@link TieredCache}; bounds default to {@link DEFAULT_CONFIG}. */
export interface TieredCacheOptions extends Pick<CoreOptions, "ttlMs" | "memoryMaxEntries" | "memoryMaxBytes"> {
  readonly http: HttpClient;
  /** Default: a fresh memory store. */
  readonly store?: PersistentStore;
  readonly clock?: Clock;
  readonly metrics?: Metrics;
  /** Told about persistent-store failures (quota, a closed database); the memory cache carries on. */
  readonly onStoreError?: (error: unknown) => void;
}

/** `put`'s record: what the caller knows, the rest is filled in. */
export type PutMeta = Omit<CacheEntryMeta, "fetchedAt" | "expiresAt" | "bytes"> & {
  readonly ttlMs?: number;
  readonly bytes?: number;
  readonly accept?: string;
};

/** What {@link TieredCache.refresh} did with one entry. */
export type RefreshOutcome = "refetched" | "evicted" | "removed" | "absent";

/** Shared, so the hot path's `lru.get` does not allocate an options object per call. */
const GET_OPTIONS = {};


/** Keys of cached resources (the store also holds `sync/…` records, which are not cache entries). */
function isCacheKey(key: string): boolean {
  return key.startsWith("klass/") || key.startsWith("brreg/");
}

/**
 * The {@link ResourceCache}: a memory LRU (lru-cache, bounded in entries and bytes) over a
 * {@link PersistentStore}. A fresh memory entry answers synchronously — one Map look-up, one
 * clock read, no promise — which is what keeps a warm recalculation at microseconds per cell.
 *
 * Freshness: an entry is fresh until `expiresAt` (fetchedAt + ttl), or for ttl after the last
 * successful revalidation of its API ({@link TieredCache.markValidated}), whichever is later.
 * Stale entries stay (within the bounds) so they can be served when the service is down.
 */
export class TieredCache implements ResourceCache {
  readonly #http: HttpClient;
  readonly #store: PersistentStore;
  readonly #clock: Clock;
  readonly #metrics: Metrics;
  readonly #ttlMs: number;
  readonly #lru: LRUCache<string, Entry>;
  readonly #io: StoreIo;
  readonly #inflight = new Map<string, Promise<unknown>>();
  readonly #validatedAt: Record<ApiName, number> = { klass: 0, brreg: 0 };
  #turnNow = Number.NaN;

  constructor(options: TieredCacheOptions) {
    const config = resolveConfig(options);
    this.#http = options.http;
    this.#store = options.store ?? createMemoryStore();
    this.#clock = options.clock ?? systemClock;
    this.#metrics = options.metrics ?? new Metrics();
    this.#ttlMs = config.ttlMs;
    this.#lru = new LRUCache<string, Entry>({
      max: config.memoryMaxEntries,
      maxSize: config.memoryMaxBytes,
      sizeCalculation: (entry) => Math.max(1, entry.bytes),
    });
    this.#io = new StoreIo(this.#store, options.onStoreError ?? (() => undefined));
  }

  /** The persistent store under this cache. */
  get store(): PersistentStore {
    return this.#store;
  }

  /** Entries and approximate bytes in memory. */
  get memory(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.#lru.size, bytes: this.#lru.calculatedSize };
  }

  get<T>(request: ResourceRequest<T>): MaybePromise<T> {
    const entry = this.#lru.get(request.key, GET_OPTIONS);
    if (entry !== undefined && this.#isFresh(entry)) {
      if (entry.removed !== undefined) throw removedError(entry);
      if (entry.transform === undefined && request.transform) entry.transform = request.transform as (body: unknown) => unknown;
      this.#metrics.hits++;
      return entry.value as T;
    }
    return this.#load(request, entry);
  }

  peek<T>(key: string): T | undefined {
    const entry = this.#lru.get(key, GET_OPTIONS);
    if (entry === undefined || entry.removed !== undefined || !this.#isFresh(entry)) return undefined;
    this.#metrics.hits++;
    return entry.value as T;
  }

  put<T>(meta: PutMeta, value: T): void {
    const now = this.#clock.now();
    const bytes = meta.bytes ?? sizeOf(value);
    this.#set(new Entry(meta.key, meta.api, meta.url, meta.accept, now, now + (meta.ttlMs ?? this.#ttlMs), bytes, value, undefined, false));
  }

  /** Remember a 410 Gone for `key`: its data is dropped, and `get` throws RemovedError until it expires. */
  putRemoved(meta: PutMeta, slettedato?: string): void {
    const now = this.#clock.now();
    const removed = slettedato === undefined ? {} : { slettedato };
    this.#set(new Entry(meta.key, meta.api, meta.url, meta.accept, now, now + (meta.ttlMs ?? this.#ttlMs), 64, undefined, removed, false));
  }

  meta(key: string): CacheEntryMeta | undefined {
    const entry = this.#lru.peek(key);
    return entry && { key, api: entry.api, url: entry.url, fetchedAt: entry.fetchedAt, expiresAt: entry.expiresAt, bytes: entry.bytes };
  }

  /** Fresh now? (See the class comment for the rule.) */
  isFresh(entry: CacheEntryMeta): boolean {
    return this.#isFresh(entry);
  }

  /**
   * The entry for `key`, fresh or stale: from memory synchronously, else from the store (a
   * promise; the entry is then kept in memory). Never fetches. For domain modules that resolve
   * several keys together (BRREG units) and for revalidation.
   */
  read<T>(key: string): MaybePromise<CachedEntry<T> | undefined> {
    const entry = this.#lru.get(key, GET_OPTIONS);
    if (entry !== undefined) return entry as CachedEntry<T>;
    return this.#readStored(key) as Promise<CachedEntry<T> | undefined>;
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

  /** Every entry of `api` was checked against the service's change feed at `at`. */
  markValidated(api: ApiName, at: number): void {
    this.#validatedAt[api] = Math.max(this.#validatedAt[api], at);
  }

  validatedAt(api: ApiName): number {
    return this.#validatedAt[api];
  }

  async delete(key: string): Promise<void> {
    this.#lru.delete(key);
    this.#io.remove(key);
  }

  async evictPrefix(prefix: string): Promise<number> {
    const removed = new Set<string>();
    for (const key of [...this.#lru.keys()]) {
      if (key.startsWith(prefix)) {
        this.#lru.delete(key);
        removed.add(key);
      }
    }
    await this.#io.flush();
    const stored = (await this.#store.keys()).filter((key) => key.startsWith(prefix) && isCacheKey(key));
    await this.#store.delMany(stored);
    for (const key of stored) removed.add(key);
    return removed.size;
  }

  /** Keys of cached entries starting with `prefix`, in memory or in the store. */
  async keys(prefix: string): Promise<string[]> {
    await this.#io.flush();
    const keys = new Set((await this.#store.keys()).filter((key) => key.startsWith(prefix) && isCacheKey(key)));
    for (const key of this.#lru.keys()) if (key.startsWith(prefix)) keys.add(key);
    return [...keys];
  }

  /**
   * Refetch one entry from its stored URL (revalidation). A value stored through a transform that
   * this instance has not seen yet (it came from the store) is evicted instead: the next `get`
   * refetches it with its own transform. A 410 is remembered, a 404 evicts.
   */
  async refresh(key: string): Promise<RefreshOutcome> {
    const entry = (await this.read(key)) as Entry | undefined;
    if (entry === undefined) return "absent";
    if (entry.transformed && entry.transform === undefined) {
      await this.delete(key);
      return "evicted";
    }
    try {
      const response = await this.#http.getJson<unknown>({ api: entry.api, url: entry.url, ...(entry.accept ? { accept: entry.accept } : {}) });
      const value = entry.transform ? entry.transform(response.body) : response.body;
      const now = this.#clock.now();
      this.#set(new Entry(key, entry.api, entry.url, entry.accept, now, now + (entry.expiresAt - entry.fetchedAt), response.bytes, value, undefined, entry.transformed, entry.transform));
      return "refetched";
    } catch (error) {
      if (isRemovedError(error)) {
        this.putRemoved({ key, api: entry.api, url: entry.url }, error.slettedato);
        return "removed";
      }
      if (isNotFoundError(error)) {
        await this.delete(key);
        return "evicted";
      }
      throw error;
    }
  }

  async clear(): Promise<void> {
    this.#lru.clear();
    this.#io.discard();
    await this.#io.flush();
    const keys = (await this.#store.keys()).filter(isCacheKey);
    await this.#store.delMany(keys);
  }

  /** Resolves when every write so far has reached the persistent store. */
  flush(): Promise<void> {
    return this.#io.flush();
  }

  /**
   * The clock, read once per synchronous run: a recalculation burst of 100,000 hits reads it
   * once, instead of boxing a fresh `Date.now()` double per cell (the hot path allocates nothing).
   * Time cannot pass within one synchronous run anyway; the next microtask reads it again.
   */
  #now(): number {
    let now = this.#turnNow;
    if (now !== now) {
      now = this.#clock.now();
      this.#turnNow = now;
      queueMicrotask(this.#forgetNow);
    }
    return now;
  }

  readonly #forgetNow = (): void => {
    this.#turnNow = Number.NaN;
  };

  #isFresh(entry: CacheEntryMeta): boolean {
    const now = this.#now();
    if (now < entry.expiresAt) return true;
    const validated = this.#validatedAt[entry.api];
    return validated > entry.fetchedAt && now < validated + (entry.expiresAt - entry.fetchedAt);
  }

  #set(entry: Entry): void {
    this.#lru.set(entry.key, entry);
    this.#io.write(entry.key, toRecord(entry));
  }

  async #readStored(key: string): Promise<Entry | undefined> {
    const raw = await this.#io.read(key);
    const current = this.#lru.get(key, GET_OPTIONS);
    if (current !== undefined) return current;
    const entry = fromRecord(key, raw);
    if (entry !== undefined) this.#lru.set(key, entry);
    return entry;
  }

  #load<T>(request: ResourceRequest<T>, known: Entry | undefined): Promise<T> {
    const pending = this.#inflight.get(request.key);
    if (pending !== undefined) return pending as Promise<T>;
    const promise = this.#loadSlow(request, known);
    this.#inflight.set(request.key, promise);
    const settle = () => {
      if (this.#inflight.get(request.key) === promise) this.#inflight.delete(request.key);
    };
    promise.then(settle, settle);
    return promise;
  }

  async #loadSlow<T>(request: ResourceRequest<T>, memory: Entry | undefined): Promise<T> {
    const known = memory ?? (await this.#readStored(request.key));
    if (known !== undefined && this.#isFresh(known)) {
      if (known.removed !== undefined) throw removedError(known);
      if (known.transform === undefined && request.transform) known.transform = request.transform as (body: unknown) => unknown;
      this.#metrics.hits++;
      return known.value as T;
    }
    this.#metrics.misses++;
    try {
      const response = await this.#http.getJson<unknown>({ api: request.api, url: request.url, ...(request.accept ? { accept: request.accept } : {}) });
      const transform = request.transform as ((body: unknown) => unknown) | undefined;
      const value = transform ? transform(response.body) : response.body;
      const now = this.#clock.now();
      this.#set(new Entry(request.key, request.api, request.url, request.accept, now, now + (request.ttlMs ?? this.#ttlMs), response.bytes, value, undefined, transform !== undefined, transform));
      return value as T;
    } catch (error) {
      if (isRemovedError(error)) {
        this.putRemoved({ key: request.key, api: request.api, url: request.url, ...(request.ttlMs === undefined ? {} : { ttlMs: request.ttlMs }) }, error.slettedato);
        throw error;
      }
      // Stale-if-error: an outage is no reason to hide what we knew; a 400/404 is an answer.
      if (known !== undefined && known.removed === undefined && isOutage(error)) {
        this.#metrics.staleServes++;
        return known.value as T;
      }
      throw error;
    }
  }
}

function removedError(entry: Entry): RemovedError {
  return new RemovedError("removed from the open data (410 Gone, remembered)", {
    api: entry.api, url: entry.url, status: 410, ...(entry.removed?.slettedato ? { slettedato: entry.removed.slettedato } : {}),
  });
}

/** Builds the cache. @example const cache = createCache({ http, store: createMemoryStore() }); */
export function createCache(options: TieredCacheOptions): TieredCache {
  return new TieredCache(options);
}


import type { ApiName } from "../errors";
import type { MaybePromise } from "../maybePromise";

/**
 * A cacheable GET resource. `key` is stable and namespaced so revalidation can find entries:
 * - KLASS: `klass/<classificationId>/<what>`  e.g. `klass/131/codesAt/v1234/nb`, `klass/131/meta`
 *   (correspondences under the source id: `klass/104/correspondsAt/131/...`)
 * - BRREG: `brreg/enhet/<orgnr>`, `brreg/underenhet/<orgnr>`, `brreg/roller/<orgnr>`, `brreg/orgform/...`,
 *   `brreg/search/<register>/<the sorted query text>` (all built in ../cacheKeys.ts)
 * Only keys a change feed covers are kept fresh by revalidation (see ../cacheKeys.ts, `coveredByFeed`).
 */
export interface ResourceRequest<T> {
  readonly key: string;
  readonly api: ApiName;
  readonly url: string;
  readonly accept?: string;
  /** Overrides the default freshness (24 h). */
  readonly ttlMs?: number;
  /**
   * The shape the endpoint promises (./shapes in the domains), checked on every answer from the
   * network before `transform`: a body that fails is an outage ("answered with an unexpected
   * body"), never stored, and a stale copy keeps being served. Not checked on memory hits.
   */
  readonly shape?: ShapeCheck;
  /** Turns the parsed body into the value stored (e.g. pick fields); must be pure. */
  readonly transform?: (body: unknown) => T;
}

/** True when a response body has the shape its endpoint promises. */
export type ShapeCheck = (body: unknown) => boolean;

/** True when a value read back from the persistent store is what `key` holds (../storedValues.ts). */
export type StoredValueCheck = (key: string, value: unknown) => boolean;

/** What the cache records beside each value. */
export interface CacheEntryMeta {
  readonly key: string;
  readonly api: ApiName;
  readonly url: string;
  readonly fetchedAt: number;
  readonly expiresAt: number;
  /** Approximate size in bytes (the JSON text's UTF-16 code units × 2), for the byte bound. */
  readonly bytes: number;
}

/**
 * The cached-resource primitive every domain module uses.
 *
 * `get` answers synchronously from memory when the entry is there and fresh (no promise, no
 * allocation), else returns a promise that loads it: from the persistent store, else over HTTP
 * (one shared request per key in flight). When the service fails and a stale copy exists, the
 * stale copy is served and counted as stale (stale-if-error). Errors are never cached as values,
 * except a 410 (RemovedError), which is remembered so the unit is not asked for again.
 */
export interface ResourceCache {
  get<T>(request: ResourceRequest<T>): MaybePromise<T>;
  /** Synchronous memory-only look-up; undefined on a miss. Never starts a load. */
  peek<T>(key: string): T | undefined;
  /**
   * Store a value obtained another way (e.g. one unit out of a batched list response). `bytes`
   * (default: the JSON length) feeds the memory bound; `accept` is what a refetch of `url` sends.
   */
  put<T>(
    meta: Omit<CacheEntryMeta, "fetchedAt" | "expiresAt" | "bytes"> & {
      ttlMs?: number;
      bytes?: number;
      accept?: string;
    },
    value: T,
  ): void;
  meta(key: string): CacheEntryMeta | undefined;
  /** Remove entries whose key starts with `prefix` (memory and persistent store). */
  evictPrefix(prefix: string): Promise<number>;
  clear(): Promise<void>;
}

export { TieredCache, createCache, type TieredCacheOptions, type PutMeta, type RefreshOutcome } from "./tieredCache";
export type { CachedEntry } from "./entry";
export type { CacheEntryMeta, ResourceCache, ResourceRequest } from "./types";

export { TieredCache, createCache, type TieredCacheOptions, type PutMeta, type RefreshOutcome } from "./tieredCache";
export type { CachedEntry } from "./entry";
export type { CacheEntryMeta, ResourceCache, ResourceRequest } from "./types";
export { SWEEP_AGE_FACTOR, sweepStore, type SweepLimits } from "./sweep";
export { STORE_TIMEOUT_MS } from "./storeIo";

import { isNotFoundError, isRemovedError } from "../errors";
import type { CacheCore } from "./cacheCore";
import { EMPTY_ENTRY_BYTES, Entry } from "./entry";
import { isCacheKey } from "../cacheKeys";
import { unexpectedBody } from "../http/unexpectedBody";
import { sweepStore } from "./sweep";

/** What {@link refreshEntry} did with one entry. */
export type RefreshOutcome = "refetched" | "evicted" | "removed" | "absent";

/**
 * Refetch one entry from its stored URL (revalidation). A value stored through a transform that
 * this instance has not seen yet (it came from the store, or a domain module put it) is evicted
 * instead: the next `get` refetches it with its own transform. A 410 is remembered, a 404 evicts;
 * a body of the wrong shape is an outage (thrown; the entry stays as it was).
 */
export async function refreshEntry(core: CacheCore, key: string, entry: Entry | undefined): Promise<RefreshOutcome> {
  if (entry === undefined) return "absent";
  if (entry.transformed && entry.transform === undefined) {
    core.delete(key);
    return "evicted";
  }
  try {
    const response = await core.http.getJson<unknown>({
      api: entry.api,
      url: entry.url,
      ...(entry.accept ? { accept: entry.accept } : {}),
    });
    // The shape learnt from a request; else, for a value that is the body as received, the stored-value check.
    const fits = entry.shape ? entry.shape(response.body) : entry.transformed || core.validStored(key, response.body);
    if (!fits) throw unexpectedBody(entry.api, entry.url);
    const value = entry.transform ? entry.transform(response.body) : response.body;
    const now = core.clock.now();
    core.set(
      new Entry({
        ...entry,
        key,
        fetchedAt: now,
        expiresAt: now + (entry.expiresAt - entry.fetchedAt),
        bytes: response.bytes,
        value,
        removed: undefined,
      }),
    );
    return "refetched";
  } catch (error) {
    if (isRemovedError(error)) {
      const now = core.clock.now();
      const removed = error.slettedato === undefined ? {} : { slettedato: error.slettedato };
      core.set(
        new Entry({
          key,
          api: entry.api,
          url: entry.url,
          accept: entry.accept,
          fetchedAt: now,
          expiresAt: now + core.ttlMs,
          bytes: EMPTY_ENTRY_BYTES,
          value: undefined,
          removed,
          transformed: false,
          feed: entry.feed,
        }),
      );
      return "removed";
    }
    if (isNotFoundError(error)) {
      core.delete(key);
      return "evicted";
    }
    throw error;
  }
}

/** Keys of cached entries starting with `prefix`, in memory or in the store. */
export async function keysWithPrefix(core: CacheCore, prefix: string): Promise<string[]> {
  await core.io.flush();
  const keys = new Set(
    (await core.io.bounded(() => core.store.keys(), "key listing").catch(() => [] as string[])).filter(
      (key) => key.startsWith(prefix) && isCacheKey(key),
    ),
  );
  for (const key of core.lru.keys()) if (key.startsWith(prefix)) keys.add(key);
  return [...keys];
}

/** Removes entries whose key starts with `prefix` from memory and the store; returns how many. */
export async function evictPrefix(core: CacheCore, prefix: string): Promise<number> {
  const removed = new Set<string>();
  for (const key of [...core.lru.keys()]) {
    if (key.startsWith(prefix)) {
      core.lru.delete(key);
      removed.add(key);
    }
  }
  await core.io.flush();
  const stored = (await core.store.keys()).filter((key) => key.startsWith(prefix) && isCacheKey(key));
  await core.store.delMany(stored);
  for (const key of stored) removed.add(key);
  return removed.size;
}

/** Empties memory and the store's cache entries (sync records stay). */
export async function clearAll(core: CacheCore): Promise<void> {
  core.lru.clear();
  core.io.discard();
  await core.io.flush();
  const keys = (await core.store.keys()).filter(isCacheKey);
  await core.store.delMany(keys);
}

/** {@link sweepStore} after pending writes, bounded in time; a failing store sweeps nothing. */
export async function sweep(core: CacheCore, maxEntries: number): Promise<number> {
  await core.io.flush();
  return sweepStore(core.store, { now: core.clock.now(), maxEntries }).catch(() => 0);
}

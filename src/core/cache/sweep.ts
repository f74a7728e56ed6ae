import { isCacheKey } from "../cacheKeys";
import type { PersistentStore } from "../store/types";

/** An entry is swept from the store once it is this many of its ttls old. */
const SWEEP_AGE_FACTOR = 7;

/** Bounds of {@link sweepStore}. */
interface SweepLimits {
  readonly now: number;
  /** Most cache entries the store keeps; the oldest go first. */
  readonly maxEntries: number;
  /** Records read per `getMany` (one IndexedDB transaction each). */
  readonly chunk?: number;
}

interface Dated {
  readonly key: string;
  readonly fetchedAt: number;
}

/**
 * Keeps the persistent store bounded: deletes cache records older than {@link SWEEP_AGE_FACTOR}
 * ttls (fetchedAt + 7 × (expiresAt − fetchedAt) in the past), unreadable ones, and then the oldest
 * beyond `maxEntries`. Runs at start-up and after each revalidation; `sync/…` records are left alone.
 * Returns how many records it deleted.
 */
export async function sweepStore(store: PersistentStore, limits: SweepLimits): Promise<number> {
  const keys = (await store.keys()).filter(isCacheKey);
  const chunk = limits.chunk ?? 1000;
  const doomed: string[] = [];
  const kept: Dated[] = [];
  for (let i = 0; i < keys.length; i += chunk) {
    const part = keys.slice(i, i + chunk);
    const records = await store.getMany(part);
    part.forEach((key, j) => {
      const record = records[j] as { fetchedAt?: unknown; expiresAt?: unknown } | null | undefined;
      const fetchedAt = record?.fetchedAt;
      const expiresAt = record?.expiresAt;
      if (typeof fetchedAt !== "number" || typeof expiresAt !== "number") {
        doomed.push(key);
        return;
      }
      const ttl = Math.max(0, expiresAt - fetchedAt);
      if (fetchedAt + SWEEP_AGE_FACTOR * ttl < limits.now) doomed.push(key);
      else kept.push({ key, fetchedAt });
    });
  }
  if (kept.length > limits.maxEntries) {
    kept.sort((a, b) => a.fetchedAt - b.fetchedAt);
    for (const { key } of kept.slice(0, kept.length - limits.maxEntries)) doomed.push(key);
  }
  for (let i = 0; i < doomed.length; i += chunk) await store.delMany(doomed.slice(i, i + chunk));
  return doomed.length;
}

import type { TieredCache } from "../cache/tieredCache";
import type { Clock } from "../clock";
import type { ApiName } from "../errors";
import { STORE_TIMEOUT_MS, withStoreTimeout } from "../cache/storeIo";
import type { PersistentStore } from "../store/types";
import { revalidateBrreg, type BrregRevalidationDeps } from "./brregChanges";
import { revalidateKlass, type KlassRevalidationDeps } from "./klassChanges";
import { emptyTally, type ApiRevalidation, type RevalidationReport, type Tally } from "./types";

/** Dependencies of {@link Revalidator}. */
interface RevalidatorDeps {
  readonly cache: TieredCache;
  readonly store: PersistentStore;
  readonly clock: Clock;
  /** Ask for changes since the last sync minus this (clock skew between us and the service). */
  readonly overlapMs: number;
  readonly klass: Omit<KlassRevalidationDeps, "cache">;
  readonly brreg: Omit<BrregRevalidationDeps, "cache">;
}

interface SyncRecord {
  readonly at: number;
}

const APIS: readonly ApiName[] = ["klass", "brreg"];
const syncKey = (api: ApiName) => `sync/${api}`;

/**
 * Keeps the cache current with one change-feed request per API instead of refetching everything:
 * the last sync time per API lives in the persistent store (`sync/<api>`), so a new instance (a
 * new Excel session) picks up where the last one stopped. A failed run keeps the old time, so
 * nothing is missed; overlapping calls share one run.
 */
export class Revalidator {
  readonly #deps: RevalidatorDeps;
  readonly #ready: Promise<Record<ApiName, number>>;
  #running: Promise<RevalidationReport> | undefined;

  constructor(deps: RevalidatorDeps) {
    this.#deps = deps;
    this.#ready = this.#load();
    this.#ready.catch(() => undefined);
  }

  /** Resolves once the sync records are read (or started). */
  async ready(): Promise<void> {
    await this.#ready;
  }

  /** Last successful sync per API (ms since epoch). */
  async lastSync(): Promise<Record<ApiName, number>> {
    return { ...(await this.#ready) };
  }

  revalidate(): Promise<RevalidationReport> {
    this.#running ??= this.#run().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #load(): Promise<Record<ApiName, number>> {
    const { store, clock, cache } = this.#deps;
    // A blocked or broken store must not hold up close() or revalidation: it reads as empty.
    const records = (await withStoreTimeout(
      () => store.getMany(APIS.map(syncKey)),
      clock,
      STORE_TIMEOUT_MS,
      "read",
    ).catch(() => [])) as Array<SyncRecord | undefined>;
    const times = {} as Record<ApiName, number>;
    const baseline: Array<readonly [string, SyncRecord]> = [];
    APIS.forEach((api, i) => {
      const at = records[i]?.at;
      if (typeof at === "number") {
        times[api] = at;
        cache.markValidated(api, at);
      } else {
        // First run on this store: everything cached from now on is newer than the baseline.
        times[api] = clock.now();
        baseline.push([syncKey(api), { at: times[api] }]);
      }
    });
    if (baseline.length)
      await withStoreTimeout(() => store.setMany(baseline), clock, STORE_TIMEOUT_MS, "write").catch(() => undefined);
    // Start-up is when old records are swept; it needs no one to wait for it.
    void cache.sweep().catch(() => undefined);
    return times;
  }

  async #run(): Promise<RevalidationReport> {
    const times = await this.#ready;
    const [klass, brreg] = await Promise.all(APIS.map((api) => this.#one(api, times)));
    void this.#deps.cache.sweep().catch(() => undefined);
    return { klass: klass as ApiRevalidation, brreg: brreg as ApiRevalidation };
  }

  async #one(api: ApiName, times: Record<ApiName, number>): Promise<ApiRevalidation> {
    const { cache, clock, store, overlapMs } = this.#deps;
    const started = clock.now();
    const since = Math.max(0, times[api] - overlapMs);
    const tally: Tally = emptyTally();
    try {
      if (api === "klass") await revalidateKlass({ ...this.#deps.klass, cache }, since, tally);
      else await revalidateBrreg({ ...this.#deps.brreg, cache }, since, tally);
    } catch (error) {
      return { api, since: new Date(since).toISOString(), ...tally, error };
    }
    times[api] = started;
    cache.markValidated(api, started);
    await withStoreTimeout(
      () => store.setMany([[syncKey(api), { at: started }]]),
      clock,
      STORE_TIMEOUT_MS,
      "write",
    ).catch(() => undefined);
    const asked = tally.feedRequests > 0;
    return {
      api,
      since: asked ? new Date(since).toISOString() : undefined,
      ...tally,
      ...(asked ? {} : { skipped: "nothing cached" }),
    };
  }
}

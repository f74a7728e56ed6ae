import type { TieredCache, RefreshOutcome } from "../cache/tieredCache";
import type { BrregRegister } from "../brreg/types";
import type { HttpClient } from "../http/types";
import { pageFeed } from "../brreg/feedPager";
import type { Tally } from "./types";
import { BRREG_SEARCH_KEY_PREFIX, ROLLER_KEY_PREFIX, UNIT_KEY_PREFIX } from "../cacheKeys";

/** Dependencies of {@link revalidateBrreg}. */
export interface BrregRevalidationDeps {
  readonly http: HttpClient;
  readonly cache: TieredCache;
  readonly baseUrl: string;
  readonly pageSize: number;
  /** Refetch cached units of one register, batched (brregData.refreshUnits). */
  readonly refresh: (
    register: BrregRegister,
    orgnrs: readonly string[],
  ) => Promise<ReadonlyMap<string, RefreshOutcome>>;
}

const FEEDS: ReadonlyArray<{ register: BrregRegister; prefix: string }> = [
  { register: "enheter", prefix: UNIT_KEY_PREFIX.enheter },
  { register: "underenheter", prefix: UNIT_KEY_PREFIX.underenheter },
];

/**
 * The feed from `since` (../brreg/feedPager.ts, the one pager of the feeds): orgnr → last
 * endringstype.
 */
async function changes(
  deps: BrregRevalidationDeps,
  register: BrregRegister,
  since: number,
  tally: Tally,
): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  // A wrong shape fails this revalidation (an outage): nothing is evicted or kept fresh on its word.
  await pageFeed(deps, register, { dato: new Date(since).toISOString() }, (updates) => {
    tally.feedRequests++;
    for (const update of updates) latest.set(update.organisasjonsnummer, update.endringstype);
  });
  return latest;
}

/** Every cached copy of a unit the API asks copies to drop: both registers' entries and its roles (personal data). */
async function forget(cache: TieredCache, orgnr: string): Promise<void> {
  await Promise.all([
    ...FEEDS.map(({ prefix }) => cache.delete(prefix + orgnr)),
    cache.delete(ROLLER_KEY_PREFIX + orgnr),
  ]);
}

function count(tally: Tally, outcome: RefreshOutcome): void {
  if (outcome === "refetched") tally.refetched++;
  else if (outcome === "evicted") tally.evicted++;
  else if (outcome === "removed") tally.removed++;
}

/**
 * Per register with cached units, roles or search pages: one `oppdateringer/<register>?dato=`
 * request; changed numbers that are cached are refetched together, through the list endpoint in
 * as few requests as the batch limits allow (single look-ups only for what the lists miss: deleted,
 * removed, gone), replacing their entries; a changed hovedenhet's cached roles are refetched from
 * their URL (one request each); `Fjernet` ones
 * are evicted with their roles (the API asks copies to drop them). Cached search pages of a
 * register with any change are evicted: a changed unit may now enter or leave any search, and
 * the feed cannot tell which — so the next search asks again.
 */
export async function revalidateBrreg(deps: BrregRevalidationDeps, since: number, tally: Tally): Promise<void> {
  const roller = new Set((await deps.cache.keys(ROLLER_KEY_PREFIX)).map((key) => key.slice(ROLLER_KEY_PREFIX.length)));
  for (const { register, prefix } of FEEDS) {
    const cached = new Set((await deps.cache.keys(prefix)).map((key) => key.slice(prefix.length)));
    const searches = await deps.cache.keys(`${BRREG_SEARCH_KEY_PREFIX}${register}/`);
    if (cached.size === 0 && searches.length === 0 && (register !== "enheter" || roller.size === 0)) continue;
    const changed = await changes(deps, register, since, tally);
    tally.changed += changed.size;
    const work: Array<Promise<void>> = [];
    if (changed.size > 0)
      for (const key of searches) work.push(deps.cache.delete(key).then(() => void tally.evicted++));
    const refetch: string[] = [];
    for (const [orgnr, type] of changed) {
      if (type === "Fjernet" && (cached.has(orgnr) || roller.has(orgnr))) {
        work.push(forget(deps.cache, orgnr).then(() => void tally.evicted++));
        continue;
      }
      if (cached.has(orgnr)) refetch.push(orgnr);
      // A changed hovedenhet's roles are fetched again too (one request each: there is no list).
      if (register === "enheter" && roller.has(orgnr))
        work.push(deps.cache.refresh(ROLLER_KEY_PREFIX + orgnr).then((outcome) => count(tally, outcome)));
    }
    if (refetch.length > 0) {
      work.push(
        deps.refresh(register, refetch).then((outcomes) => {
          for (const outcome of outcomes.values()) count(tally, outcome);
        }),
      );
    }
    await Promise.all(work);
  }
}

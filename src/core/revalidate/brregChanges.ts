import type { TieredCache, RefreshOutcome } from "../cache/tieredCache";
import type { BrregRegister } from "../brreg/types";
import type { HttpClient } from "../http/types";
import { unexpectedBody } from "../http/unexpectedBody";
import { brregBodies } from "../brreg/shapes";
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

const FEEDS: ReadonlyArray<{
  register: BrregRegister;
  prefix: string;
  embedded: "oppdaterteEnheter" | "oppdaterteUnderenheter";
}> = [
  { register: "enheter", prefix: UNIT_KEY_PREFIX.enheter, embedded: "oppdaterteEnheter" },
  { register: "underenheter", prefix: UNIT_KEY_PREFIX.underenheter, embedded: "oppdaterteUnderenheter" },
];

interface Update {
  readonly oppdateringsid?: number;
  readonly organisasjonsnummer?: string;
  readonly endringstype?: string;
}

/**
 * The feed from `since`: `dato=` first, then (only when a page comes back full) onwards by
 * `oppdateringsid=<last+1>`, as the API docs recommend. Returns orgnr → last endringstype.
 */
async function changes(
  deps: BrregRevalidationDeps,
  register: BrregRegister,
  embedded: "oppdaterteEnheter" | "oppdaterteUnderenheter",
  since: number,
  tally: Tally,
): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  const feed = `${deps.baseUrl}/oppdateringer/${register}`;
  let url = `${feed}?dato=${encodeURIComponent(new Date(since).toISOString())}&size=${deps.pageSize}`;
  for (let page = 0; page < 1000; page++) {
    const { body } = await deps.http.getJson<{ _embedded?: Record<string, Update[]> } | null>({ api: "brreg", url });
    tally.feedRequests++;
    // A wrong shape fails this revalidation (an outage): nothing is evicted or kept fresh on its word.
    if (!brregBodies.updates(embedded, body)) throw unexpectedBody("brreg", url);
    const updates = body?._embedded?.[embedded] ?? [];
    let lastId = 0;
    for (const update of updates) {
      if (typeof update.organisasjonsnummer === "string")
        latest.set(update.organisasjonsnummer, update.endringstype ?? "Ukjent");
      if (typeof update.oppdateringsid === "number") lastId = Math.max(lastId, update.oppdateringsid);
    }
    if (updates.length < deps.pageSize || lastId === 0) break;
    url = `${feed}?oppdateringsid=${lastId + 1}&size=${deps.pageSize}`;
  }
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
  for (const { register, prefix, embedded } of FEEDS) {
    const cached = new Set((await deps.cache.keys(prefix)).map((key) => key.slice(prefix.length)));
    const searches = await deps.cache.keys(`${BRREG_SEARCH_KEY_PREFIX}${register}/`);
    if (cached.size === 0 && searches.length === 0 && (register !== "enheter" || roller.size === 0)) continue;
    const changed = await changes(deps, register, embedded, since, tally);
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

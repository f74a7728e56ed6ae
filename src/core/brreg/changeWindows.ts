import type { TieredCache } from "../cache/tieredCache";
import { brregChangesKey } from "../cacheKeys";
import { InvalidInputError } from "../errors";
import { isOutage } from "../http/outage";
import type { HttpClient } from "../http/types";
import type { MaybePromise } from "../maybePromise";
import { pageFeed, type FeedStart } from "./feedPager";
import { CHANGES_TTL_MS, FEED_MAX_PAGES, FEED_PAGE_SIZE } from "./lookupRules";
import type { BrregRegister } from "./types";

/*
 * A change feed's window for BRREG.ENDRINGER: every unit's latest event in one register's feed from
 * `since` up to when it was read, cached under brreg/changes/<register>/<since> for
 * CHANGES_TTL_MS. The cost is the feed's length (pages of FEED_PAGE_SIZE events), never the
 * number of cells: every cell asking about the same window shares one read, and a warm one answers
 * from memory. A window past its time is extended from its last event (`oppdateringsid`), not
 * read again from `since`; when the service is down, the last window read is served.
 */

/** One unit's latest event: [orgnr, endringstype, dato (ISO instant), oppdateringsid]. */
export type LatestChange = readonly [orgnr: string, endringstype: string, dato: string, oppdateringsid: number];

/** What the cache keeps for one window (plain JSON, checked when read back: ./shapes.ts). */
export interface ChangeWindow {
  /** The window's start, an ISO instant (the feed's `dato=`). */
  readonly since: string;
  /** The highest `oppdateringsid` read (0 when the feed had nothing): where an extension starts. */
  readonly lastId: number;
  /** Each unit's latest event, one per number. */
  readonly latest: readonly LatestChange[];
}

/** Reads change windows (BrregDataService.changes; doubles in tests). */
export interface ChangeFeedReader {
  /** `register`'s window from `since` (an ISO instant). Cache hit: synchronous. */
  changes(register: BrregRegister, since: string): MaybePromise<ChangeWindow>;
}

/** Dependencies of {@link ChangeWindows}. */
export interface ChangeWindowsDeps {
  readonly http: HttpClient;
  readonly cache: TieredCache;
  readonly baseUrl: string;
  /** Events per request; default the API's largest, FEED_PAGE_SIZE. */
  readonly pageSize?: number;
  /** Most requests one read may make; default FEED_MAX_PAGES. */
  readonly maxPages?: number;
}

const index = new WeakMap<ChangeWindow, ReadonlyMap<string, LatestChange>>();

/** The window's latest event of `orgnr`, if any (an index built once per window, by identity). */
export function latestIn(window: ChangeWindow, orgnr: string): LatestChange | undefined {
  let byOrgnr = index.get(window);
  if (byOrgnr === undefined) {
    byOrgnr = new Map(window.latest.map((change) => [change[0], change]));
    index.set(window, byOrgnr);
  }
  return byOrgnr.get(orgnr);
}

/** Approximate bytes of a window in memory (for the cache's byte bound). */
function bytesOf(size: number): number {
  return 128 + size * 96;
}

/** The {@link ChangeFeedReader} over the fetch layer and the cache. */
export class ChangeWindows implements ChangeFeedReader {
  readonly #deps: ChangeWindowsDeps;
  readonly #inflight = new Map<string, Promise<ChangeWindow>>();

  constructor(deps: ChangeWindowsDeps) {
    this.#deps = deps;
  }

  changes(register: BrregRegister, since: string): MaybePromise<ChangeWindow> {
    const key = brregChangesKey(register, since);
    const hit = this.#deps.cache.peek<ChangeWindow>(key);
    if (hit !== undefined) return hit;
    let pending = this.#inflight.get(key);
    if (pending === undefined) {
      pending = this.#load(register, since, key);
      this.#inflight.set(key, pending);
      const settle = () => this.#inflight.delete(key);
      pending.then(settle, settle);
    }
    return pending;
  }

  async #load(register: BrregRegister, since: string, key: string): Promise<ChangeWindow> {
    const cache = this.#deps.cache;
    const entry = await cache.read<ChangeWindow>(key);
    const known = entry?.value;
    if (entry !== undefined && known !== undefined && cache.isFresh(entry)) {
      cache.countHit();
      return known;
    }
    cache.countMiss();
    const pageSize = this.#deps.pageSize ?? FEED_PAGE_SIZE;
    const maxPages = this.#deps.maxPages ?? FEED_MAX_PAGES;
    const latest = new Map<string, LatestChange>((known?.latest ?? []).map((change) => [change[0], change]));
    const start: FeedStart = known !== undefined && known.lastId > 0 ? { afterId: known.lastId } : { dato: since };
    try {
      const read = await pageFeed({ ...this.#deps, pageSize, maxPages }, register, start, (updates) => {
        for (const u of updates)
          latest.set(u.organisasjonsnummer, [u.organisasjonsnummer, u.endringstype, u.dato, u.oppdateringsid]);
      });
      if (!read.complete)
        throw new InvalidInputError(
          `Enhetsregisteret's ${register} feed has more than ${(pageSize * maxPages).toLocaleString("en")} changes since ${since.slice(0, 10)}; give a later date`,
          { api: "brreg" },
        );
      const window: ChangeWindow = {
        since,
        lastId: Math.max(known?.lastId ?? 0, read.lastId),
        latest: [...latest.values()],
      };
      cache.put(
        {
          key,
          api: "brreg",
          url: `${this.#deps.baseUrl}/oppdateringer/${register}?dato=${encodeURIComponent(since)}`,
          ttlMs: CHANGES_TTL_MS,
          bytes: bytesOf(window.latest.length),
          transformed: true,
          feed: false,
        },
        window,
      );
      return window;
    } catch (error) {
      if (known !== undefined && isOutage(error)) {
        cache.countStale();
        return known;
      }
      throw error;
    }
  }
}

import type { HttpClient } from "../http/types";
import { unexpectedBody } from "../http/unexpectedBody";
import { brregBodies } from "./shapes";
import type { BrregRegister } from "./types";

/*
 * The one pager of Enhetsregisteret's change feeds (`oppdateringer/enheter`,
 * `oppdateringer/underenheter`), used by revalidation (../revalidate/brregChanges.ts) and by
 * BRREG.ENDRINGER (./changeWindows.ts). As the API docs recommend: the first page by `dato=`,
 * then onwards by `oppdateringsid=<last + 1>` (never `page=`, which is bounded by the result
 * window); a page that comes back shorter than `size` is the end of the feed for now.
 */

/** One event of a feed, as the API gives it (fields the product reads; checked by ./shapes.ts). */
export interface FeedUpdate {
  readonly oppdateringsid: number;
  readonly organisasjonsnummer: string;
  /** Ny, Endring, Sletting, Fjernet or Ukjent. */
  readonly endringstype: string;
  /** When the change was published in the API (ISO instant). */
  readonly dato: string;
}

/** Where a feed read starts: at an instant (`dato=`), or after an event already read. */
export type FeedStart = { readonly dato: string } | { readonly afterId: number };

export interface FeedPagerDeps {
  readonly http: HttpClient;
  /** e.g. `https://data.brreg.no/enhetsregisteret/api` */
  readonly baseUrl: string;
  /** Events per request (the API allows 1–10,000). */
  readonly pageSize: number;
  /** Most requests one read may make (default 1,000). */
  readonly maxPages?: number;
}

/** What one read of a feed did. */
export interface FeedRead {
  /** Requests made. */
  readonly pages: number;
  /** The highest `oppdateringsid` seen (0 when the feed had nothing). */
  readonly lastId: number;
  /** False when the read stopped at `maxPages` with the feed not yet at its end. */
  readonly complete: boolean;
}

/** The embedded list name of each register's feed. */
export const FEED_EMBEDDED: Readonly<Record<BrregRegister, "oppdaterteEnheter" | "oppdaterteUnderenheter">> = {
  enheter: "oppdaterteEnheter",
  underenheter: "oppdaterteUnderenheter",
};

/**
 * Reads `register`'s feed from `start` to its end, handing each page's events (in feed order) to
 * `onPage` as it arrives. A body of the wrong shape is an outage (thrown); so is any HTTP failure.
 *
 * @example
 * await pageFeed({ http, baseUrl, pageSize: 10_000 }, "enheter", { dato: "2026-12-01T00:00:00.000Z" }, (events) => …)
 */
export async function pageFeed(
  deps: FeedPagerDeps,
  register: BrregRegister,
  start: FeedStart,
  onPage: (updates: readonly FeedUpdate[]) => void,
): Promise<FeedRead> {
  const embedded = FEED_EMBEDDED[register];
  const feed = `${deps.baseUrl}/oppdateringer/${register}`;
  const maxPages = deps.maxPages ?? 1000;
  let url =
    "dato" in start
      ? `${feed}?dato=${encodeURIComponent(start.dato)}&size=${deps.pageSize}`
      : `${feed}?oppdateringsid=${start.afterId + 1}&size=${deps.pageSize}`;
  let lastId = "afterId" in start ? start.afterId : 0;
  for (let pages = 1; ; pages++) {
    const { body } = await deps.http.getJson<{ _embedded?: Record<string, FeedUpdate[]> } | null>({
      api: "brreg",
      url,
    });
    if (!brregBodies.updates(embedded, body)) throw unexpectedBody("brreg", url);
    const updates = body?._embedded?.[embedded] ?? [];
    onPage(updates);
    const before = lastId;
    for (const update of updates) lastId = Math.max(lastId, update.oppdateringsid);
    // A short page is the end; so is a full one that moved nothing on (a server ignoring the id).
    if (updates.length < deps.pageSize || lastId === before) return { pages, lastId, complete: true };
    if (pages >= maxPages) return { pages, lastId, complete: false };
    url = `${feed}?oppdateringsid=${lastId + 1}&size=${deps.pageSize}`;
  }
}

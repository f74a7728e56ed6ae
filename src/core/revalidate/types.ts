import type { ApiName } from "../errors";

/** What one API's revalidation did. */
export interface ApiRevalidation {
  readonly api: ApiName;
  /** The "changed since" time asked for (ISO), or undefined when nothing was asked. */
  readonly since: string | undefined;
  /** Change-feed requests made (refetches not included). */
  readonly feedRequests: number;
  /** Distinct changed items the feed reported (classifications or orgnr). */
  readonly changed: number;
  /** Cached entries refetched from their stored URL. */
  readonly refetched: number;
  /** Cached entries dropped (Fjernet, 404, or a value this instance cannot rebuild). */
  readonly evicted: number;
  /** Cached entries that turned out to be 410 Gone (remembered). */
  readonly removed: number;
  /** Why nothing was asked, e.g. "nothing cached". */
  readonly skipped?: string;
  /** The failure, when the feed or a refetch failed (the last sync time is then kept). */
  readonly error?: unknown;
}

/** What {@link Revalidator.revalidate} did, per API. */
export interface RevalidationReport {
  readonly klass: ApiRevalidation;
  readonly brreg: ApiRevalidation;
}

/** Counts the per-API runners fill in. */
export interface Tally {
  feedRequests: number;
  changed: number;
  refetched: number;
  evicted: number;
  removed: number;
}

/** A tally with every count at zero. */
export function emptyTally(): Tally {
  return { feedRequests: 0, changed: 0, refetched: 0, evicted: 0, removed: 0 };
}

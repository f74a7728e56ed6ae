import type { Clock } from "../clock";
import type { ApiName } from "../errors";
import type { CachedEntry } from "./entry";

/**
 * Freshness: an entry is fresh until `expiresAt` (fetchedAt + ttl); an entry a change feed covers
 * (`feed`, see ./entry.ts) is also fresh for ttl after the last successful revalidation of its API
 * that happened after it was fetched. Nothing else is extended: a feed cannot vouch for data it
 * does not report on (roles, searches, "not registered").
 */
export class Freshness {
  readonly #clock: Clock;
  readonly #validatedAt: Record<ApiName, number> = { klass: 0, brreg: 0 };
  #turnNow = Number.NaN;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Every feed-covered entry of `api` was checked against the service's change feed at `at`. */
  markValidated(api: ApiName, at: number): void {
    this.#validatedAt[api] = Math.max(this.#validatedAt[api], at);
  }

  /** The last successful revalidation of `api` (ms since epoch; 0 when never). */
  validatedAt(api: ApiName): number {
    return this.#validatedAt[api];
  }

  /** Fresh now? */
  isFresh(entry: Pick<CachedEntry, "api" | "fetchedAt" | "expiresAt" | "feed">): boolean {
    const now = this.now();
    if (now < entry.expiresAt) return true;
    if (!entry.feed) return false;
    const validated = this.#validatedAt[entry.api];
    return validated > entry.fetchedAt && now < validated + (entry.expiresAt - entry.fetchedAt);
  }

  /**
   * The clock, read once per synchronous run: a recalculation burst of 100,000 hits reads it
   * once, instead of boxing a fresh `Date.now()` double per cell (the hot path allocates nothing).
   * Time cannot pass within one synchronous run anyway; the next microtask reads it again.
   */
  now(): number {
    let now = this.#turnNow;
    if (now !== now) {
      now = this.#clock.now();
      this.#turnNow = now;
      queueMicrotask(this.#forgetNow);
    }
    return now;
  }

  readonly #forgetNow = (): void => {
    this.#turnNow = Number.NaN;
  };
}

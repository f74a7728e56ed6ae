/**
 * The fetch layer's options: normalised once against {@link DEFAULT_CONFIG} and validated eagerly,
 * with errors that name the option (as ky's `normalize.ts` and node-lru-cache's option checks do), so a
 * wrong setting fails at start-up rather than as a strange cell error later.
 */
export interface CoreOptions {
  /** KLASS base URL, e.g. `https://data.ssb.no/api/klass/v1` (a trailing slash is dropped). */
  klassBaseUrl?: string;
  /** Enhetsregisteret base URL, e.g. `https://data.brreg.no/enhetsregisteret/api`. */
  brregBaseUrl?: string;
  /**
   * Budget of one HTTP call from the moment it gets a connection slot (its attempts and backoff),
   * ms. Waiting for a slot is bounded apart, by 4 × this.
   */
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors and {@link CoreOptions.retryStatuses}. */
  maxRetries?: number;
  /** First backoff delay, doubled per retry, with jitter, ms. */
  retryBaseDelayMs?: number;
  /** Longest backoff delay, ms. */
  retryMaxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the call fails as unavailable, ms. */
  maxRetryAfterMs?: number;
  /** Statuses retried with backoff (429 honours `Retry-After`). */
  retryStatuses?: readonly number[];
  /** Requests in flight per host at once. */
  concurrencyPerHost?: number;
  /** How long the micro-batcher collects keys before it sends, ms. */
  batchWindowMs?: number;
  /** Most organisasjonsnummer in one list request (the API accepts at most 2000). */
  batchMaxKeys?: number;
  /** Longest request URL a batch may produce, bytes. */
  batchMaxUrlBytes?: number;
  /** How long a cached entry is fresh, ms. */
  ttlMs?: number;
  /** Memory cache bound, in entries. */
  memoryMaxEntries?: number;
  /** Memory cache bound, in approximate bytes. */
  memoryMaxBytes?: number;
  /** Persistent store bound, in cache entries (the oldest are swept beyond it). */
  storeMaxEntries?: number;
  /** Revalidation asks for changes since the last sync minus this much (clock skew), ms. */
  revalidateOverlapMs?: number;
  /** Page size of `oppdateringer/*` and `classifications?changedSince` requests. */
  updatesPageSize?: number;
}

/** Options after normalisation: every field present. */
export type CoreConfig = { readonly [K in keyof CoreOptions]-?: Exclude<CoreOptions[K], undefined> };

/** The defaults every option is normalised against. */
export const DEFAULT_CONFIG: CoreConfig = Object.freeze({
  klassBaseUrl: "https://data.ssb.no/api/klass/v1",
  brregBaseUrl: "https://data.brreg.no/enhetsregisteret/api",
  timeoutMs: 15_000,
  maxRetries: 3,
  retryBaseDelayMs: 200,
  retryMaxDelayMs: 5_000,
  maxRetryAfterMs: 10_000,
  // 500 is left out on purpose: both APIs document it as "unexpected error" for one request (the
  // Brreg docs' example is a 500 for one orgnr's roller), so a retry repeats the failure; overload
  // and proxy trouble come as 502/503/504, and rate limiting as 429.
  retryStatuses: Object.freeze([429, 502, 503, 504]),
  concurrencyPerHost: 6,
  batchWindowMs: 20,
  batchMaxKeys: 1000,
  batchMaxUrlBytes: 8000,
  ttlMs: 24 * 60 * 60 * 1000,
  memoryMaxEntries: 200_000,
  memoryMaxBytes: 256 * 1024 * 1024,
  storeMaxEntries: 500_000,
  revalidateOverlapMs: 0,
  updatesPageSize: 1000,
});

function integer(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`;
    throw new RangeError(`Option "${name}" must be ${range}; got ${String(value)}.`);
  }
  return value;
}

function baseUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`Option "${name}" must be an absolute http(s) URL; got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`Option "${name}" must use http or https; got ${JSON.stringify(value)}.`);
  }
  if (url.search || url.hash) throw new TypeError(`Option "${name}" must not carry a query or fragment; got ${JSON.stringify(value)}.`);
  return value.replace(/\/+$/, "");
}

/**
 * Fills in defaults and validates every option; throws a `RangeError`/`TypeError` naming the
 * first bad option. Unknown options are ignored (services passes its own on top).
 *
 * @example resolveConfig({ batchWindowMs: 5 }).batchMaxKeys // 1000
 */
export function resolveConfig(options: CoreOptions = {}): CoreConfig {
  const pick = <K extends keyof CoreOptions>(key: K): CoreConfig[K] =>
    (options[key] === undefined ? DEFAULT_CONFIG[key] : options[key]) as CoreConfig[K];
  const retryStatuses = pick("retryStatuses");
  if (!Array.isArray(retryStatuses) || retryStatuses.some((s) => !Number.isInteger(s) || s < 400 || s > 599)) {
    throw new RangeError(`Option "retryStatuses" must be a list of HTTP statuses 400–599; got ${JSON.stringify(retryStatuses)}.`);
  }
  if (retryStatuses.some((s) => s === 400 || s === 404 || s === 410)) {
    throw new RangeError(`Option "retryStatuses" must not hold 400, 404 or 410: those are answers, not failures.`);
  }
  return Object.freeze({
    klassBaseUrl: baseUrl("klassBaseUrl", pick("klassBaseUrl")),
    brregBaseUrl: baseUrl("brregBaseUrl", pick("brregBaseUrl")),
    timeoutMs: integer("timeoutMs", pick("timeoutMs"), 1),
    maxRetries: integer("maxRetries", pick("maxRetries"), 0, 10),
    retryBaseDelayMs: integer("retryBaseDelayMs", pick("retryBaseDelayMs"), 0),
    retryMaxDelayMs: integer("retryMaxDelayMs", pick("retryMaxDelayMs"), 0),
    maxRetryAfterMs: integer("maxRetryAfterMs", pick("maxRetryAfterMs"), 0),
    retryStatuses: Object.freeze([...retryStatuses]),
    concurrencyPerHost: integer("concurrencyPerHost", pick("concurrencyPerHost"), 1, 64),
    batchWindowMs: integer("batchWindowMs", pick("batchWindowMs"), 0, 10_000),
    // Enhetsregisteret documents `organisasjonsnummer` as "<= 2000 items".
    batchMaxKeys: integer("batchMaxKeys", pick("batchMaxKeys"), 1, 2000),
    batchMaxUrlBytes: integer("batchMaxUrlBytes", pick("batchMaxUrlBytes"), 256),
    ttlMs: integer("ttlMs", pick("ttlMs"), 0),
    memoryMaxEntries: integer("memoryMaxEntries", pick("memoryMaxEntries"), 1),
    memoryMaxBytes: integer("memoryMaxBytes", pick("memoryMaxBytes"), 1024),
    storeMaxEntries: integer("storeMaxEntries", pick("storeMaxEntries"), 1),
    revalidateOverlapMs: integer("revalidateOverlapMs", pick("revalidateOverlapMs"), 0),
    updatesPageSize: integer("updatesPageSize", pick("updatesPageSize"), 1, 10_000),
  });
}

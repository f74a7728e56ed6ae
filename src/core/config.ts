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

/** Why {@link checkBaseUrl} refused a base URL (a key the taskpane translates). */
export type BaseUrlProblem = "not-a-url" | "not-http" | "query-or-fragment";

/** {@link checkBaseUrl}'s answer: the URL to use, or why not with a message naming the option. */
export type BaseUrlCheckResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: BaseUrlProblem; readonly message: string };

/**
 * THE base-URL check (one for the core, the runtime's URL resolution and the Settings form):
 * an absolute http(s) URL without query or fragment — the data modules append paths and their
 * own query strings to it. Surrounding white space and trailing slashes are dropped.
 *
 * @example checkBaseUrl("klassBaseUrl", "https://proxy.example.no/klass/v1/") // { ok: true, url: "https://proxy.example.no/klass/v1" }
 * @example checkBaseUrl("klassBaseUrl", "https://proxy.example.no/klass/v1?key=abc").ok // false ("query-or-fragment")
 */
export function checkBaseUrl(name: string, value: unknown): BaseUrlCheckResult {
  const got = JSON.stringify(value) ?? String(value);
  const refuse = (problem: BaseUrlProblem, must: string): BaseUrlCheckResult => ({
    ok: false,
    problem,
    message: `Option "${name}" ${must}; got ${got}.`,
  });
  const text = typeof value === "string" ? value.trim() : "";
  let url: URL;
  try {
    if (!text) throw new TypeError("empty");
    url = new URL(text);
  } catch {
    return refuse("not-a-url", "must be an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return refuse("not-http", "must use http or https");
  // `url.search` is "" for a bare "?", so look at the text as well.
  if (url.search || url.hash || /[?#]/.test(text))
    return refuse("query-or-fragment", "must not carry a query or fragment");
  return { ok: true, url: text.replace(/\/+$/, "") };
}

function baseUrl(name: string, value: string): string {
  const checked = checkBaseUrl(name, value);
  if (!checked.ok) throw new TypeError(checked.message);
  return checked.url;
}

/** The configs {@link resolveConfig} returned: {@link configOf} takes these as they are. */
const RESOLVED = new WeakSet<CoreConfig>();

/** A config {@link resolveConfig} already returned, passed to the parts `createServices` builds. */
export interface ResolvedConfigOption {
  /** Used as it is (so the options are checked once per services instance); other limits are then ignored. */
  readonly config?: CoreConfig;
}

/** The config of a part: `options.config` when resolveConfig returned it, else `resolveConfig(options)`. */
export function configOf(options: CoreOptions & ResolvedConfigOption): CoreConfig {
  const given = options.config;
  return given !== undefined && RESOLVED.has(given) ? given : resolveConfig(options);
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
    throw new RangeError(
      `Option "retryStatuses" must be a list of HTTP statuses 400–599; got ${JSON.stringify(retryStatuses)}.`,
    );
  }
  if (retryStatuses.some((s) => s === 400 || s === 404 || s === 410)) {
    throw new RangeError(`Option "retryStatuses" must not hold 400, 404 or 410: those are answers, not failures.`);
  }
  const config: CoreConfig = Object.freeze({
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
  RESOLVED.add(config);
  return config;
}

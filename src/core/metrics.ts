import { RecentOutcomes } from "./connectionHealth";
import type { ApiName } from "./errors";

/** A copy of the counters at one moment, for the taskpane and the benchmarks. */
export interface MetricsSnapshot {
  /** HTTP requests sent (every attempt, retries included). */
  readonly requests: number;
  readonly requestsByApi: Readonly<Record<ApiName, number>>;
  /** Requests per `"<api> <path template>"`, e.g. `"brreg enheter/{id}"`, `"klass classifications/{id}/codesAt"`. */
  readonly requestsByPath: Readonly<Record<string, number>>;
  /** Response body bytes received over the wire (Content-Length, else the decoded length). */
  readonly bytes: number;
  /** Answers from the cache (memory or persistent store) without a request. */
  readonly hits: number;
  /** Look-ups that had to go to the network. */
  readonly misses: number;
  /** Stale entries served because the service could not be reached (stale-if-error). */
  readonly staleServes: number;
  readonly retries: number;
  /** List requests the micro-batcher sent, and the keys they carried. */
  readonly batches: number;
  readonly batchedKeys: number;
  /** Calls that failed with a service error (unavailable, timeout, offline) after retries. */
  readonly failures: number;
  /** Persistent-store calls that did not answer within the store timeout (reads then count as misses). */
  readonly storeTimeouts: number;
}

const ZERO: MetricsSnapshot = Object.freeze({
  requests: 0,
  requestsByApi: { klass: 0, brreg: 0 },
  requestsByPath: {},
  bytes: 0,
  hits: 0,
  misses: 0,
  staleServes: 0,
  retries: 0,
  batches: 0,
  batchedKeys: 0,
  failures: 0,
  storeTimeouts: 0,
});

/**
 * Counters of the fetch layer. Hot counters are plain fields (`metrics.hits++` costs nothing on
 * the warm path); {@link Metrics.snapshot} copies them for readers.
 */
export class Metrics {
  hits = 0;
  misses = 0;
  staleServes = 0;
  retries = 0;
  batches = 0;
  batchedKeys = 0;
  bytes = 0;
  failures = 0;
  storeTimeouts = 0;
  /** The last minute's outcomes, for the connection badge (src/core/connectionHealth.ts). */
  readonly recent = new RecentOutcomes();
  #requests = 0;
  #byApi: Record<ApiName, number> = { klass: 0, brreg: 0 };
  #byPath = new Map<string, number>();
  readonly #bases: ReadonlyArray<readonly [ApiName, string]>;

  /** `bases`: each API's base URL, stripped from paths so the per-path counts read `enheter/{id}`. */
  constructor(bases: Partial<Record<ApiName, string>> = {}) {
    this.#bases = (Object.entries(bases) as Array<[ApiName, string | undefined]>)
      .filter((entry): entry is [ApiName, string] => typeof entry[1] === "string")
      .map(([api, base]) => [api, pathOf(base).replace(/\/+$/, "")] as const);
  }

  /** Counts one HTTP request (attempt). */
  recordRequest(api: ApiName, url: string): void {
    this.#requests++;
    this.#byApi[api]++;
    const key = `${api} ${this.#template(api, url)}`;
    this.#byPath.set(key, (this.#byPath.get(key) ?? 0) + 1);
  }

  #template(api: ApiName, url: string): string {
    let path = pathOf(url);
    const base = this.#bases.find(([name]) => name === api)?.[1];
    if (base && path.startsWith(base)) path = path.slice(base.length);
    // Ids and numbers become {id} so the counts group by endpoint, not by unit.
    return path
      .replace(/^\/+/, "")
      .replace(/\/\d+(?=\/|$)/g, "/{id}")
      .replace(/^\d+(?=\/|$)/, "{id}");
  }

  snapshot(): MetricsSnapshot {
    return {
      requests: this.#requests,
      requestsByApi: { ...this.#byApi },
      requestsByPath: Object.fromEntries(this.#byPath),
      bytes: this.bytes,
      hits: this.hits,
      misses: this.misses,
      staleServes: this.staleServes,
      retries: this.retries,
      batches: this.batches,
      batchedKeys: this.batchedKeys,
      failures: this.failures,
      storeTimeouts: this.storeTimeouts,
    };
  }

  reset(): void {
    Object.assign(this, {
      hits: 0,
      misses: 0,
      staleServes: 0,
      retries: 0,
      batches: 0,
      batchedKeys: 0,
      bytes: 0,
      failures: 0,
      storeTimeouts: 0,
    });
    this.recent.clear();
    this.#requests = 0;
    this.#byApi = { klass: 0, brreg: 0 };
    this.#byPath.clear();
  }

  /** All counters zero, e.g. for a taskpane before the first answer. */
  static readonly empty: MetricsSnapshot = ZERO;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split("?")[0] ?? url;
  }
}

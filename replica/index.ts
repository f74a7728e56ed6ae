/**
 * Local replicas of SSB's KLASS API and Brønnøysundregistrene's Enhetsregisteret API, served by
 * one Node `http` server on a loopback port, with fault injection and a request log.
 *
 * This file is the public surface: other modules (integration tests, benchmarks, the offline dev
 * server) import only from here.
 *
 * @example
 * ```ts
 * const replica = await startReplica({ seed: 1, latencyMs: 5 });
 * const res = await fetch(`${replica.klassBaseUrl}/classifications/131/codesAt?date=2024-01-01`,
 *   { headers: { Accept: "application/json" } });
 * await replica.close();
 * ```
 */

/** Options for {@link startReplica}; every field is optional and normalised in `options.ts`. */
export interface ReplicaOptions {
  /** Fixed delay before every answer, in milliseconds (default 0). */
  latencyMs?: number;
  /** Extra random delay, uniform in [0, jitterMs) from the seeded PRNG (default 0). */
  jitterMs?: number;
  /** Seed for the generated data and for fault decisions (default 1). */
  seed?: number;
  /** Fault injection; may be changed later with {@link Replica.setFaults}. */
  faults?: FaultConfig;
  /** Port to listen on (default 0: a free port). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Number of generated enheter besides the recorded real ones (default 21000, ≥ 20000 of them active). */
  enheter?: number;
  /** Number of generated underenheter (default 10500, ≥ 10000 of them active). */
  underenheter?: number;
}

/** Fault injection knobs. Rates are probabilities 0..1 drawn per request from the seeded PRNG. */
export interface FaultConfig {
  /** Per-status error rates, e.g. `{ 503: 0.1 }`. */
  errorRates?: Partial<Record<500 | 502 | 503 | 429, number>>;
  /** `Retry-After` (seconds) sent with injected 429 and 503 answers (default 1). */
  retryAfterSeconds?: number;
  /** Share of requests that never get an answer (the socket stays open until close()). */
  hangRate?: number;
  /** When set, only requests whose path matches one of these can hang. */
  hangPaths?: RegExp[];
  /** Share of 200 answers cut off in the middle of the body (connection destroyed). */
  truncateRate?: number;
  /** Share of requests answered 200 with an HTML page (as a captive portal or proxy would). */
  htmlRate?: number;
  /** Longest accepted request URL (path + query); longer ones get 414. */
  maxUrlLength?: number;
  /** Most organisasjonsnummer values accepted in one Brreg list filter; more get 400. */
  maxOrgnrList?: number;
  /** Restrict the random faults to one API (default: both). */
  api?: "klass" | "brreg";
  /**
   * Every request whose path (below the API prefix, e.g. `/enheter/923609016/roller`) matches one
   * of these is answered 404 with an HTML page, as a misconfigured proxy in front of the API does;
   * `[/^/]` for every path (a wrong base URL). Limited by `api` like the random faults; checked
   * before them, for as long as it is set.
   */
  html404Paths?: RegExp[];
  /**
   * Redirect every matching request (302): `to: "loop"` back to the very same URL (a loop that
   * only a client's redirect limit ends), or `to: "<origin>"` to the same path and query on
   * another origin (e.g. a second replica), as a misconfigured proxy or a login portal would.
   */
  redirect?: { to: "loop" | string; pathPattern?: RegExp };
  /**
   * Answer every matching request 200 with a valid JSON object of about `bytes` bytes
   * (`{"padding":"xxx…"}`), streamed without Content-Length, so a client only learns its size by
   * reading it; the stream stops when the client goes away.
   */
  hugeBody?: { bytes: number; pathPattern?: RegExp };
  /** Deterministic one-shot faults, consumed in order by the first matching request each. */
  failNext?: Array<{ status: number; pathPattern?: RegExp; retryAfterSeconds?: number; html?: boolean }>;
  /**
   * 200 answers of the wrong shape, for as long as they are configured: every request whose path
   * (below the API prefix) matches `pathPattern` (and whose API is `api`, when given) gets `body`
   * instead of its answer. Checked after `failNext`, before the random knobs.
   */
  wrongBodies?: Array<{ pathPattern: RegExp; body: WrongBody; api?: "klass" | "brreg" }>;
}

/**
 * A 200 body that is not what the endpoint promises, as a broken proxy or deployment sends:
 * `message` (`{"message":"…"}`), `empty-array` (`[]`), `null`, `empty-object` (`{}`), `huge` (a
 * ~1 MB object with none of the promised fields), `other-unit` (the real answer with another
 * `organisasjonsnummer`; other answers are served as they are).
 */
export type WrongBody = "message" | "empty-array" | "null" | "empty-object" | "huge" | "other-unit";

/** One served request, appended to {@link Replica.requests} when the answer is sent. */
export interface RequestLogEntry {
  api: "klass" | "brreg";
  method: string;
  /** Path below the API prefix, e.g. `/classifications/131/codesAt` or `/enheter/923609016`. */
  path: string;
  query: Record<string, string>;
  /** The full request URL as received (path and query). */
  url: string;
  /** Status sent; 0 when the request hung and was never answered. */
  status: number;
  accept?: string;
  /** Epoch milliseconds when the request arrived. */
  at: number;
  /** Body bytes written. */
  bytes: number;
}

/** Read-only views of the data, so tests can pick units and codes by kind. */
export interface ReplicaDataView {
  /** Organisation numbers by kind. Each list is sorted ascending. */
  orgnr: {
    activeEnheter: readonly string[];
    underenheter: readonly string[];
    deleted: readonly string[];
    removed: readonly string[];
    bankrupt: readonly string[];
    underAvvikling: readonly string[];
    underTvangsavvikling: readonly string[];
    foreignAddress: readonly string[];
    withRoles: readonly string[];
    /** The real units from the recorded fixtures (EQUINOR, the ASA hits, Sesam, 81000xxxx). */
    recorded: readonly string[];
  };
  /** Classifications with their versions (id, name, validFrom, validTo, languages). */
  classifications: ReadonlyArray<{
    id: number;
    name: string;
    lastModified: string;
    versions: ReadonlyArray<{
      id: number;
      name: string;
      validFrom: string;
      validTo: string | null;
      published: readonly string[];
    }>;
  }>;
  /** The Brreg record as served on `enheter/{orgnr}` or `underenheter/{orgnr}` (a deep copy). */
  unit(orgnr: string): Record<string, unknown> | undefined;
  /** Current kommunenummer (KLASS 131 version valid today) with names. */
  kommuner: ReadonlyArray<{ nummer: string; navn: string }>;
}

/** A running replica. */
export interface Replica {
  /** e.g. `http://127.0.0.1:PORT/api/klass/v1` */
  klassBaseUrl: string;
  /** e.g. `http://127.0.0.1:PORT/enhetsregisteret/api` */
  brregBaseUrl: string;
  /** Live request log (appended as answers are sent). */
  requests: RequestLogEntry[];
  /** Requests per "api path-template", e.g. `"brreg /enheter"`, `"klass /classifications/{id}/codesAt"`. */
  counts(): Record<string, number>;
  /** Empties the request log and counters. */
  resetLog(): void;
  /** Replaces the fault configuration at run time. */
  setFaults(f: FaultConfig): void;
  /** Changes data at run time; see {@link Mutation}. */
  mutate(change: Mutation): void;
  data: ReplicaDataView;
  /** Stops listening and destroys open sockets, hanging ones included. */
  close(): Promise<void>;
}

/** A run-time data change, reflected in lastModified/changedSince (KLASS) or oppdateringer (Brreg). */
export type Mutation =
  | { kind: "brreg-unit"; orgnr: string; patch: Record<string, unknown> }
  | { kind: "brreg-delete"; orgnr: string; slettedato?: string }
  | { kind: "brreg-remove"; orgnr: string }
  | { kind: "klass-rename"; classificationId: number; code: string; name: string; versionValidFrom?: string };

export { startReplica } from "./server";

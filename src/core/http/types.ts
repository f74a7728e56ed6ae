import type { ApiName } from "../errors";

/** One GET the fetch layer should make. `accept` defaults per API (JSON for KLASS, whose default is XML). */
export interface HttpGet {
  readonly api: ApiName;
  readonly url: string;
  readonly accept?: string;
  /** Cancels this caller's interest; the shared request is aborted only when every caller has cancelled. */
  readonly signal?: AbortSignal;
  /**
   * Sent at once, past the per-host queue (./hostLimiter.ts). Only for the base-URL probe
   * (./baseUrlCheck.ts): one request at a time per API, which must not wait behind the look-ups
   * whose 404s it is checking.
   */
  readonly unqueued?: boolean;
}

/** A parsed JSON answer with what the cache needs to record about it. */
export interface HttpResponse<T> {
  readonly status: number;
  readonly body: T;
  readonly url: string;
  readonly bytes: number;
}

/**
 * The HTTP core: timeouts, retries with backoff, per-host concurrency, shared in-flight requests,
 * and the error taxonomy (see ../errors). Resolves only for 2xx with a JSON body; 404 rejects with
 * NotFoundError only in the API's own not-found form (KLASS: an RFC 7807 problem
 * body; Enhetsregisteret: an empty body); any other 404 is ServiceUnavailableError, 410 with RemovedError, 400 with InvalidInputError carrying the server's
 * message. ./baseUrlCheck.ts turns every 404 of a base URL that does not answer as the API into an outage.
 */
export interface HttpClient {
  getJson<T>(request: HttpGet): Promise<HttpResponse<T>>;
}

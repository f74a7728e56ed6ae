import { systemClock, sleep, type Clock } from "../clock";
import { configOf, type CoreConfig, type CoreOptions, type ResolvedConfigOption } from "../config";
import {
  CancelledError,
  OfflineError,
  ServiceUnavailableError,
  TimeoutError,
  isKbError,
  type ApiName,
  type KbError,
} from "../errors";
import type { Metrics } from "../metrics";
import { parseSuccess, type Attempt } from "./parseSuccess";
import { isOutage } from "./outage";
import { HostLimiter, type Release } from "./hostLimiter";
import { linkedTimeout, secondsOf } from "./linkedTimeout";
import { acceptFor } from "./mediaTypes";
import { maxBodyBytes, megabytes } from "./bodyLimits";
import { readBounded } from "./boundedBody";
import { foreignOrigin, isRedirectLoop } from "./redirects";
import { backoffDelay, parseRetryAfter } from "./retry";
import { statusError } from "./statusError";
import type { HttpClient, HttpGet, HttpResponse } from "./types";

/** Dependencies and limits of {@link FetchHttpClient}; limits default to {@link DEFAULT_CONFIG}. */
interface HttpClientOptions
  extends
    ResolvedConfigOption,
    Pick<
      CoreOptions,
      | "timeoutMs"
      | "maxRetries"
      | "retryBaseDelayMs"
      | "retryMaxDelayMs"
      | "maxRetryAfterMs"
      | "retryStatuses"
      | "concurrencyPerHost"
    > {
  readonly fetch: typeof fetch;
  readonly clock?: Clock;
  readonly metrics?: Metrics;
  /** In [0, 1); jitter of the backoff. */
  readonly random?: () => number;
  /** False when the device knows it is offline: then network errors are not retried. */
  readonly isOnline?: () => boolean;
  /**
   * Longest wait for a free connection slot before the call fails as "too busy", ms; default
   * {@link QUEUE_TIMEOUT_FACTOR} × `timeoutMs`. Queueing does not count against `timeoutMs`.
   */
  readonly queueTimeoutMs?: number;
}

/** The default queue bound, in multiples of the request timeout. */
const QUEUE_TIMEOUT_FACTOR = 4;

interface Shared {
  readonly controller: AbortController;
  promise: Promise<HttpResponse<unknown>>;
  /** Callers that passed a signal and have not cancelled. */
  waiters: number;
  /** A caller without a signal joined: never abort for cancellation. */
  pinned: boolean;
}

function defaultIsOnline(): boolean {
  return (globalThis as { navigator?: { onLine?: unknown } }).navigator?.onLine !== false;
}

/**
 * The HTTP core over an injected `fetch` (see ./types.ts for the contract). `timeoutMs` bounds
 * each attempt from the moment it gets a host slot, and retries stop once the next one would start
 * past `timeoutMs` after the first was sent; waiting for a slot is bounded apart
 * (`queueTimeoutMs`). A hard cap of queue bound + timeout settles every promise whatever happens.
 */
export class FetchHttpClient implements HttpClient {
  readonly #fetch: typeof fetch;
  readonly #clock: Clock;
  readonly #metrics: Metrics | undefined;
  readonly #random: () => number;
  readonly #isOnline: () => boolean;
  readonly #config: CoreConfig;
  readonly #limiter: HostLimiter;
  readonly #queueTimeoutMs: number;
  readonly #inflight = new Map<string, Shared>();
  #closed = false;

  constructor(options: HttpClientOptions) {
    if (typeof options.fetch !== "function")
      throw new TypeError(`Option "fetch" must be a function (globalThis.fetch or a test double).`);
    this.#fetch = options.fetch;
    this.#clock = options.clock ?? systemClock;
    this.#metrics = options.metrics;
    this.#random = options.random ?? Math.random;
    this.#isOnline = options.isOnline ?? defaultIsOnline;
    this.#config = configOf(options);
    this.#limiter = new HostLimiter(this.#config.concurrencyPerHost);
    const queue = options.queueTimeoutMs ?? QUEUE_TIMEOUT_FACTOR * this.#config.timeoutMs;
    if (!Number.isInteger(queue) || queue < 0)
      throw new RangeError(`Option "queueTimeoutMs" must be an integer ≥ 0; got ${String(queue)}.`);
    this.#queueTimeoutMs = queue;
  }

  /** Distinct requests in flight (shared ones count once). */
  get inFlight(): number {
    return this.#inflight.size;
  }

  getJson<T>(request: HttpGet): Promise<HttpResponse<T>> {
    if (this.#closed)
      return Promise.reject(new CancelledError("the services were closed", { api: request.api, url: request.url }));
    const accept = request.accept ?? acceptFor(request.api, request.url);
    const jump = request.unqueued === true;
    const key = `${accept}\n${request.url}${jump ? "\nunqueued" : ""}`;
    let shared = this.#inflight.get(key);
    if (!shared) {
      shared = this.#start(request.api, request.url, accept, key, jump);
      this.#inflight.set(key, shared);
    }
    if (!request.signal) {
      shared.pinned = true;
      return shared.promise as Promise<HttpResponse<T>>;
    }
    return this.#join(shared, key, request) as Promise<HttpResponse<T>>;
  }

  /** Aborts every request in flight (their callers get CancelledError) and refuses new ones. */
  close(): void {
    this.#closed = true;
    for (const shared of this.#inflight.values())
      shared.controller.abort(new CancelledError("the services were closed"));
    this.#inflight.clear();
  }

  #start(api: ApiName, url: string, accept: string, key: string, jump: boolean): Shared {
    const controller = new AbortController();
    // The hard cap: queueing (bounded by queueTimeoutMs) plus one attempt's timeout. Whatever the
    // service or the queue does, the call settles by then (the cell deadline of functions/shared/answer.ts is longer).
    const capMs = this.#queueTimeoutMs + this.#config.timeoutMs;
    const timer = this.#clock.setTimeout(
      () =>
        controller.abort(
          new TimeoutError(`no answer within ${secondsOf(capMs)} s`, {
            api,
            url,
            code: "timeout",
            params: { seconds: String(secondsOf(capMs)) },
          }),
        ),
      capMs,
    );
    const shared: Shared = { controller, promise: Promise.resolve() as never, waiters: 0, pinned: false };
    const done = () => {
      this.#clock.clearTimeout(timer);
      if (this.#inflight.get(key) === shared) this.#inflight.delete(key);
    };
    shared.promise = this.#run(api, url, accept, controller.signal, jump).then(
      (response) => {
        done();
        this.#metrics?.recent.record(true, this.#clock.now());
        return response;
      },
      (error: unknown) => {
        done();
        if (this.#metrics && isOutage(error)) {
          this.#metrics.failures++;
          this.#metrics.recent.record(false, this.#clock.now(), error instanceof Error ? error : undefined);
        }
        throw error;
      },
    );
    // Every caller gets the rejection through its own chain; this only stops Node from reporting
    // a request whose callers all cancelled as an unhandled rejection.
    shared.promise.catch(() => undefined);
    return shared;
  }

  #join(shared: Shared, key: string, request: HttpGet): Promise<HttpResponse<unknown>> {
    const signal = request.signal as AbortSignal;
    const cancelled = () => new CancelledError("cancelled", { api: request.api, url: request.url });
    if (signal.aborted) return Promise.reject(cancelled());
    shared.waiters++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        shared.waiters--;
        reject(cancelled());
        if (shared.waiters === 0 && !shared.pinned) {
          if (this.#inflight.get(key) === shared) this.#inflight.delete(key);
          shared.controller.abort(cancelled());
        }
      };
      signal.addEventListener("abort", onAbort, { once: true });
      shared.promise.then(
        (value) => {
          signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  async #run(
    api: ApiName,
    url: string,
    accept: string,
    signal: AbortSignal,
    jump: boolean,
  ): Promise<HttpResponse<unknown>> {
    const host = new URL(url).host;
    let deadline = Number.POSITIVE_INFINITY;
    for (let attempt = 0; ; attempt++) {
      const release = await this.#acquire(host, api, url, signal, jump);
      // The timeout runs from the moment the request can be sent: a burst that queues behind the
      // per-host limit must not time out requests that were never sent.
      if (attempt === 0) deadline = this.#clock.now() + this.#config.timeoutMs;
      let outcome: Attempt;
      const timed = linkedTimeout(
        this.#clock,
        signal,
        this.#config.timeoutMs,
        () =>
          new TimeoutError(`no answer within ${secondsOf(this.#config.timeoutMs)} s`, {
            api,
            url,
            code: "timeout",
            params: { seconds: String(secondsOf(this.#config.timeoutMs)) },
          }),
      );
      try {
        outcome = await this.#attempt(api, url, accept, timed.signal);
      } finally {
        timed.clear();
        release();
      }
      if (outcome.ok) return outcome.response;
      if (!outcome.retryable || attempt >= this.#config.maxRetries) throw outcome.error;
      const wait = outcome.retryAfterMs ?? backoffDelay(attempt, this.#config, this.#random);
      // A long Retry-After or a backoff past the deadline: fail now with the real reason rather
      // than later with a timeout that hides it.
      if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > this.#config.maxRetryAfterMs)
        throw outcome.error;
      if (this.#clock.now() + wait >= deadline) throw outcome.error;
      if (this.#metrics) this.#metrics.retries++;
      await sleep(this.#clock, wait, signal).catch((reason: unknown) => {
        throw this.#abortError(signal, api, url, reason);
      });
    }
  }

  /** A host slot, or ServiceUnavailableError ("busy") when none comes within the queue bound. */
  async #acquire(host: string, api: ApiName, url: string, signal: AbortSignal, jump: boolean): Promise<Release> {
    const waited = linkedTimeout(
      this.#clock,
      signal,
      this.#queueTimeoutMs,
      () =>
        new ServiceUnavailableError(`too busy: no connection free within ${secondsOf(this.#queueTimeoutMs)} s`, {
          api,
          url,
          code: "busy",
        }),
    );
    try {
      return await this.#limiter.acquire(host, waited.signal, jump);
    } catch (reason) {
      throw this.#abortError(waited.signal, api, url, reason);
    } finally {
      waited.clear();
    }
  }

  async #attempt(api: ApiName, url: string, accept: string, signal: AbortSignal): Promise<Attempt> {
    this.#metrics?.recordRequest(api, url);
    let response: Response;
    try {
      response = await this.#fetch(url, { method: "GET", headers: { Accept: accept }, signal, redirect: "follow" });
    } catch (cause) {
      if (signal.aborted) throw this.#abortError(signal, api, url, cause);
      // A loop ran into fetch's own redirect limit: another attempt would only loop again.
      if (isRedirectLoop(cause)) {
        const error = new ServiceUnavailableError("redirected too many times (a redirect loop)", { api, url, cause });
        return { ok: false, retryable: false, error };
      }
      const online = this.#isOnline();
      const host = new URL(url).host;
      const error = new OfflineError(online ? `could not reach ${host}` : "the device is offline", {
        api,
        url,
        cause,
        ...(online ? { code: "offline", params: { host } } : { code: "device-offline" }),
      });
      return { ok: false, retryable: online, error };
    }
    const elsewhere = foreignOrigin(url, response);
    if (elsewhere !== undefined) {
      await response.body?.cancel().catch(() => undefined);
      // Not the service's answer for this URL (see ./redirects.ts): an outage, never cached.
      const error = new ServiceUnavailableError(
        `redirected to another origin (${elsewhere}): check the base URL in Settings`,
        { api, url, status: response.status },
      );
      return { ok: false, retryable: false, error };
    }
    let text: string;
    try {
      const limit = maxBodyBytes(api, url);
      const read = await readBounded(response, limit);
      if (!read.ok) return this.#tooLarge(api, url, response, limit);
      text = read.text;
    } catch (cause) {
      if (signal.aborted) throw this.#abortError(signal, api, url, cause);
      // The connection broke mid-answer: transient, so worth another attempt.
      const error = new ServiceUnavailableError("the connection broke while the answer was being read", {
        api,
        url,
        status: response.status,
        cause,
        code: "connection-broke",
      });
      return { ok: false, retryable: true, error };
    }
    // Metrics count what crossed the wire (Content-Length, compressed when gzipped); the cache's
    // byte bound needs what the text costs in memory: UTF-16, two bytes per code unit.
    const length = Number(response.headers.get("content-length"));
    if (this.#metrics) this.#metrics.bytes += Number.isFinite(length) && length > 0 ? length : text.length;
    const bytes = text.length * 2;
    const contentType = response.headers.get("content-type");
    if (response.status < 200 || response.status > 299) {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), this.#clock.now());
      return {
        ok: false,
        ...statusError(api, url, response.status, text, contentType, this.#config.retryStatuses, retryAfter),
      };
    }
    return parseSuccess(api, url, response.status, text, contentType, bytes);
  }

  /**
   * A body past its bound ({@link maxBodyBytes}). The status decides about retries, as for any
   * answer with that status: a 2xx is never retried (the same body would come again); an error
   * status is retried when the policy retries that status, without its (unread) message.
   */
  #tooLarge(api: ApiName, url: string, response: Response, limit: number): Attempt {
    const status = response.status;
    const message = `answered with more than ${megabytes(limit)}`;
    if (status >= 200 && status <= 299)
      return { ok: false, retryable: false, error: new ServiceUnavailableError(message, { api, url, status }) };
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), this.#clock.now());
    const failed = statusError(api, url, status, "", null, this.#config.retryStatuses, retryAfter);
    return { ok: false, ...failed };
  }

  #abortError(signal: AbortSignal, api: ApiName, url: string, cause: unknown): KbError {
    const reason: unknown = signal.reason;
    if (isKbError(reason)) return reason;
    return new CancelledError("cancelled", { api, url, cause });
  }
}

import { systemClock, type Clock } from "../clock";
import { SERVICE_NAMES, ServiceUnavailableError, isNotFoundError, isRemovedError, type ApiName } from "../errors";
import { isOutage } from "./outage";
import type { HttpClient, HttpGet, HttpResponse } from "./types";

/** Each API's base URL, e.g. from {@link CoreConfig}. */
type BaseUrls = Readonly<Record<ApiName, string>>;

/** A cheap request every correct base URL answers with 200 JSON. */
const PROBE_PATH: Record<ApiName, string> = { klass: "/classifications?size=1", brreg: "/enheter?size=1" };

/**
 * How long a verdict holds, ms. Short: a proxy that answered one HTML page, or a base URL fixed
 * behind our back, must not colour answers for long; one probe a minute per API costs nothing.
 */
export const VERDICT_TTL_MS = 60_000;

type Verdict = "ok" | "wrong";

interface Held {
  readonly verdict: Promise<Verdict | undefined>;
  /** When the probe settled (clock ms); undefined while it runs. */
  settledAt: number | undefined;
}

/** Options of {@link BaseUrlCheck}. */
interface BaseUrlCheckOptions {
  /** Times the verdicts; default: the system clock. */
  readonly clock?: Clock;
  /** Lifetime of a verdict, ms; default {@link VERDICT_TTL_MS}. */
  readonly verdictTtlMs?: number;
}

/**
 * An {@link HttpClient} that tells a real "not found" from a wrong base URL. A mistyped base URL in
 * Settings, a proxy that answers 404 for everything, or a moved API turns every request into a
 * 404 — which cells would show as #N/A and IFNA would hide. So on a 404 in the API's own form (see
 * ./statusError.ts; any other 404 is an outage already) this makes one cheap probe of an endpoint
 * that always exists; when the probe fails too, every 404 of that API becomes
 * ServiceUnavailableError ("… does not answer as KLASS; check Settings").
 *
 * A verdict lasts {@link VERDICT_TTL_MS} on the injected clock and is dropped at the next outage of
 * its API, so a fixed base URL or a recovered proxy is noticed by itself, with no manual step. An
 * outage during the probe is no verdict. The probe jumps the per-host queue: it must not wait behind
 * the very look-ups it decides about.
 *
 * @example
 * const http = new BaseUrlCheck(new FetchHttpClient({ fetch }), { klass: klassBaseUrl, brreg: brregBaseUrl }, { clock });
 */
export class BaseUrlCheck implements HttpClient {
  readonly #inner: HttpClient;
  readonly #bases: BaseUrls;
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #verdicts = new Map<ApiName, Held>();

  constructor(inner: HttpClient, bases: BaseUrls, options: BaseUrlCheckOptions = {}) {
    this.#inner = inner;
    this.#bases = bases;
    this.#clock = options.clock ?? systemClock;
    this.#ttlMs = options.verdictTtlMs ?? VERDICT_TTL_MS;
  }

  async getJson<T>(request: HttpGet): Promise<HttpResponse<T>> {
    try {
      return await this.#inner.getJson<T>(request);
    } catch (error) {
      if (isOutage(error)) this.#forgetSettled(request.api);
      if (!isNotFoundError(error)) throw error;
      const verdict = await this.#verdict(request.api);
      if (verdict === "ok") throw error;
      throw new ServiceUnavailableError(
        verdict === "wrong"
          ? `the base URL ${this.#bases[request.api]} does not answer as ${SERVICE_NAMES[request.api]}; check Settings`
          : `answered 404 and could not be checked (${SERVICE_NAMES[request.api]} did not answer a test request)`,
        {
          api: request.api,
          url: request.url,
          status: 404,
          cause: error,
          ...(verdict === "wrong"
            ? { code: "bad-base-url" }
            : { code: "service-unavailable", params: { status: "404" } }),
        },
      );
    }
  }

  /** An outage may mean the service, or what is in front of it, changed: the next 404 asks again. */
  #forgetSettled(api: ApiName): void {
    if (this.#verdicts.get(api)?.settledAt !== undefined) this.#verdicts.delete(api);
  }

  /** "ok" when the base URL answers as the API, "wrong" when it does not, undefined when unknown (an outage). */
  #verdict(api: ApiName): Promise<Verdict | undefined> {
    const held = this.#verdicts.get(api);
    if (held !== undefined && (held.settledAt === undefined || this.#clock.now() - held.settledAt < this.#ttlMs))
      return held.verdict;
    const next: Held = { verdict: this.#probe(api), settledAt: undefined };
    this.#verdicts.set(api, next);
    void next.verdict.then((v) => {
      if (this.#verdicts.get(api) !== next) return;
      // An outage is no verdict: ask again on the next 404.
      if (v === undefined) this.#verdicts.delete(api);
      else next.settledAt = this.#clock.now();
    });
    return next.verdict;
  }

  async #probe(api: ApiName): Promise<Verdict | undefined> {
    try {
      const { body } = await this.#inner.getJson<unknown>({
        api,
        url: this.#bases[api] + PROBE_PATH[api],
        unqueued: true,
      });
      return typeof body === "object" && body !== null ? "ok" : "wrong";
    } catch (error) {
      if (isNotFoundError(error) || isRemovedError(error)) return "wrong";
      if (isOutage(error)) {
        // An answer that is not the API's (an HTML page or an empty body with 200, a 404 page from
        // a proxy or a web server) is a verdict; a network failure, a timeout or a 5xx is not.
        const status = (error as { status?: number }).status;
        if (status === 404 || status === 410) return "wrong";
        return status !== undefined && status >= 200 && status < 300 ? "wrong" : undefined;
      }
      return "wrong";
    }
  }
}

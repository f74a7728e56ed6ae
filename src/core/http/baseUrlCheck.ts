import { SERVICE_NAMES, ServiceUnavailableError, isNotFoundError, isRemovedError, type ApiName } from "../errors";
import { isOutage } from "./outage";
import type { HttpClient, HttpGet, HttpResponse } from "./types";

/** Each API's base URL, e.g. from {@link CoreConfig}. */
type BaseUrls = Readonly<Record<ApiName, string>>;

/** A cheap request every correct base URL answers with 200 JSON. */
const PROBE_PATH: Record<ApiName, string> = { klass: "/classifications?size=1", brreg: "/enheter?size=1" };

type Verdict = "ok" | "wrong";

/**
 * An {@link HttpClient} that tells a real "not found" from a wrong base URL. A mistyped base URL in
 * Settings, a proxy that answers 404 for everything, or a moved API turns every request into a
 * 404 — which cells would show as #N/A and IFNA would hide. So on the first 404 per API this makes
 * one cheap probe of an endpoint that always exists; when the probe fails too, every 404 of that
 * API becomes ServiceUnavailableError ("… does not answer as KLASS; check Settings"). A definite
 * verdict is kept for the instance's life; an outage during the probe is not a verdict.
 *
 * @example
 * const http = new BaseUrlCheck(new FetchHttpClient({ fetch }), { klass: klassBaseUrl, brreg: brregBaseUrl });
 */
export class BaseUrlCheck implements HttpClient {
  readonly #inner: HttpClient;
  readonly #bases: BaseUrls;
  readonly #verdicts = new Map<ApiName, Promise<Verdict | undefined>>();

  constructor(inner: HttpClient, bases: BaseUrls) {
    this.#inner = inner;
    this.#bases = bases;
  }

  async getJson<T>(request: HttpGet): Promise<HttpResponse<T>> {
    try {
      return await this.#inner.getJson<T>(request);
    } catch (error) {
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

  /** "ok" when the base URL answers as the API, "wrong" when it does not, undefined when unknown (an outage). */
  #verdict(api: ApiName): Promise<Verdict | undefined> {
    let verdict = this.#verdicts.get(api);
    if (verdict === undefined) {
      verdict = this.#probe(api);
      this.#verdicts.set(api, verdict);
      // An outage is no verdict: ask again on the next 404.
      void verdict.then((v) => {
        if (v === undefined && this.#verdicts.get(api) === verdict) this.#verdicts.delete(api);
      });
    }
    return verdict;
  }

  async #probe(api: ApiName): Promise<Verdict | undefined> {
    try {
      const { body } = await this.#inner.getJson<unknown>({ api, url: this.#bases[api] + PROBE_PATH[api] });
      return typeof body === "object" && body !== null ? "ok" : "wrong";
    } catch (error) {
      if (isNotFoundError(error) || isRemovedError(error)) return "wrong";
      if (isOutage(error)) {
        // An HTML or empty answer (a proxy or a web server, not the API) is a verdict; a network
        // failure or a 5xx is not.
        const status = (error as { status?: number }).status;
        return status !== undefined && status >= 200 && status < 300 ? "wrong" : undefined;
      }
      return "wrong";
    }
  }
}

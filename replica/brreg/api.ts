/** The Enhetsregisteret replica: routes over one {@link BrregStore}, and its error rendering. */
import type { Mutation } from "../index";
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import { matchRoute } from "../http/types";
import { BrregStatus, BrregValidationError, MEDIA, brregJson, emptyStatus, validationResponse } from "./reply";
import { listRoutes } from "./routesLists";
import { unitRoutes } from "./routesUnits";
import { DEFAULT_MAX_ORGNR } from "./search";
import { BrregStore } from "./store";
import { selfLinks } from "./parts";

/** A Brreg API instance. */
export class BrregApi {
  readonly store: BrregStore;
  #maxOrgnr = DEFAULT_MAX_ORGNR;
  readonly #routes: Route[];

  constructor(seed: number, enheter: number, underenheter: number) {
    this.store = new BrregStore(seed, enheter, underenheter);
    this.#routes = [
      {
        template: "/",
        pattern: /^\/?$/,
        handle: (q) =>
          brregJson(
            q,
            {
              _links: {
                enheter: selfLinks("/enheter").self,
                underenheter: selfLinks("/underenheter").self,
                "oppdateringer/enheter": selfLinks("/oppdateringer/enheter").self,
                "oppdateringer/underenheter": selfLinks("/oppdateringer/underenheter").self,
                organisasjonsformer: selfLinks("/organisasjonsformer").self,
                kommuner: selfLinks("/kommuner").self,
              },
            },
            MEDIA.root,
          ),
      },
      ...unitRoutes(this.store, () => this.#maxOrgnr),
      ...listRoutes(this.store),
    ];
  }

  /** The path template for counters. */
  template(path: string): string {
    return matchRoute(this.#routes, path)?.route.template ?? path;
  }

  /** Answers a request; `maxOrgnrList` comes from the current fault configuration. */
  handle(req: ApiRequest, maxOrgnrList: number | undefined): ApiResponse {
    this.#maxOrgnr = maxOrgnrList ?? DEFAULT_MAX_ORGNR;
    const m = matchRoute(this.#routes, req.path);
    if (!m) return emptyStatus(404);
    try {
      return m.route.handle(req, m.params);
    } catch (e) {
      if (e instanceof BrregValidationError) return validationResponse(req, e.feil);
      if (e instanceof BrregStatus)
        return e.body ? brregJson(req, e.body, "application/json", e.status) : emptyStatus(e.status);
      throw e;
    }
  }

  /** Applies a Brreg mutation at `now`. */
  mutate(m: Exclude<Mutation, { kind: "klass-rename" }>, now: number): void {
    this.store.mutate(m, now);
  }
}

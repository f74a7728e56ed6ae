/**
 * The KLASS replica: routes, error rendering, and the `klass-rename` mutation.
 */
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import { matchRoute } from "../http/types";
import type { KlassData } from "./model";
import { KlassError, klassProblem } from "./reply";
import { buildCatalogue } from "./catalogue";
import { catalogueRoutes } from "./routesCatalogue";
import { codeRoutes } from "./routesCodes";
import { correspondRoutes } from "./routesCorrespond";
import { versionRoutes } from "./routesVersions";

/** A KLASS API instance over its own copy of the data. */
export class KlassApi {
  readonly data: KlassData = buildCatalogue();
  readonly #routes: Route[] = [
    ...catalogueRoutes(this.data),
    ...codeRoutes(this.data),
    ...correspondRoutes(this.data),
    ...versionRoutes(this.data),
  ];

  /** The path template for counters, e.g. `/classifications/{id}/codesAt`. */
  template(path: string): string {
    return matchRoute(this.#routes, path)?.route.template ?? path;
  }

  /** Answers a request (never throws for client errors). */
  handle(req: ApiRequest): ApiResponse {
    const m = matchRoute(this.#routes, req.path);
    try {
      if (!m) throw new KlassError(404, `No endpoint GET ${req.fullPath}`);
      return m.route.handle(req, m.params);
    } catch (e) {
      if (e instanceof KlassError) return klassProblem(req, e.status, e.detail);
      throw e;
    }
  }

  /**
   * Renames a code in one version (the one valid at `versionValidFrom`, else the newest) and
   * bumps lastModified of version and classification to `now`, so `changedSince` finds it.
   */
  rename(
    classificationId: number,
    code: string,
    name: string,
    versionValidFrom: string | undefined,
    now: number,
  ): void {
    const c = this.data.classifications.get(classificationId);
    if (!c) throw new Error(`klass-rename: no classification ${classificationId}`);
    const v = versionValidFrom
      ? c.versions.find((x) => x.validFrom <= versionValidFrom && (x.validTo === null || x.validTo > versionValidFrom))
      : c.versions[c.versions.length - 1];
    const item = v?.items.find((i) => i.code === code);
    if (!v || !item) throw new Error(`klass-rename: no code ${code} in classification ${classificationId}`);
    item.name = { nb: name, nn: name, en: name };
    const stamp = new Date(now).toISOString().replace("Z", "+0000");
    v.lastModified = stamp;
    c.lastModified = stamp;
  }
}

/** The small request/response model the API handlers work with (no Node objects inside). */

/** A parsed request below one API prefix. */
export interface ApiRequest {
  method: string;
  /** Path below the API prefix, without query, e.g. `/classifications/131`. */
  path: string;
  /** Full path as received, with the prefix (used for `instance`/`sti` in error bodies). */
  fullPath: string;
  query: URLSearchParams;
  /** Raw query string without `?` (self links echo it as sent). */
  rawQuery: string;
  accept: string | undefined;
  /** Base URL of this API on the replica, e.g. `http://127.0.0.1:1234/api/klass/v1`. */
  base: string;
  /** Epoch milliseconds of arrival (injected clock). */
  now: number;
}

/** What a handler answers. The server adds CORS headers, latency and faults. */
export interface ApiResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** A route: method GET, a path pattern with named groups, and the template used for counts. */
export interface Route {
  template: string;
  pattern: RegExp;
  handle(req: ApiRequest, params: Record<string, string>): ApiResponse;
}

/** Matches a request path against routes; undefined when nothing matches. */
export function matchRoute(
  routes: readonly Route[],
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (m) return { route, params: { ...(m.groups ?? {}) } };
  }
  return undefined;
}

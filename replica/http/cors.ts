/**
 * CORS: the taskpane runs in a browser on https://localhost:3000 and calls the replica
 * cross-origin, so every answer carries `Access-Control-Allow-Origin: *` (as both real APIs do)
 * and OPTIONS preflights are answered.
 */

/** Headers added to every answer. `Retry-After` is exposed so browser clients can honour it. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "Retry-After, Content-Length",
};

/** Spring's Vary headers as documented for both APIs. */
export const VARY = ["Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers"];

/** Answer headers for a preflight, echoing the requested headers. */
export function preflightHeaders(requestHeaders: string | undefined): Record<string, string | string[]> {
  return {
    ...CORS_HEADERS,
    "access-control-allow-methods": "GET,HEAD,OPTIONS",
    "access-control-allow-headers": requestHeaders ?? "*",
    "access-control-max-age": "1800",
    vary: VARY,
    "content-length": "0",
  };
}

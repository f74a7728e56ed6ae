/*
 * Redirects. `fetch` follows them itself (a browser gives script no other way), so the checks
 * come after: an answer that ended on another origin than the one asked is not the service's
 * answer for that URL (a login page, a proxy's elsewhere), so it is an outage and never cached;
 * and a redirect loop — fetch gives up after its own limit (20) with "redirect count exceeded" —
 * is not retried, since every retry would make another 20 requests to the same loop.
 */

/**
 * The origin an answer to `url` ended on, when fetch followed redirects to another origin;
 * undefined when it stayed on the origin asked (or was not redirected at all).
 */
export function foreignOrigin(url: string, response: Response): string | undefined {
  if (!response.redirected || response.url === "") return undefined;
  const final = new URL(response.url).origin;
  return final === new URL(url).origin ? undefined : final;
}

/**
 * True when a fetch rejection is its redirect limit (undici: a TypeError whose cause says so).
 * Read by shape, not `instanceof`: fetch's errors may come from another realm.
 */
export function isRedirectLoop(error: unknown): boolean {
  let e = error as { message?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    if (typeof e.message === "string" && /redirect count exceeded|too many redirects/i.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

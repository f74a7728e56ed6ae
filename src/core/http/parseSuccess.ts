import { ServiceUnavailableError, type ApiName } from "../errors";
import { looksLikeMarkup } from "./errorBody";
import type { FailedAttempt } from "./statusError";
import type { HttpResponse } from "./types";

/** What one attempt came to: a parsed answer, or a failure and whether to try again. */
export type Attempt =
  { readonly ok: true; readonly response: HttpResponse<unknown> } | ({ readonly ok: false } & FailedAttempt);

/**
 * A 2xx body as JSON — or the outage it really is: an empty body (a proxy or a cut connection;
 * neither API answers a GET with an empty success), markup (a captive portal or proxy page; the
 * same page comes back on a retry), or JSON that does not parse (not retried either: the body was
 * read whole, so it is what the service answers).
 * `bytes` is what the cache charges for it.
 */
export function parseSuccess(
  api: ApiName,
  url: string,
  status: number,
  text: string,
  contentType: string | null,
  bytes: number,
): Attempt {
  const options = { api, url, status, code: "bad-answer" } as const;
  if (text.trim() === "") {
    return { ok: false, retryable: true, error: new ServiceUnavailableError("answered with an empty body", options) };
  }
  if (looksLikeMarkup(text, contentType)) {
    return {
      ok: false,
      retryable: false,
      error: new ServiceUnavailableError("answered with a web page instead of data", options),
    };
  }
  try {
    return { ok: true, response: { status, body: JSON.parse(text) as unknown, url, bytes } };
  } catch (cause) {
    // The whole body arrived (a broken connection fails the read instead, and that is retried),
    // so the same body would come again: a 2xx is not a status the retry policy retries.
    return {
      ok: false,
      retryable: false,
      error: new ServiceUnavailableError("answered with incomplete data", { ...options, cause }),
    };
  }
}

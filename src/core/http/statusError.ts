import {
  InvalidInputError,
  NotFoundError,
  RemovedError,
  SERVICE_NAMES as SERVICE,
  ServiceUnavailableError,
  type ApiName,
  type KbError,
} from "../errors";
import { isProblemJson, serverMessage, slettedatoOf } from "./errorBody";
import { notFoundCode } from "./notFoundCode";

/** How each API says "not found" itself, for the message when a 404 says it otherwise. */
const NOT_FOUND_FORM: Record<ApiName, string> = {
  klass: "a KLASS problem body",
  brreg: "Enhetsregisteret's empty body",
};

/** True when a 404 body is the API's own not-found form (see {@link statusError}). */
function isApiNotFound(api: ApiName, text: string, contentType: string | null): boolean {
  return api === "klass" ? isProblemJson(text, contentType) : text.trim() === "";
}

/** What one failed attempt means for the caller. */
export interface FailedAttempt {
  readonly error: KbError;
  /** Worth another attempt (network trouble, 429, and the configured 5xx). */
  readonly retryable: boolean;
  /** From `Retry-After`, when the service sent one. */
  readonly retryAfterMs?: number;
}

/**
 * Maps a non-2xx answer to the error taxonomy (../errors). Only answers about the request itself
 * (400, 404, 410, 414) become user-facing "input" errors; everything else is the service failing.
 */
export function statusError(
  api: ApiName,
  url: string,
  status: number,
  text: string,
  contentType: string | null,
  retryStatuses: readonly number[],
  retryAfterMs: number | undefined,
): FailedAttempt {
  const message = serverMessage(text, contentType);
  const options = { api, url, status };
  switch (status) {
    case 400:
      return {
        retryable: false,
        error: new InvalidInputError(message ?? `${SERVICE[api]} rejected the request as invalid`, {
          ...options,
          code: "rejected",
        }),
      };
    case 404:
      // Each API answers its own "no such thing" in one form: KLASS with an RFC 7807 problem body,
      // Enhetsregisteret with an empty body (API docs: "status 404 og uten innhold"). A 404 in any
      // other shape (a proxy page, a web server at a mistyped base URL) is something in front of
      // the API failing, so an outage: never #N/A, and never a reason to drop a cached copy.
      if (!isApiNotFound(api, text, contentType)) {
        return {
          retryable: false,
          error: new ServiceUnavailableError(
            `answered 404 without ${NOT_FOUND_FORM[api]}: check the base URL in Settings`,
            { ...options, code: "bad-base-url" },
          ),
        };
      }
      return {
        retryable: false,
        error: new NotFoundError(message ?? `not found in ${SERVICE[api]}`, { ...options, ...notFoundCode(api, url) }),
      };
    case 410:
      return {
        retryable: false,
        error: new RemovedError(message ?? "removed from the open data (410 Gone)", {
          ...options,
          slettedato: slettedatoOf(text),
        }),
      };
    case 414:
      // The batcher splits on this; a single look-up only gets here with an absurdly long argument.
      return {
        retryable: false,
        error: new InvalidInputError("the request URL is too long for the service (414)", options),
      };
  }
  const detail = message ? `: ${message}` : "";
  const label = status === 429 ? "too many requests (429)" : `HTTP ${status}`;
  return {
    retryable: retryStatuses.includes(status),
    error: new ServiceUnavailableError(`${label}${detail}`, {
      ...options,
      ...(status === 429
        ? { code: "too-many-requests" }
        : { code: "service-unavailable", params: { status: String(status) } }),
    }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

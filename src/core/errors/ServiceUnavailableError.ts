import { KbError } from "./KbError";

/**
 * The service failed: 5xx after retries, 429 beyond the retry budget, or a body that is not the
 * JSON asked for (an HTML error page from a proxy). Never shown as `#N/A`, so `IFNA` cannot hide it.
 */
export class ServiceUnavailableError extends KbError {
  readonly kind = "service-unavailable" as const;
  override readonly name = "ServiceUnavailableError";
}

/** True for a {@link ServiceUnavailableError}, across realms (by `instanceof`, else by `name`). */
export function isServiceUnavailableError(error: unknown): error is ServiceUnavailableError {
  return (
    error instanceof ServiceUnavailableError || (error as { name?: unknown } | null)?.name === "ServiceUnavailableError"
  );
}

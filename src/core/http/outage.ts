import { isKbError } from "../errors";

/**
 * True when the service could not answer at all — unavailable, timed out, or unreachable — as
 * opposed to answering "invalid", "not found" or "removed". Only outages may be papered over
 * with a stale cached copy (stale-if-error); an answer never is.
 */
export function isOutage(error: unknown): boolean {
  return (
    isKbError(error) && (error.kind === "service-unavailable" || error.kind === "timeout" || error.kind === "offline")
  );
}

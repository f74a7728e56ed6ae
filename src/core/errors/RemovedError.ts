import { KbError } from "./KbError";

/**
 * Enhetsregisteret answered 410 Gone: the unit was removed from the open data, and copies must
 * drop it. Cells show `#N/A`; caches evict and remember it.
 */
export class RemovedError extends KbError {
  readonly kind = "removed" as const;
  override readonly name = "RemovedError";
}

export function isRemovedError(error: unknown): error is RemovedError {
  return error instanceof RemovedError || (error as { name?: unknown } | null)?.name === "RemovedError";
}

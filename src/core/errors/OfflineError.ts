import { KbError } from "./KbError";

/** The network could not reach the service at all (DNS, refused connection, no network). */
export class OfflineError extends KbError {
  readonly kind = "offline" as const;
  override readonly name = "OfflineError";
}

/** True for a {@link OfflineError}, across realms (by `instanceof`, else by `name`). */
export function isOfflineError(error: unknown): error is OfflineError {
  return error instanceof OfflineError || (error as { name?: unknown } | null)?.name === "OfflineError";
}

import { KbError } from "./KbError";

/** A well-formed key that does not exist (404, or absent from a code list at a date). Cells show `#N/A`. */
export class NotFoundError extends KbError {
  readonly kind = "not-found" as const;
  override readonly name = "NotFoundError";
}

/** True for a {@link NotFoundError}, across realms (by `instanceof`, else by `name`). */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError || (error as { name?: unknown } | null)?.name === "NotFoundError";
}

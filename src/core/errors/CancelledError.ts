import { KbError } from "./KbError";

/** The caller cancelled (taskpane Cancel button, or Excel cancelled a streaming call). */
export class CancelledError extends KbError {
  readonly kind = "cancelled" as const;
  override readonly name = "CancelledError";
}

/** True for a {@link CancelledError}, across realms (by `instanceof`, else by `name`). */
export function isCancelledError(error: unknown): error is CancelledError {
  return error instanceof CancelledError || (error as { name?: unknown } | null)?.name === "CancelledError";
}

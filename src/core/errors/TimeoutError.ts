import { KbError } from "./KbError";

/** No complete answer within the request timeout (after retries). */
export class TimeoutError extends KbError {
  readonly kind = "timeout" as const;
  override readonly name = "TimeoutError";
}

/** True for a {@link TimeoutError}, across realms (by `instanceof`, else by `name`). */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError || (error as { name?: unknown } | null)?.name === "TimeoutError";
}

import { KbError, type KbErrorOptions } from "./KbError";

/**
 * The request (or a cell argument) is malformed: a bad date, a 400 from either API with its
 * message, an unknown field name. Cells show `#VALUE!` with this message.
 */
export class InvalidInputError extends KbError {
  readonly kind = "invalid-input" as const;
  override readonly name = "InvalidInputError";

  /** Extra hints for the user, e.g. the nearest valid field names. */
  readonly suggestions: readonly string[];

  constructor(message: string, options: KbErrorOptions & { suggestions?: readonly string[] } = {}) {
    super(message, options);
    this.suggestions = options.suggestions ?? [];
  }
}

/** True for a {@link InvalidInputError}, across realms (by `instanceof`, else by `name`). */
export function isInvalidInputError(error: unknown): error is InvalidInputError {
  return error instanceof InvalidInputError || (error as { name?: unknown } | null)?.name === "InvalidInputError";
}

import { KbError, type KbErrorOptions } from "./KbError";

/**
 * Enhetsregisteret answered 410 Gone: the unit was removed from the open data, and copies must
 * drop it. Cells show `#N/A`; caches evict and remember it.
 */
export class RemovedError extends KbError {
  readonly kind = "removed" as const;
  override readonly name = "RemovedError";

  /** `slettedato` from the 410 body, when the service sent one. */
  readonly slettedato: string | undefined;

  constructor(message: string, options: KbErrorOptions & { slettedato?: string } = {}) {
    super(message, options);
    this.slettedato = options.slettedato;
  }
}

/** True for a {@link RemovedError}, across realms (by `instanceof`, else by `name`). */
export function isRemovedError(error: unknown): error is RemovedError {
  return error instanceof RemovedError || (error as { name?: unknown } | null)?.name === "RemovedError";
}

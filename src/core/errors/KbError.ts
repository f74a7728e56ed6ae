import type { ErrorCode, ErrorParams } from "./codes";

/**
 * The base of every error the core raises. Functions and the taskpane map errors by `kind`
 * (never by message), so a new subclass only needs a new kind.
 *
 * Guards check `name` as well as `instanceof` so they hold across realms (the shared runtime's
 * page and a worker, or two bundles), as ky's guards do.
 */
export type KbErrorKind =
  "invalid-input" | "not-found" | "removed" | "service-unavailable" | "timeout" | "offline" | "cancelled";

/** Which service an error concerns, for messages such as "KLASS unavailable: …". */
export type ApiName = "klass" | "brreg";

/** What every error may carry: the API and URL concerned, the HTTP status, and the original error. */
export interface KbErrorOptions {
  readonly api?: ApiName;
  readonly url?: string;
  readonly status?: number;
  readonly cause?: unknown;
  /** What went wrong, for a message in the user's language (see ./codes.ts). */
  readonly code?: ErrorCode;
  readonly params?: ErrorParams;
}

/** The base class; subclasses fix `kind` (one class per file, as ky's errors). */
export abstract class KbError extends Error {
  abstract readonly kind: KbErrorKind;
  readonly api: ApiName | undefined;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly code: ErrorCode | undefined;
  readonly params: ErrorParams;

  constructor(message: string, options: KbErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.api = options.api;
    this.url = options.url;
    this.status = options.status;
    this.code = options.code;
    this.params = options.params ?? {};
  }
}

const KINDS: ReadonlySet<string> = new Set<KbErrorKind>([
  "invalid-input",
  "not-found",
  "removed",
  "service-unavailable",
  "timeout",
  "offline",
  "cancelled",
]);

/** True for any error of this library, across realms (by `instanceof`, else by its `kind`). */
export function isKbError(error: unknown): error is KbError {
  if (error instanceof KbError) return true;
  const kind = (error as { kind?: unknown } | null)?.kind;
  return error instanceof Error && typeof kind === "string" && KINDS.has(kind);
}

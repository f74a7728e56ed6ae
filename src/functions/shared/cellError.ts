import { SERVICE_NAMES, isKbError, type KbError } from "../../core/errors";
import { describeError, translator } from "../../core/i18n";
import { cellLanguage } from "../../runtime/cellLanguage";

/**
 * The one place where core errors become cell errors (custom functions parse arguments,
 * call core, and map errors here — nothing else).
 *
 * - invalid input            → #VALUE!  with the message (what is wrong, how to fix it)
 * - not found / removed      → #N/A     with the message (so IFNA can handle it)
 * - service down / timeout / offline → #VALUE! "KLASS unavailable: …" — never #N/A, so IFNA
 *   cannot hide an outage as "not found".
 * In Norwegian Office (runtime's cellLanguage) the message is core/i18n's sentence, naming the
 * service and the next step, with the technical message after it; in English, as above.
 */

/** Excel's error codes that we use. Values are what `CustomFunctions.ErrorCode` holds. */
export const CellErrorCode = { value: "#VALUE!", notAvailable: "#N/A" } as const;
/** One of {@link CellErrorCode}'s values. */
export type CellErrorCode = (typeof CellErrorCode)[keyof typeof CellErrorCode];

/** What a cell receives. In Excel it is a `CustomFunctions.Error`; in Node tests a plain value of the same shape. */
interface CellError {
  readonly code: CellErrorCode;
  readonly message?: string;
}

/** Excel truncates long messages; keep them readable in the error tooltip. */
const MAX_MESSAGE = 255;

class PlainCellError implements CellError {
  constructor(
    readonly code: CellErrorCode,
    readonly message: string,
  ) {}
}

function errorCodeFor(code: CellErrorCode): unknown {
  const ns = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (!ns?.ErrorCode) return undefined;
  return code === "#N/A" ? ns.ErrorCode.notAvailable : ns.ErrorCode.invalidValue;
}

/** Build a cell error, as Excel's own `CustomFunctions.Error` when the runtime has it. */
export function cellError(code: CellErrorCode, message: string): CellError {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  const ns = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  const excelCode = errorCodeFor(code);
  if (ns?.Error && excelCode !== undefined) {
    return new ns.Error(excelCode as CustomFunctions.ErrorCode, text) as unknown as CellError;
  }
  return new PlainCellError(code, text);
}

/** True for a cell error: ours, or Excel's `CustomFunctions.Error` with a code we use. */
export function isCellError(value: unknown): value is CellError {
  const code = (value as { code?: unknown } | null)?.code;
  return code === CellErrorCode.value || code === CellErrorCode.notAvailable;
}

function describeOutage(error: KbError): string {
  const service = error.api ? SERVICE_NAMES[error.api] : "Service";
  return `${service} unavailable: ${error.message}`;
}

/** The message in Norwegian: the sentence, then the technical detail (trimmed by cellError). */
function norwegian(error: unknown): string {
  const { text, detail } = describeError(error, translator("nb"));
  return detail && detail !== text ? `${text} (${detail})` : text;
}

/** Map anything thrown by core (or by argument parsing) to the cell error it deserves. */
export function toCellError(error: unknown): CellError {
  if (isCellError(error)) return error;
  if (cellLanguage() === "nb") {
    const code = isKbError(error) && (error.kind === "not-found" || error.kind === "removed") ? "#N/A" : "#VALUE!";
    return cellError(code === "#N/A" ? CellErrorCode.notAvailable : CellErrorCode.value, norwegian(error));
  }
  if (isKbError(error)) {
    switch (error.kind) {
      case "invalid-input":
        return cellError(CellErrorCode.value, error.message);
      case "not-found":
      case "removed":
        return cellError(CellErrorCode.notAvailable, error.message);
      case "service-unavailable":
      case "timeout":
      case "offline":
        return cellError(CellErrorCode.value, describeOutage(error));
      case "cancelled":
        return cellError(CellErrorCode.value, "Cancelled.");
    }
  }
  // A bug, not a user error: say so rather than pretending the key does not exist.
  const detail = error instanceof Error ? error.message : String(error);
  return cellError(CellErrorCode.value, `Internal error in Klass & Brreg: ${detail}`);
}

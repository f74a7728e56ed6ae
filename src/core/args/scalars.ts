import { InvalidInputError } from "../errors";
import { checkLength, MAX_NAME_LENGTH, shown } from "./bounds";

/**
 * Scalar argument coercion shared by the KLASS and BRREG functions. Excel hands custom functions
 * numbers, strings, booleans, and null/undefined for an omitted optional argument (an empty cell
 * arrives as "" or null depending on the host, so both count as omitted).
 */
export function isOmitted(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A scalar out of a 1×1 range (`[[x]]`), or the value itself. */
export function scalar(value: unknown): unknown {
  let current = value;
  while (Array.isArray(current)) {
    if (current.length !== 1) return current;
    current = current[0];
  }
  return current;
}

/**
 * A whole number from a number or numeric text (`131`, `"131"`, `" 131 "`), else undefined.
 * Only safe integers (up to 2^53 − 1, exact in a double): 1e21 or 2^53 + 1 would turn into
 * another number, or into "1e+21" text, on the way to a URL.
 */
export function toWholeNumber(value: unknown): number | undefined {
  const v = scalar(value);
  if (typeof v === "number") return Number.isSafeInteger(v) ? v : undefined;
  // 16 digits (plus padding) is past every safe integer: longer text is not parsed at all.
  if (typeof v === "string" && v.length <= 40 && /^\s*\d{1,16}\s*$/.test(v)) {
    const n = Number(v.trim());
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/** A KLASS classification id (or any positive id): number or numeric text, 1 to 2^53 − 1. */
export function coerceId(value: unknown, name: string, example: string): number {
  const v = scalar(value);
  if (isOmitted(v)) throw new InvalidInputError(`${name} is missing; give its number, e.g. ${example}`);
  const id = toWholeNumber(v);
  if (id === undefined || id <= 0) {
    throw new InvalidInputError(
      `${name} must be a positive whole number (1 to ${Number.MAX_SAFE_INTEGER}), not "${shown(v)}"; e.g. ${example}`,
    );
  }
  return id;
}

/** An optional whole number within [min, max]; omitted → `fallback`. */
export function coerceOptionalInteger(
  value: unknown,
  name: string,
  options: { min: number; max: number; example: string },
): number | undefined {
  const v = scalar(value);
  if (isOmitted(v)) return undefined;
  const n = toWholeNumber(v);
  if (n === undefined || n < options.min || n > options.max) {
    throw new InvalidInputError(
      `${name} must be a whole number from ${options.min} to ${options.max}, not "${shown(v)}"; e.g. ${options.example}`,
    );
  }
  return n;
}

/** TRUE/FALSE, 1/0, or "true"/"false"/"ja"/"nei"; omitted → `fallback`. */
export function coerceBoolean(value: unknown, name: string, fallback: boolean): boolean {
  const v = scalar(value);
  if (isOmitted(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    if (["true", "sann", "ja", "yes", "1"].includes(t)) return true;
    if (["false", "usann", "nei", "no", "0"].includes(t)) return false;
  }
  throw new InvalidInputError(`${name} must be TRUE or FALSE, not "${shown(v)}"`);
}

/**
 * Required non-empty text (numbers are written as Excel shows them), at most `maxLength`
 * characters (default {@link MAX_NAME_LENGTH}).
 */
export function coerceText(value: unknown, name: string, example: string, maxLength = MAX_NAME_LENGTH): string {
  const v = scalar(value);
  if (isOmitted(v)) throw new InvalidInputError(`${name} is missing; e.g. ${example}`);
  if (typeof v === "string") return checkLength(v.trim(), name, maxLength);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw new InvalidInputError(`${name} must be text, not "${shown(v)}"; e.g. ${example}`);
}

/** The languages KLASS publishes in. */
type Language = "nb" | "nn" | "en";
const LANGUAGES: readonly Language[] = ["nb", "nn", "en"];

/** nb (default), nn or en, any case. */
export function coerceLanguage(value: unknown): Language {
  const v = scalar(value);
  if (isOmitted(v)) return "nb";
  const t = typeof v === "string" ? v.trim().toLowerCase() : "";
  const found = LANGUAGES.find((language) => language === t);
  if (!found) throw new InvalidInputError(`language must be nb, nn or en, not "${shown(v)}"; e.g. "en"`);
  return found;
}

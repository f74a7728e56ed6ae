import { InvalidInputError } from "../errors";

/**
 * Organisasjonsnummer: nine digits, the last a mod-11 control digit over the first eight with
 * weights 3,2,7,6,5,4,3,2 (Brønnøysundregistrene's rule). Control = 11 − (sum mod 11); a result
 * of 11 means 0, and 10 means no number with those eight digits is valid.
 *
 * Cells hand us numbers (923609016) or text ("923 609 016"); spaces of any kind (also the
 * no-break and thin spaces Excel's number formats insert) are removed before checking.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Whitespace, including NBSP (U+00A0), figure space (U+2007) and narrow NBSP (U+202F). */
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** The control digit for eight digits, or undefined when the rule gives 10 (no valid number). */
export function mod11Control(firstEight: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(firstEight.charAt(i)) * (WEIGHTS[i] ?? 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  return control === 10 ? undefined : control;
}

/** The text of a cell value with spaces removed; numbers as their integer digits. */
function digitsOf(value: unknown): string {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 ? value.toFixed(0) : String(value);
  }
  if (typeof value === "string") return value.replace(SPACES, "");
  return String(value ?? "");
}

/** The rule itself, unmemoised: the 9 digits, or the error saying what is wrong (returned, not thrown). */
function checkOrgnr(value: unknown): string | InvalidInputError {
  if (typeof value === "boolean") {
    return new InvalidInputError(`${String(value).toUpperCase()} is not an organisasjonsnummer: it must be 9 digits`, {
      api: "brreg",
    });
  }
  const digits = digitsOf(value);
  if (!/^\d{9}$/.test(digits)) {
    const shown = digits.length > 20 ? `${digits.slice(0, 20)}…` : digits;
    const count = /^\d+$/.test(digits) ? `it has ${digits.length} digits` : "it may only hold digits and spaces";
    return new InvalidInputError(`"${shown}" is not an organisasjonsnummer: it must be 9 digits (${count})`, {
      api: "brreg",
    });
  }
  const control = mod11Control(digits.slice(0, 8));
  if (control === undefined || control !== Number(digits.charAt(8))) {
    return new InvalidInputError(
      `${digits} fails the mod-11 check of an organisasjonsnummer (weights 3,2,7,6,5,4,3,2): check it for a typo`,
      { api: "brreg" },
    );
  }
  return digits;
}

/** Default bound of {@link OrgnrMemo}: about a workbook's worth of distinct cell values. */
const ORGNR_MEMO_MAX_ENTRIES = 250_000;

/** Text longer than this is checked every time, never remembered (an orgnr with spaces is ~12). */
const MEMO_MAX_TEXT = 64;

/**
 * The check of {@link orgnrOrError}, remembered per raw cell value (a number, or text up to 64
 * characters): a warm recalculation sees the same values again, and then pays one Map look-up
 * instead of a digits string, two regular expressions and the mod-11 sum. A valid value maps to
 * the same 9-digit string object each time (whose hash V8 keeps, so the cache-key look-ups after
 * it do not hash it again); an invalid one to the same InvalidInputError (its message is all a
 * cell shows). Bounded: when `maxEntries` values are held it starts over — re-checking costs
 * a microsecond, and the values of a workbook are not a growing set.
 *
 * @example
 * const memo = new OrgnrMemo(1000);
 * memo.check(923609016) === memo.check(923609016); // true: "923609016", checked once
 */
export class OrgnrMemo {
  readonly #maxEntries: number;
  #results = new Map<number | string, string | InvalidInputError>();

  constructor(maxEntries = ORGNR_MEMO_MAX_ENTRIES) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new RangeError(`OrgnrMemo: maxEntries must be a whole number ≥ 1, not ${maxEntries}`);
    this.#maxEntries = maxEntries;
  }

  /** Values remembered now (at most `maxEntries`). */
  get size(): number {
    return this.#results.size;
  }

  /** The 9 digits of `value`, or the InvalidInputError saying what is wrong with it. */
  check(value: unknown): string | InvalidInputError {
    if (typeof value !== "number" && (typeof value !== "string" || value.length > MEMO_MAX_TEXT))
      return checkOrgnr(value);
    let result = this.#results.get(value);
    if (result === undefined) {
      result = checkOrgnr(value);
      if (this.#results.size >= this.#maxEntries) this.#results = new Map();
      this.#results.set(value, result);
    }
    return result;
  }
}

/** The memo every caller shares (the check is a pure function of the value). */
const shared = new OrgnrMemo();

/**
 * The 9-digit text of a valid organisasjonsnummer, or the InvalidInputError (returned, not thrown)
 * saying which problem it has: not nine digits, or a failed mod-11 check. Remembered per value
 * (see {@link OrgnrMemo}): the same value gives the same string or the same error each time.
 *
 * @example orgnrOrError(923609016) → "923609016"; orgnrOrError("923 609 017") → InvalidInputError (mod-11)
 */
export function orgnrOrError(value: unknown): string | InvalidInputError {
  return shared.check(value);
}

/**
 * The 9-digit text of a valid organisasjonsnummer, or throws an InvalidInputError saying which
 * problem it has: not nine digits, or a failed mod-11 check (almost always a typo).
 *
 * @example normaliseOrgnr(923609016) → "923609016"; normaliseOrgnr("923 609 016") → "923609016"
 */
export function normaliseOrgnr(value: unknown): string {
  const result = shared.check(value);
  if (typeof result !== "string") throw result;
  return result;
}

/** TRUE/FALSE by the mod-11 rule, without throwing; used by BRREG.GYLDIG (no request). */
export function isValidOrgnr(value: unknown): boolean {
  return typeof shared.check(value) === "string";
}

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

/**
 * The 9-digit text of a valid organisasjonsnummer, or an InvalidInputError saying which
 * problem it has: not nine digits, or a failed mod-11 check (almost always a typo).
 *
 * @example normaliseOrgnr(923609016) → "923609016"; normaliseOrgnr("923 609 016") → "923609016"
 */
export function normaliseOrgnr(value: unknown): string {
  if (typeof value === "boolean") {
    throw new InvalidInputError(`${String(value).toUpperCase()} is not an organisasjonsnummer: it must be 9 digits`, { api: "brreg" });
  }
  const digits = digitsOf(value);
  if (!/^\d{9}$/.test(digits)) {
    const shown = digits.length > 20 ? `${digits.slice(0, 20)}…` : digits;
    const count = /^\d+$/.test(digits) ? `it has ${digits.length} digits` : "it may only hold digits and spaces";
    throw new InvalidInputError(`"${shown}" is not an organisasjonsnummer: it must be 9 digits (${count})`, { api: "brreg" });
  }
  const control = mod11Control(digits.slice(0, 8));
  if (control === undefined || control !== Number(digits.charAt(8))) {
    throw new InvalidInputError(
      `${digits} fails the mod-11 check of an organisasjonsnummer (weights 3,2,7,6,5,4,3,2): check it for a typo`,
      { api: "brreg" },
    );
  }
  return digits;
}

/** TRUE/FALSE by the mod-11 rule, without throwing; used by BRREG.GYLDIG (no request). */
export function isValidOrgnr(value: unknown): boolean {
  try {
    normaliseOrgnr(value);
    return true;
  } catch {
    return false;
  }
}

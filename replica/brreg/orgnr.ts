/**
 * Organisation numbers: nine digits, the last a modulus-11 check digit with weights
 * 3,2,7,6,5,4,3,2 (control = 11 − sum mod 11; 11 → 0; 10 → the number cannot be issued).
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** The check digit for eight digits, or undefined when the base cannot be used (remainder 1). */
export function checkDigit(base8: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(base8[i]) * (WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  if (c === 10) return undefined;
  return c === 11 ? 0 : c;
}

/** True for a nine-digit number with a correct check digit. */
export function isValidOrgnr(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  return checkDigit(s.slice(0, 8)) === Number(s[8]);
}

/** True for exactly nine digits (the API's format check, before any existence check). */
export function isNineDigits(s: string): boolean {
  return /^\d{9}$/.test(s);
}

/**
 * A generator of unique valid numbers in the ranges Brreg uses (8xx, 9xx), drawing bases from
 * `next()` and skipping taken ones and bases without a valid check digit.
 */
export function orgnrFactory(next: () => number, taken: Set<string>): () => string {
  return () => {
    for (;;) {
      const base = String(800_000_00 + Math.floor(next() * 199_999_99)).padStart(8, "0");
      const c = checkDigit(base);
      if (c === undefined) continue;
      const nr = `${base}${c}`;
      if (taken.has(nr)) continue;
      taken.add(nr);
      return nr;
    }
  };
}

/**
 * `selectCodes` with the server's rules: a comma list of codes, `*` as a prefix wildcard, and
 * `a-b` ranges whose end may carry a wildcard (`3004-34*`: from 3004 up to any code starting
 * with 34). At most 200 characters and 20 terms, else 400.
 */
import { KlassError } from "./reply";

/** Longest `selectCodes` value accepted (characters). */
export const SELECT_CODES_MAX_LENGTH = 200;
/** Most comma-separated terms accepted. */
export const SELECT_CODES_MAX_TERMS = 20;

/** A predicate over codes; undefined input selects everything. */
export function parseSelectCodes(value: string | null): (code: string) => boolean {
  if (value === null || value.trim() === "") return () => true;
  if (value.length > SELECT_CODES_MAX_LENGTH) {
    throw new KlassError(
      400,
      `selectCodes is too long: ${value.length} characters, at most ${SELECT_CODES_MAX_LENGTH} allowed`,
    );
  }
  const terms = value
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (terms.length > SELECT_CODES_MAX_TERMS) {
    throw new KlassError(
      400,
      `selectCodes has too many terms: ${terms.length}, at most ${SELECT_CODES_MAX_TERMS} allowed`,
    );
  }
  const tests = terms.map((term): ((code: string) => boolean) => {
    const dash = term.indexOf("-", 1);
    if (dash > 0) {
      const lo = term.slice(0, dash).trim();
      const hi = term.slice(dash + 1).trim();
      if (hi.endsWith("*")) {
        const prefix = hi.slice(0, -1);
        return (c) => c >= lo && (c <= prefix || c.startsWith(prefix));
      }
      return (c) => c >= lo && c <= hi;
    }
    if (term.endsWith("*")) {
      const prefix = term.slice(0, -1);
      return (c) => c.startsWith(prefix);
    }
    return (c) => c === term;
  });
  return (code) => tests.some((t) => t(code));
}

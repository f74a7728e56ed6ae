import { InvalidInputError } from "../errors";

/**
 * `selectCodes` applied on the client, with the server's rules (KLASS API guide §3.3):
 * a comma-separated list of terms, each
 * - a code: `3004` (exact);
 * - a prefix with a wildcard: `11*` (every code starting with 11);
 * - a range `3004-3400` (from ≤ code ≤ to), whose end may have a wildcard: `3004-34*` (up to any
 *   higher code starting with 34).
 * Codes compare as text, as the server does (codes of one level share a width).
 * At most 200 characters and 20 terms, so a cell cannot ask for an unbounded filter.
 */
type CodeMatcher = (code: string) => boolean;

/** Longest `selectCodes` accepted. */
const MAX_SELECT_CODES_LENGTH = 200;
/** Most terms in one `selectCodes`. */
const MAX_SELECT_CODES_TERMS = 20;

const EXAMPLE = `e.g. "0301, 11*, 3004-34*"`;

function termMatcher(term: string): CodeMatcher {
  const dash = term.indexOf("-");
  if (dash > 0 && dash < term.length - 1) {
    const from = term.slice(0, dash).trim();
    const to = term.slice(dash + 1).trim();
    if (from.includes("*"))
      throw new InvalidInputError(`selectCodes: a range starts with a code, not "${from}"; ${EXAMPLE}`);
    if (to.endsWith("*")) {
      const prefix = to.slice(0, -1);
      return (code) => code >= from && (code <= prefix || code.startsWith(prefix));
    }
    return (code) => code >= from && code <= to;
  }
  if (term.endsWith("*")) {
    const prefix = term.slice(0, -1);
    if (prefix.includes("*"))
      throw new InvalidInputError(`selectCodes: "*" may only end a term, not "${term}"; ${EXAMPLE}`);
    return (code) => code.startsWith(prefix);
  }
  if (term.includes("*") || term.startsWith("-") || term.endsWith("-")) {
    throw new InvalidInputError(`selectCodes: "${term}" is not a code, prefix* or range; ${EXAMPLE}`);
  }
  return (code) => code === term;
}

/** A matcher for `selectCodes`, or undefined when it is empty (no filter). */
export function parseSelectCodes(text: string | undefined): CodeMatcher | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  if (text.length > MAX_SELECT_CODES_LENGTH) {
    throw new InvalidInputError(
      `selectCodes is ${text.length} characters; at most ${MAX_SELECT_CODES_LENGTH}; ${EXAMPLE}`,
    );
  }
  const terms = text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  if (terms.length > MAX_SELECT_CODES_TERMS) {
    throw new InvalidInputError(`selectCodes has ${terms.length} terms; at most ${MAX_SELECT_CODES_TERMS}; ${EXAMPLE}`);
  }
  const matchers = terms.map(termMatcher);
  return (code) => matchers.some((m) => m(code));
}

/**
 * "Did you mean …?" for any name a user types into a cell: field names, search parameters,
 * option names, codes. One implementation for KLASS and BRREG alike, so every suggestion in the
 * add-in is ranked the same way.
 *
 * Ranking (case-insensitive): Levenshtein distance to the whole name or — one step worse — to the
 * part after its last dot (`poststed` → `forretningsadresse.poststed`); a name that contains the
 * typed text (4+ characters) counts as distance ≤ 1. Ties go to the shorter name, then
 * alphabetical order, so the result does not depend on the order of `candidates`.
 */

/**
 * Levenshtein distance (insertions, deletions, substitutions, each costing 1), case-sensitive,
 * in two rows of memory.
 *
 * @example editDistance("kommune", "kommunr") // → 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The longest typed text ranked at all. Ranking costs typed length × candidate length per
 * candidate (a 1 MB name took 16 s over the field catalogue); no name in the add-in is near this
 * long, and a text this long is at least its own length minus the longest name away from every
 * name, so nothing plausible is lost.
 */
export const MAX_SUGGESTION_INPUT = 100;

/** How many names {@link nearestNames} returns and how far away they may be. */
interface NearestOptions {
  /** At most this many names (default 3). */
  readonly limit?: number;
  /**
   * The largest score still offered. Default: about half the typed length, at least 2 — so a
   * short typo still finds its name, but unrelated names are not offered as suggestions.
   */
  readonly maxDistance?: number;
}

/**
 * The candidates nearest to `typed`, best first (see the module comment for the ranking); empty
 * when `typed` is blank, longer than {@link MAX_SUGGESTION_INPUT}, or nothing is plausibly close. A number as the third argument is the limit.
 *
 * @example nearestNames("antallansate", ["antallAnsatte", "navn"]) // → ["antallAnsatte"]
 * @example nearestNames("poststed", names, { limit: 1 }) // → ["postadresse.poststed"]
 */
export function nearestNames(
  typed: string,
  candidates: readonly string[],
  options: NearestOptions | number = {},
): string[] {
  const { limit = 3, maxDistance } = typeof options === "number" ? { limit: options } : options;
  const wanted = typed.trim().toLowerCase();
  if (wanted === "" || limit <= 0 || wanted.length > MAX_SUGGESTION_INPUT) return [];
  const threshold = maxDistance ?? Math.max(2, Math.ceil(wanted.length / 2));
  const scored = candidates.map((name) => {
    const lower = name.toLowerCase();
    const tail = lower.slice(lower.lastIndexOf(".") + 1);
    const distance = Math.min(editDistance(wanted, lower), editDistance(wanted, tail) + 1);
    const contains = wanted.length >= 4 && lower.includes(wanted);
    return { name, score: contains ? Math.min(distance, 1) : distance };
  });
  return scored
    .filter((s) => s.score <= threshold)
    .sort((x, y) => x.score - y.score || x.name.length - y.name.length || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map((s) => s.name);
}

/**
 * The suffix for an error message: `' Did you mean "a", "b" or "c"?'` (with its leading space),
 * or "" when there is nothing to suggest.
 *
 * @example `unknown field "navm".${didYouMean(["navn"])}` // → 'unknown field "navm". Did you mean "navn"?'
 */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  const quoted = suggestions.map((s) => `"${s}"`);
  const last = quoted.pop() ?? "";
  return ` Did you mean ${quoted.length > 0 ? `${quoted.join(", ")} or ${last}` : last}?`;
}

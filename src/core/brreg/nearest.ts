/**
 * "Did you mean …?" for field names and search parameters: the valid names closest to what was
 * typed, by Levenshtein distance (case-insensitive), with names that contain the typed text, or
 * end in it after a dot (`poststed` → `forretningsadresse.poststed`), ranked first.
 */

/** Levenshtein distance, two rows of memory. */
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

/** Up to `limit` names nearest to `typed`; only plausible ones (distance within about half its length). */
export function nearestNames(typed: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = typed.trim().toLowerCase();
  if (wanted === "") return [];
  const scored = candidates.map((name) => {
    const lower = name.toLowerCase();
    const tail = lower.slice(lower.lastIndexOf(".") + 1);
    const distance = Math.min(editDistance(wanted, lower), editDistance(wanted, tail) + 1);
    const contains = wanted.length >= 4 && lower.includes(wanted);
    return { name, score: contains ? Math.min(distance, 1) : distance };
  });
  const threshold = Math.max(2, Math.ceil(wanted.length / 2));
  return scored
    .filter((s) => s.score <= threshold)
    .sort((x, y) => x.score - y.score || x.name.length - y.name.length || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map((s) => s.name);
}

/** " Did you mean: a, b or c?" (empty when nothing is close). */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  const quoted = suggestions.map((s) => `"${s}"`);
  const last = quoted.pop() ?? "";
  return ` Did you mean ${quoted.length > 0 ? `${quoted.join(", ")} or ${last}` : last}?`;
}

import { InvalidInputError } from "../errors";
import { isOmitted } from "./scalars";

/**
 * A list of names from a comma (or semicolon) list `"code,name"`, or from a range of cells
 * (`any[][]`, blanks skipped). Names are matched case-insensitively against `allowed` and
 * returned in their canonical spelling; an unknown name is an InvalidInputError that lists the
 * allowed names (and the nearest one as a suggestion).
 */
export function coerceNameList(
  value: unknown, name: string, allowed: readonly string[], fallback: readonly string[],
): string[] {
  const raw: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (!isOmitted(v)) raw.push(...String(v).split(/[,;]/).map((s) => s.trim()).filter(Boolean));
  };
  visit(value);
  if (raw.length === 0) return [...fallback];
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  return raw.map((item) => {
    const found = byLower.get(item.toLowerCase());
    if (found) return found;
    const nearest = nearestName(item, allowed);
    throw new InvalidInputError(
      `${name}: "${item}" is not one of ${allowed.join(", ")}${nearest ? `; did you mean "${nearest}"?` : ""}`,
      { suggestions: nearest ? [nearest] : [] },
    );
  });
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + cost);
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The allowed name closest to `input` (edit distance ≤ 3), if any. */
export function nearestName(input: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of allowed) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

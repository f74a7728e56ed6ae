import { InvalidInputError } from "../errors";
import { nearestNames } from "./nearest";
import { isOmitted } from "./scalars";
import { checkLength } from "./bounds";

/**
 * A list of names from a comma (or semicolon) list `"code,name"`, or from a range of cells
 * (`any[][]`, blanks skipped). Names are matched case-insensitively against `allowed` and
 * returned in their canonical spelling; an unknown name is an InvalidInputError that lists the
 * allowed names (and the nearest one as a suggestion). A cell of more than MAX_NAME_LENGTH
 * characters is refused before any matching (./bounds.ts).
 */
export function coerceNameList(
  value: unknown,
  name: string,
  allowed: readonly string[],
  fallback: readonly string[],
): string[] {
  const raw: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (!isOmitted(v))
      raw.push(
        ...checkLength(String(v), name)
          .split(/[,;]/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
  };
  visit(value);
  if (raw.length === 0) return [...fallback];
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  return raw.map((item) => {
    const found = byLower.get(item.toLowerCase());
    if (found) return found;
    // Ranked like every other suggestion in the add-in (./nearest.ts).
    const [nearest] = nearestNames(item, allowed, 1);
    throw new InvalidInputError(
      `${name}: "${item}" is not one of ${allowed.join(", ")}${nearest ? `; did you mean "${nearest}"?` : ""}`,
      { suggestions: nearest ? [nearest] : [] },
    );
  });
}

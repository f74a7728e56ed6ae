import { NotFoundError } from "../errors";
import type { KlassCodeChange } from "./types";

/**
 * Follow a code through change tables, version by version (pure; ./updateCode.ts loads the data).
 *
 * At each change date, the changes whose old side is the current code decide:
 * - none: the code goes on unchanged;
 * - only renames (old = new code): the code is kept;
 * - one new code: a merge or renumbering, followed (0101 → 3001 in 2020 → 3101 in 2024);
 * - the current code among several new codes: the code goes on (a border change);
 * - several new codes: a split, NotFoundError naming the successors;
 * - only "ceased" rows (no new code): NotFoundError.
 * `backward` follows the tables the other way (new → old), for a `toDate` before `fromDate`.
 */
export function followChanges(
  code: string, changes: readonly KlassCodeChange[], after: string, upTo: string, backward = false,
): string {
  const dates = [...new Set(changes.map((c) => c.changeOccurred))]
    .filter((d) => d > after && d <= upTo)
    .sort();
  if (backward) dates.reverse();
  let current = code;
  for (const date of dates) {
    const from = (c: KlassCodeChange) => (backward ? c.newCode : c.oldCode);
    const to = (c: KlassCodeChange) => (backward ? c.oldCode : c.newCode);
    const rows = changes.filter((c) => c.changeOccurred === date && from(c) === current);
    if (rows.length === 0) continue;
    const next = [...new Set(rows.map(to).filter((c): c is string => c !== null && c !== ""))];
    if (next.length === 0) {
      throw new NotFoundError(`${current} ${backward ? "did not exist before" : "ceased to exist at"} ${date}, with no ${backward ? "predecessor" : "successor"}`, { api: "klass" });
    }
    if (next.includes(current)) continue;
    if (next.length > 1) {
      throw new NotFoundError(
        `${current} was ${backward ? "merged from" : "split into"} ${next.join(", ")} at ${date}; choose one of them`,
        { api: "klass" },
      );
    }
    current = next[0]!;
  }
  return current;
}

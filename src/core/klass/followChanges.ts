import { NotFoundError } from "../errors";
import type { KlassCodeChange } from "./types";

/** One direction of a change set: change dates in order, and per date each old code's distinct new codes. */
interface Direction {
  readonly dates: readonly string[];
  readonly next: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/** The change sets indexed by (date, from-code), once per loaded set and direction. */
const indexed = {
  forward: new WeakMap<readonly KlassCodeChange[], Direction>(),
  backward: new WeakMap<readonly KlassCodeChange[], Direction>(),
};

function directionOf(changes: readonly KlassCodeChange[], backward: boolean): Direction {
  const memo = backward ? indexed.backward : indexed.forward;
  let found = memo.get(changes);
  if (!found) {
    const next = new Map<string, Map<string, string[]>>();
    for (const change of changes) {
      const from = backward ? change.newCode : change.oldCode;
      const to = backward ? change.oldCode : change.newCode;
      if (from === null) continue; // a code that came from nothing is never followed from
      let byFrom = next.get(change.changeOccurred);
      if (!byFrom) next.set(change.changeOccurred, (byFrom = new Map()));
      let targets = byFrom.get(from);
      if (!targets) byFrom.set(from, (targets = []));
      // A row without a new code ("ceased") adds no target: only ceased rows leave the list empty.
      if (to !== null && to !== "" && !targets.includes(to)) targets.push(to);
    }
    const dates = [...next.keys()].sort();
    if (backward) dates.reverse();
    found = { dates, next };
    memo.set(changes, found);
  }
  return found;
}

/** Where following a code ends: a code, a split into several, or a code that ceased with no successor. */
export type FollowResult =
  | { readonly kind: "code"; readonly code: string }
  | { readonly kind: "split"; readonly from: string; readonly date: string; readonly codes: readonly string[] }
  | { readonly kind: "ceased"; readonly from: string; readonly date: string };

/**
 * {@link followChanges} as a value: where the code ends, never thrown, so a caller that lists
 * splits for a person to decide (the workbook check) reads the successors instead of a message.
 */
export function followChangesResult(
  code: string,
  changes: readonly KlassCodeChange[],
  after: string,
  upTo: string,
  backward = false,
): FollowResult {
  const { dates, next: byDate } = directionOf(changes, backward);
  let current = code;
  for (const date of dates) {
    if (date <= after || date > upTo) continue;
    const next = byDate.get(date)!.get(current);
    if (next === undefined) continue;
    if (next.length === 0) return { kind: "ceased", from: current, date };
    if (next.includes(current)) continue;
    if (next.length > 1) return { kind: "split", from: current, date, codes: next };
    current = next[0]!;
  }
  return { kind: "code", code: current };
}

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
  code: string,
  changes: readonly KlassCodeChange[],
  after: string,
  upTo: string,
  backward = false,
): string {
  const result = followChangesResult(code, changes, after, upTo, backward);
  if (result.kind === "code") return result.code;
  if (result.kind === "ceased")
    throw new NotFoundError(
      `${result.from} ${backward ? "did not exist before" : "ceased to exist at"} ${result.date}, with no ${backward ? "predecessor" : "successor"}`,
      { api: "klass" },
    );
  throw new NotFoundError(
    `${result.from} was ${backward ? "merged from" : "split into"} ${result.codes.join(", ")} at ${result.date}; choose one of them`,
    { api: "klass" },
  );
}

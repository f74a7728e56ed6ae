import { at, coerceDate, coerceId, isOmitted, scalar, shapeOf, toGrid } from "../args";
import { InvalidInputError, NotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import { findCode } from "./codeIndex";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassCodeChange } from "./types";
import { loadChangePaths, type FromDate } from "./updateCode";
import { vectorLookup } from "./vectorLookup";

/**
 * What happened to a code over a trail, worst first in this order: ceased (no successor), split
 * (one old code → several new), merged (several old codes → one new), recoded (a new code),
 * renamed (same code, new name), unchanged.
 */
export type TrailFlag = "unchanged" | "renamed" | "recoded" | "merged" | "split" | "ceased";

const RANK: Readonly<Record<TrailFlag, number>> = {
  unchanged: 0,
  renamed: 1,
  recoded: 2,
  merged: 3,
  split: 4,
  ceased: 5,
};

/** One change date on a trail: the codes the trail stands on after it. */
export interface TrailStep {
  readonly date: string;
  readonly codes: readonly string[];
  /** What happened on this date (the worst, when the trail stands on several codes). */
  readonly flag: TrailFlag;
}

/** A code's trail through the changes of (after, upTo]. */
export interface Trail {
  readonly code: string;
  readonly steps: readonly TrailStep[];
  /** The codes at the end (several after a split; none after a code ceased). */
  readonly codes: readonly string[];
  /** The worst of the steps' flags; unchanged when there is no step. */
  readonly flag: TrailFlag;
}

const worse = (a: TrailFlag, b: TrailFlag): TrailFlag => (RANK[b] > RANK[a] ? b : a);

/** The change rows per date, dates in order (memoised per loaded change set). */
const byDateOf = new WeakMap<readonly KlassCodeChange[], ReadonlyMap<string, readonly KlassCodeChange[]>>();
function byDate(changes: readonly KlassCodeChange[]): ReadonlyMap<string, readonly KlassCodeChange[]> {
  let found = byDateOf.get(changes);
  if (!found) {
    const map = new Map<string, KlassCodeChange[]>();
    for (const c of changes) {
      let rows = map.get(c.changeOccurred);
      if (!rows) map.set(c.changeOccurred, (rows = []));
      rows.push(c);
    }
    found = new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    byDateOf.set(changes, found);
  }
  return found;
}

/** What one code did on one date, and the codes it went on as. */
function stepOf(code: string, rows: readonly KlassCodeChange[]): { next: string[]; flag: TrailFlag } {
  const out = rows.filter((r) => r.oldCode === code);
  if (out.length === 0) return { next: [code], flag: "unchanged" };
  const targets = [...new Set(out.map((r) => r.newCode).filter((c): c is string => c !== null && c !== ""))];
  if (targets.length === 0) return { next: [], flag: "ceased" };
  if (targets.length > 1) return { next: targets, flag: "split" };
  const target = targets[0]!;
  const sources = new Set(
    rows.filter((r) => r.newCode === target && r.oldCode !== null && r.oldCode !== "").map((r) => r.oldCode),
  );
  if (sources.size > 1) return { next: targets, flag: "merged" };
  if (target !== code) return { next: targets, flag: "recoded" };
  return { next: targets, flag: out.some((r) => r.newName !== r.oldName) ? "renamed" : "unchanged" };
}

/**
 * Follow `code` through every change in (after, upTo], keeping every branch: a split goes on as
 * all its new codes (each followed further), a merge or renumbering as its one new code, a
 * rename as the same code. Pure: the data comes from the `changes` endpoint.
 */
export function traceTrail(code: string, changes: readonly KlassCodeChange[], after: string, upTo: string): Trail {
  let current = [code];
  const steps: TrailStep[] = [];
  let flag: TrailFlag = "unchanged";
  for (const [date, rows] of byDate(changes)) {
    if (date <= after || date > upTo) continue;
    const next: string[] = [];
    let dateFlag: TrailFlag = "unchanged";
    for (const c of current) {
      const step = stepOf(c, rows);
      dateFlag = worse(dateFlag, step.flag);
      for (const n of step.next) if (!next.includes(n)) next.push(n);
    }
    if (dateFlag === "unchanged") continue;
    steps.push({ date, codes: next, flag: dateFlag });
    flag = worse(flag, dateFlag);
    current = next;
  }
  return { code, steps, codes: current, flag };
}

/** "2020" for a 1 January, the date otherwise. */
function when(date: string): string {
  return date.endsWith("-01-01") ? date.slice(0, 4) : date;
}

/** "0101 → 3001 (2020) → 3101 (2024)"; a rename "0301 → 0301 renamed (2026)"; "1850 → ceased (2020)". */
export function trailText(trail: Trail): string {
  let text = trail.code;
  for (const s of trail.steps) {
    const codes = s.codes.length === 0 ? "ceased" : s.codes.join(", ");
    text += ` → ${codes}${s.flag === "renamed" ? " renamed" : ""} (${when(s.date)})`;
  }
  return text;
}

/** The three columns of KLASS.TRAIL. */
export const TRAIL_COLUMNS = ["trail", "flag", "codes"] as const;

/**
 * KLASS.TRAIL: per code (valid at `fromDate`), its trail through every change up to the version
 * valid at `toDate` (default today) and a flag, one row per code: trail text ("0101 → 3001 (2020)
 * → 3101 (2024)"), flag (unchanged, renamed, recoded, merged, split, ceased) and the codes at
 * `toDate` (", "-separated; several after a split). Costs what KLASS.UPDATECODE costs, and shares
 * its cached requests: the code list at `fromDate` and ONE `changes` request per pair of versions.
 */
export function klassTrail(
  env: KlassEnv,
  classification: unknown,
  codes: unknown,
  fromDate: unknown,
  toDate?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "131");
  if (isOmitted(scalar(fromDate)))
    throw new InvalidInputError(`fromDate is missing: the date at which the codes were valid, e.g. "2019-01-01"`);
  const grid = toGrid(codes);
  const shape = shapeOf(grid);
  if (shape.rows > 1 && shape.columns > 1)
    throw new InvalidInputError(
      `codes must be one column or one row (got ${shape.rows}×${shape.columns}); give one column of codes, e.g. A2:A100`,
    );
  const list = Array.from({ length: Math.max(shape.rows, shape.columns) }, (_, i) =>
    shape.rows > 1 ? at(grid, i, 0) : at(grid, 0, i),
  );
  const today = todayOf(env);
  const to = coerceDate(toDate, today, "toDate");
  const from = coerceDate(scalar(fromDate), today, "fromDate");
  if (to < from)
    throw new InvalidInputError(
      `toDate (${to}) is before fromDate (${from}); a trail runs forward in time: swap them, or use KLASS.UPDATECODE to go back`,
    );
  const column = list.map((c) => [c]);
  return mapMaybe(
    vectorLookup<FromDate, Trail | "">({
      codes: column,
      dates: from,
      names: ["codes", "fromDate"],
      today,
      blank: "",
      load: (dates) => loadChangePaths(env, id, to, dates),
      lookup: (text, { list: version, target, changes }, d) => {
        const item = findCode(version.index, text);
        if (!item)
          return new NotFoundError(`${text} is not in ${id} at ${d}; give the date at which it was valid`, {
            api: "klass",
          });
        if (changes === undefined) return { code: item.code, steps: [], codes: [item.code], flag: "unchanged" };
        if (changes instanceof Error) return changes;
        return traceTrail(item.code, changes, version.span.from, target.from);
      },
    }),
    (answers) =>
      answers.map((row): ResultCell[] => {
        const a = row[0];
        if (a === undefined || a === "") return ["", "", ""];
        if (a instanceof Error) return [a, a, a];
        return [trailText(a), a.flag, a.codes.join(", ")];
      }),
  );
}

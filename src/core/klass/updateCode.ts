import { addDays, coerceDate, coerceId, isOmitted, scalar } from "../args";
import { InvalidInputError, NotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { attempt, settleMap, type Outcome } from "../settleMap";
import { listsForDates, type VersionList } from "./codeLists";
import { findCode } from "./codeIndex";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import { followChanges } from "./followChanges";
import type { KlassCodeChange } from "./types";
import { findVersionAt, versionAt, type VersionSpan } from "./versions";
import { vectorLookup } from "./vectorLookup";

/** What one fromDate needs: its version's list, and the changes from that version to the target's. */
export interface FromDate {
  readonly list: VersionList;
  /** The version valid at toDate. */
  readonly target: VersionSpan;
  /** The changes between the fromDate's version and the target's; undefined when they are the same. */
  readonly changes: Outcome<readonly KlassCodeChange[]> | undefined;
}

/** The two versions' starts, earlier first. */
export function between(a: string, b: string): readonly [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * KLASS.UPDATECODE: the code that `code` (valid at `fromDate`) became at `toDate` (default today).
 * Per pair of versions: the code list at `fromDate` (to check and normalise the code) and ONE
 * `changes` request spanning every version between, so a column of codes costs two requests.
 */
export function klassUpdateCode(
  env: KlassEnv,
  classification: unknown,
  code: unknown,
  fromDate: unknown,
  toDate?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "131");
  if (isOmitted(scalar(fromDate))) {
    throw new InvalidInputError(`fromDate is missing: the date at which the code was valid, e.g. "2019-01-01"`);
  }
  const today = todayOf(env);
  const to = coerceDate(toDate, today, "toDate");
  return vectorLookup<FromDate, ResultCell>({
    codes: code,
    dates: fromDate,
    names: ["code", "fromDate"],
    today,
    blank: "",
    load: (dates) => loadChangePaths(env, id, to, dates),
    lookup: (text, { list, target, changes }, d) => {
      const item = findCode(list.index, text);
      if (!item)
        return new NotFoundError(`${text} is not in ${id} at ${d}; give the date at which it was valid`, {
          api: "klass",
        });
      const from = list.span.from;
      if (changes === undefined) return item.code;
      if (changes instanceof Error) return changes;
      const [lo, hi] = between(from, target.from);
      return followChanges(item.code, changes, lo, hi, from > target.from);
    },
  });
}

/**
 * What each fromDate needs to follow codes to the version valid at `to`: the code list of its
 * version (to check and normalise the code) and ONE `changes` request per pair of versions
 * (shared by KLASS.UPDATECODE and KLASS.TRAIL, so they share the cached requests).
 */
export function loadChangePaths(
  env: KlassEnv,
  id: number,
  to: string,
  dates: ReadonlySet<string>,
): MaybePromise<ReadonlyMap<string, Outcome<FromDate>>> {
  return mapMaybe(env.klass.classification(id), (meta) => {
    const goal = versionAt(meta, to);
    // The lists first, then ONE changes request per pair of versions (none for a date without a version).
    return mapMaybe(listsForDates(env, meta, dates, "nb"), (lists) => {
      const changeLoads = new Map<string, MaybePromise<Outcome<readonly KlassCodeChange[]>>>();
      for (const d of dates) {
        const from = findVersionAt(meta, d)?.from;
        if (from === undefined) continue; // its list load reports the missing version
        const [lo, hi] = between(from, goal.from);
        if (lo !== hi && !changeLoads.has(`${lo}/${hi}`))
          changeLoads.set(
            `${lo}/${hi}`,
            attempt(() => env.klass.changes(id, lo, addDays(hi, 1))),
          );
      }
      return mapMaybe(settleMap(changeLoads), (changeSets) => {
        const out = new Map<string, Outcome<FromDate>>();
        for (const [d, list] of lists) {
          if (list instanceof Error) {
            out.set(d, list);
            continue;
          }
          const [lo, hi] = between(list.span.from, goal.from);
          out.set(d, {
            list,
            target: goal,
            changes:
              lo === hi ? undefined : (changeSets.get(`${lo}/${hi}`) ?? new Error("internal: changes not loaded")),
          });
        }
        return out;
      });
    });
  });
}

import { addDays, broadcastShape, buildGrid, coerceDate, coerceId, isOmitted, scalar, shapeOf, toGrid, at } from "../args";
import { InvalidInputError, NotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { codeText, listsForDates } from "./codeLists";
import { findCode } from "./codeIndex";
import type { Cell } from "./columns";
import type { KlassEnv } from "./env";
import { todayOf } from "./env";
import { followChanges } from "./followChanges";
import { settleMap } from "./settleMap";
import type { KlassCodeChange } from "./types";
import { findVersionAt, versionAt } from "./versions";

/**
 * KLASS.UPDATECODE: the code that `code` (valid at `fromDate`) became at `toDate` (default today).
 * Per pair of versions: the code list at `fromDate` (to check and normalise the code) and ONE
 * `changes` request spanning every version between, so a column of codes costs two requests.
 */
export function klassUpdateCode(env: KlassEnv, classification: unknown, code: unknown, fromDate: unknown, toDate?: unknown): MaybePromise<Cell[][]> {
  const id = coerceId(classification, "classification", "131");
  if (isOmitted(scalar(fromDate))) {
    throw new InvalidInputError(`fromDate is missing: the date at which the code was valid, e.g. "2019-01-01"`);
  }
  const today = todayOf(env);
  const codes = toGrid(code);
  const froms = toGrid(fromDate);
  const shape = broadcastShape(shapeOf(codes), shapeOf(froms), ["code", "fromDate"]);
  const to = coerceDate(toDate, today, "toDate");
  const fromOf = (r: number, c: number): string | Error => {
    try {
      return coerceDate(at(froms, r, c), today, "fromDate");
    } catch (error) {
      return error as Error;
    }
  };
  const distinct = new Set<string>();
  for (let r = 0; r < shape.rows; r++) for (let c = 0; c < shape.columns; c++) {
    const d = fromOf(r, c);
    if (typeof d === "string") distinct.add(d);
  }
  return mapMaybe(env.klass.classification(id), (meta) => {
    const target = versionAt(meta, to);
    const changeLoads = new Map<string, () => MaybePromise<readonly KlassCodeChange[]>>();
    for (const d of distinct) {
      const from = findVersionAt(meta, d)?.from;
      if (from === undefined) continue; // its list load reports the missing version
      const [lo, hi] = from <= target.from ? [from, target.from] : [target.from, from];
      if (lo !== hi && !changeLoads.has(`${lo}/${hi}`)) changeLoads.set(`${lo}/${hi}`, () => env.klass.changes(id, lo, addDays(hi, 1)));
    }
    return mapMaybe(listsForDates(env, meta, distinct, "nb"), (lists) =>
      mapMaybe(settleMap(changeLoads), (changeSets) => buildGrid<Cell>(shape, (r, c) => {
        const d = fromOf(r, c);
        if (d instanceof Error) return d;
        const text = codeText(at(codes, r, c));
        if (text === undefined || text instanceof Error) return text ?? "";
        const list = lists.get(d);
        if (!list || list instanceof Error) return list ?? new Error("internal: list not loaded");
        const item = findCode(list.index, text);
        if (!item) return new NotFoundError(`${text} is not in ${id} at ${d}; give the date at which it was valid`, { api: "klass" });
        const from = list.span.from;
        if (from === target.from) return item.code;
        const [lo, hi] = from < target.from ? [from, target.from] : [target.from, from];
        const changes = changeSets.get(`${lo}/${hi}`);
        if (!changes || changes instanceof Error) return changes ?? new Error("internal: changes not loaded");
        try {
          return followChanges(item.code, changes, lo, hi, from > target.from);
        } catch (error) {
          return error as Error;
        }
      })));
  });
}

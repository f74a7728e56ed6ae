import { broadcastShape, coerceDate, coerceId, shapeOf, toGrid, at } from "../args";
import { isNotFoundError, NotFoundError } from "../errors";
import { allMaybe, isPromise, mapMaybe, type MaybePromise } from "../maybePromise";
import { codeText } from "./codeLists";
import { CORRESPONDENCE_FIELDS, DEFAULT_CORRESPONDENCE_COLUMNS, parseColumns, table, type Cell } from "./columns";
import type { KlassData } from "./data";
import type { KlassEnv } from "./env";
import { todayOf } from "./env";
import { settleMap } from "./settleMap";
import type { KlassCorrespondenceItem } from "./types";
import { versionAt } from "./versions";

/**
 * Correspondences between two classifications at a date, in either direction. KLASS keeps one
 * table per pair of versions, owned by one side; asking from the other side answers 404, so we
 * then ask the owner and swap source and target. The direction found is remembered per data
 * instance, so a column of look-ups does not repeat the 404.
 *
 * The date sent is aligned to the versions (the later of the two versions' starts), so every date
 * within the same pair of versions shares one request.
 */
export interface Correspondence {
  readonly items: readonly KlassCorrespondenceItem[];
  /** sourceCode → its items. */
  readonly bySource: ReadonlyMap<string, readonly KlassCorrespondenceItem[]>;
}

type Direction = "forward" | "reverse";
const directions = new WeakMap<KlassData, Map<string, Direction>>();
/** Indexed tables per loaded answer, one per orientation (the same answer serves both directions). */
const built = { forward: new WeakMap<readonly KlassCorrespondenceItem[], Correspondence>(), reverse: new WeakMap<readonly KlassCorrespondenceItem[], Correspondence>() };

function invert(item: KlassCorrespondenceItem): KlassCorrespondenceItem {
  return {
    sourceCode: item.targetCode, sourceName: item.targetName, sourceShortName: item.targetShortName,
    targetCode: item.sourceCode, targetName: item.sourceName, targetShortName: item.sourceShortName,
    validFrom: item.validFrom, validTo: item.validTo,
  };
}

function index(items: readonly KlassCorrespondenceItem[], reverse: boolean): Correspondence {
  const memo = reverse ? built.reverse : built.forward;
  let found = memo.get(items);
  if (!found) {
    const oriented = reverse ? items.map(invert) : items;
    const bySource = new Map<string, KlassCorrespondenceItem[]>();
    for (const item of oriented) {
      const list = bySource.get(item.sourceCode);
      if (list) list.push(item);
      else bySource.set(item.sourceCode, [item]);
    }
    found = { items: oriented, bySource };
    memo.set(items, found);
  }
  return found;
}

/** The correspondence from `source` to `target` valid at `date` (either table direction). */
export function correspondenceAt(env: KlassEnv, source: number, target: number, date: string): MaybePromise<Correspondence> {
  return mapMaybe(allMaybe([env.klass.classification(source), env.klass.classification(target)]), ([s, t]) => {
    const from = [versionAt(s!, date).from, versionAt(t!, date).from].sort()[1]!;
    const pair = `${source}>${target}@${from}`;
    let remembered = directions.get(env.klass);
    if (!remembered) directions.set(env.klass, (remembered = new Map()));
    const known = remembered;
    const missing = () => new NotFoundError(`no correspondence between ${source} and ${target} at ${date}`, { api: "klass" });
    const reverse = (): MaybePromise<Correspondence> => {
      try {
        return mapMaybe(env.klass.correspondsAt(target, source, from, "nb"), (items) => {
          known.set(pair, "reverse");
          return index(items, true);
        });
      } catch (error) {
        throw isNotFoundError(error) ? missing() : error;
      }
    };
    if (known.get(pair) === "reverse") return reverse();
    const forward = mapMaybe(env.klass.correspondsAt(source, target, from, "nb"), (items) => index(items, false));
    if (!isPromise(forward)) return forward;
    return forward.catch((error: unknown) => {
      if (!isNotFoundError(error)) throw error;
      return Promise.resolve(reverse()).catch((e: unknown) => {
        throw isNotFoundError(e) ? missing() : e;
      });
    });
  });
}

/**
 * KLASS.CORRESPOND: the target code(s) of each code. A single code (or a column of codes) spills
 * its targets across the row; a wider range joins several targets with ", " in its cell.
 */
export function klassCorrespond(env: KlassEnv, source: unknown, target: unknown, code: unknown, date?: unknown): MaybePromise<Cell[][]> {
  const from = coerceId(source, "source", "104");
  const to = coerceId(target, "target", "131");
  const today = todayOf(env);
  const codes = toGrid(code);
  const dates = toGrid(date);
  const shape = broadcastShape(shapeOf(codes), shapeOf(dates), ["code", "date"]);
  const dateOf = (r: number, c: number): string | Error => {
    try {
      return coerceDate(at(dates, r, c), today);
    } catch (error) {
      return error as Error;
    }
  };
  const loads = new Map<string, () => MaybePromise<Correspondence>>();
  for (let r = 0; r < shape.rows; r++) for (let c = 0; c < shape.columns; c++) {
    const d = dateOf(r, c);
    if (typeof d === "string" && !loads.has(d)) loads.set(d, () => correspondenceAt(env, from, to, d));
  }
  return mapMaybe(settleMap(loads), (tables) => {
    const cells: Cell[][][] = [];
    for (let r = 0; r < shape.rows; r++) {
      const line: Cell[][] = [];
      for (let c = 0; c < shape.columns; c++) line.push(targetsOf(tables.get(dateOf(r, c) as string), dateOf(r, c), at(codes, r, c), from, to));
      cells.push(line);
    }
    if (shape.columns === 1) {
      const width = Math.max(1, ...cells.map((line) => line[0]?.length ?? 1));
      return cells.map((line) => { const row = line[0] ?? [""]; return [...row, ...Array<Cell>(width - row.length).fill("")]; });
    }
    return cells.map((line) => line.map((t) => (t.length === 1 ? t[0]! : t.map(String).join(", "))));
  });
}

function targetsOf(corr: Correspondence | Error | undefined, date: string | Error, raw: unknown, from: number, to: number): Cell[] {
  if (date instanceof Error) return [date];
  const text = codeText(raw);
  if (text === undefined || text instanceof Error) return [text ?? ""];
  if (!corr || corr instanceof Error) return [corr ?? new Error("internal: correspondence not loaded")];
  const items = corr.bySource.get(text) ?? padded(corr, text);
  if (!items || items.length === 0) return [new NotFoundError(`${text} has no correspondence from ${from} to ${to} at ${date}`, { api: "klass" })];
  return [...new Set(items.map((i) => i.targetCode))];
}

/** A code typed without its leading zeros ("301"): pad to the widths the source codes use. */
function padded(corr: Correspondence, text: string): readonly KlassCorrespondenceItem[] | undefined {
  for (const code of corr.bySource.keys()) if (code.length > text.length && code === text.padStart(code.length, "0")) return corr.bySource.get(code);
  return undefined;
}

/** KLASS.CORRESPONDS: the whole correspondence at `date` as a table, header row first. */
export function klassCorresponds(env: KlassEnv, source: unknown, target: unknown, date?: unknown, columns?: unknown): MaybePromise<Cell[][]> {
  const from = coerceId(source, "source", "104");
  const to = coerceId(target, "target", "131");
  const on = coerceDate(date, todayOf(env));
  const fields = parseColumns(columns, CORRESPONDENCE_FIELDS, DEFAULT_CORRESPONDENCE_COLUMNS);
  return mapMaybe(correspondenceAt(env, from, to, on), (corr) => table(corr.items, fields));
}

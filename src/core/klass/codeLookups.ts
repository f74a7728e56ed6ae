import { broadcastShape, buildGrid, coerceDate, coerceId, coerceLanguage, coerceOptionalInteger, scalar, shapeOf, toGrid, at } from "../args";
import { isNotFoundError } from "../errors";
import { isPromise, mapMaybe, type MaybePromise } from "../maybePromise";
import { codeText, listsForDates, type VersionList } from "./codeLists";
import { codeIndex, findCode } from "./codeIndex";
import type { Cell } from "./columns";
import type { KlassEnv } from "./env";
import { todayOf } from "./env";
import { ancestorAt, levelOf } from "./hierarchy";
import type { Outcome } from "./settleMap";
import type { KlassCode, KlassLanguage } from "./types";
import { findVersionAt } from "./versions";
import { missMessages } from "./validity";

/**
 * The vectorised code look-ups (KLASS.CODENAME, LEVEL, VALID, PARENT). `code` and `date` may be
 * ranges (`any[][]`) or single values; the answer has their broadcast shape, one value or Error
 * per element. All dates are mapped to versions first, and each version's list is loaded once.
 */
interface LookupSpec {
  readonly classification: unknown;
  readonly code: unknown;
  readonly date: unknown;
  readonly language?: unknown;
  readonly onItem: (item: KlassCode, list: VersionList) => Cell;
  /** When set, a code (or date) that does not exist answers this instead of #N/A (KLASS.VALID). */
  readonly onMissing?: Cell;
}

interface Miss { readonly row: number; readonly column: number; readonly text: string; readonly date: string }

/**
 * The warm path of one cell (a single code and date, all cached): no grids, sets or maps — a
 * version pick, a cache hit and a Map get. Anything else (a miss, an error) goes the general way.
 */
function warmSingle(env: KlassEnv, spec: LookupSpec, id: number, language: KlassLanguage, code: unknown, date: unknown): Cell[][] | undefined {
  const meta = env.klass.classification(id);
  if (isPromise(meta)) return undefined;
  let on: string;
  try {
    on = coerceDate(date, todayOf(env));
  } catch {
    return undefined;
  }
  const span = findVersionAt(meta, on);
  if (!span || (span.version.published && !span.version.published.includes(language))) return undefined;
  const list = env.klass.versionCodes(id, span.from, language, span.from > todayOf(env));
  if (isPromise(list)) return undefined;
  const text = codeText(code);
  if (typeof text !== "string") return undefined;
  const item = findCode(codeIndex(list), text);
  if (!item) return undefined;
  try {
    return [[spec.onItem(item, { meta, span, index: codeIndex(list) })]];
  } catch {
    return undefined;
  }
}

function lookupGrid(env: KlassEnv, spec: LookupSpec): MaybePromise<Cell[][]> {
  const id = coerceId(spec.classification, "classification", "131");
  const language = coerceLanguage(spec.language);
  const code = scalar(spec.code);
  const day = scalar(spec.date);
  if (!Array.isArray(code) && !Array.isArray(day)) {
    const hit = warmSingle(env, spec, id, language, code, day);
    if (hit) return hit;
  }
  const codes = toGrid(spec.code);
  const dates = toGrid(spec.date);
  const shape = broadcastShape(shapeOf(codes), shapeOf(dates), ["code", "date"]);
  const today = todayOf(env);
  const dateGrid = dates.map((row) => row.map((v): Outcome<string> => {
    try {
      return coerceDate(v, today);
    } catch (error) {
      return error as Error;
    }
  }));
  const distinct = new Set<string>();
  for (const row of dateGrid) for (const d of row) if (typeof d === "string") distinct.add(d);

  return mapMaybe(env.klass.classification(id), (meta) =>
    mapMaybe(listsForDates(env, meta, distinct, language), (lists) => {
      const misses: Miss[] = [];
      const grid = buildGrid<Cell>(shape, (row, column) => {
        const date = at(dateGrid, row, column) as Outcome<string>;
        if (date instanceof Error) return date;
        const text = codeText(at(codes, row, column));
        if (text === undefined || text instanceof Error) return text ?? "";
        const list = lists.get(date);
        if (!list || list instanceof Error) {
          if (spec.onMissing !== undefined && isNotFoundError(list)) return spec.onMissing;
          return list ?? new Error("internal: no list");
        }
        const item = findCode(list.index, text);
        if (item) {
          try {
            return spec.onItem(item, list);
          } catch (error) {
            return error as Error;
          }
        }
        if (spec.onMissing !== undefined) return spec.onMissing;
        misses.push({ row, column, text, date });
        return "";
      });
      if (misses.length === 0) return grid;
      return mapMaybe(missMessages(env, meta, language), (message) => {
        for (const miss of misses) {
          const line = grid[miss.row];
          if (line) line[miss.column] = message(miss.text, miss.date);
        }
        return grid;
      });
    }),
  );
}

/** KLASS.CODENAME: the name of each code at its date. */
export function klassCodename(env: KlassEnv, classification: unknown, code: unknown, date?: unknown, language?: unknown): MaybePromise<Cell[][]> {
  return lookupGrid(env, { classification, code, date, language, onItem: (item) => item.name });
}

/** KLASS.LEVEL: the level number of each code. */
export function klassLevel(env: KlassEnv, classification: unknown, code: unknown, date?: unknown): MaybePromise<Cell[][]> {
  return lookupGrid(env, { classification, code, date, onItem: (item) => levelOf(item) });
}

/** KLASS.VALID: TRUE when the code exists at the date, FALSE when not (a service failure stays an error). */
export function klassValid(env: KlassEnv, classification: unknown, code: unknown, date?: unknown): MaybePromise<Cell[][]> {
  return lookupGrid(env, { classification, code, date, onItem: () => true, onMissing: false });
}

/** KLASS.PARENT: the ancestor code at `level` (default: the parent). */
export function klassParent(env: KlassEnv, classification: unknown, code: unknown, level?: unknown, date?: unknown): MaybePromise<Cell[][]> {
  const wanted = coerceOptionalInteger(level, "level", { min: 1, max: 20, example: "1" });
  return lookupGrid(env, {
    classification, code, date,
    onItem: (item, list) => ancestorAt(list.index, item, wanted, `${list.meta.id} at ${list.span.from}`).code,
  });
}

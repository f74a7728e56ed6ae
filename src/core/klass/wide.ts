import { at, coerceId, coerceLanguage, coerceNameList, shapeOf, toGrid } from "../args";
import { InvalidInputError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import type { Outcome } from "../settleMap";
import { listsForDates, type VersionList } from "./codeLists";
import { findCode, type CodeIndex } from "./codeIndex";
import { levelOf } from "./hierarchy";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassCode } from "./types";
import { missMessages } from "./validity";
import { MISS, vectorLookup, type Miss } from "./vectorLookup";

/**
 * The wide form of a hierarchy (klassR's "wide" output): one column per level from the top down,
 * each level as its code and/or its name. KLASS.HIERARCHY gives it per code; KLASS.CODES with the
 * column "wide" gives the whole table so (one row per lowest code, for pivot tables).
 */

/** What each level shows: its code, its name, or both (code then name). */
export type WideParts = readonly ("code" | "name")[];

/** The parts of a level (`columns` of KLASS.HIERARCHY): "code", "name" or both; default both. */
export function parseWideParts(value: unknown): WideParts {
  const parts = coerceNameList(value, "columns", ["code", "name"], ["code", "name"]) as ("code" | "name")[];
  return [...new Set(parts)];
}

/** The item's ancestors from the top down, the item last (bounded: a parent cycle never hangs). */
export function ancestry(index: CodeIndex, item: KlassCode): KlassCode[] {
  const chain: KlassCode[] = [item];
  let current = item;
  for (let steps = 0; current.parentCode && steps < 64; steps++) {
    const parent = index.byCode.get(current.parentCode);
    if (!parent || chain.includes(parent)) break;
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

/** The deepest level in a list (the number of levels a wide row has). */
export function depthOf(items: readonly KlassCode[]): number {
  let depth = 1;
  for (const item of items) depth = Math.max(depth, levelOf(item));
  return depth;
}

/** One wide row: per level 1…depth its code and/or name; levels below the code are blank. */
export function wideRow(chain: readonly KlassCode[], depth: number, parts: WideParts): ResultCell[] {
  const byLevel = new Map(chain.map((c) => [levelOf(c), c]));
  const row: ResultCell[] = [];
  for (let level = 1; level <= depth; level++) {
    const c = byLevel.get(level);
    for (const p of parts) row.push(c ? c[p] : "");
  }
  return row;
}

/** The header of a wide table: level1Code, level1Name, level2Code, … */
export function wideHeader(depth: number, parts: WideParts): string[] {
  const header: string[] = [];
  for (let level = 1; level <= depth; level++)
    for (const p of parts) header.push(`level${level}${p === "code" ? "Code" : "Name"}`);
  return header;
}

/**
 * The whole list in wide form, header first: one row per code that is no other code's parent
 * (the lowest codes; with `atLevel`, the codes at that level), its ancestors across.
 */
export function wideTable(
  index: CodeIndex,
  keep: (item: KlassCode) => boolean,
  parts: WideParts,
  atLevel: number | undefined,
): ResultCell[][] {
  const parents = new Set(index.items.map((i) => i.parentCode).filter((p): p is string => !!p));
  const rows = index.items.filter((i) => (atLevel === undefined ? !parents.has(i.code) : levelOf(i) === atLevel));
  const depth = atLevel ?? depthOf(index.items);
  return [wideHeader(depth, parts), ...rows.filter(keep).map((i) => wideRow(ancestry(index, i), depth, parts))];
}

/**
 * KLASS.HIERARCHY: for each code (one column or row of codes), one row across: per level from the
 * top down its code and/or name, as many levels as the version has (blank below the code's own).
 * One request per version touched (the code lists, as KLASS.CODENAME); a missing code is #N/A
 * saying when it was valid.
 */
export function klassHierarchy(
  env: KlassEnv,
  classification: unknown,
  codes: unknown,
  date?: unknown,
  columns?: unknown,
  language?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "6");
  const parts = parseWideParts(columns);
  const lang = coerceLanguage(language);
  const grid = toGrid(codes);
  const shape = shapeOf(grid);
  if (shape.rows > 1 && shape.columns > 1)
    throw new InvalidInputError(
      `codes must be one column or one row (got ${shape.rows}×${shape.columns}); give one column of codes, e.g. A2:A100`,
    );
  const column = Array.from({ length: Math.max(shape.rows, shape.columns) }, (_, i) => [
    shape.rows > 1 ? at(grid, i, 0) : at(grid, 0, i),
  ]);
  const dateGrid = toGrid(date);
  const dateShape = shapeOf(dateGrid);
  // A row of dates beside a row of codes becomes a column, like the codes.
  const dates =
    shape.rows === 1 && shape.columns > 1 && dateShape.rows === 1 && dateShape.columns > 1
      ? Array.from({ length: dateShape.columns }, (_, i) => [at(dateGrid, 0, i)])
      : date;
  let depth = 1;
  return mapMaybe(
    vectorLookup<VersionList, KlassCode[] | "">({
      codes: column,
      dates,
      names: ["codes", "date"],
      today: todayOf(env),
      blank: "",
      load: (wanted) =>
        mapMaybe(env.klass.classification(id), (meta) =>
          mapMaybe(listsForDates(env, meta, wanted, lang), (lists: Map<string, Outcome<VersionList>>) => {
            for (const list of lists.values())
              if (!(list instanceof Error)) depth = Math.max(depth, depthOf(list.index.items));
            return lists;
          }),
        ),
      lookup: (text, list) => {
        const item = findCode(list.index, text);
        return item ? ancestry(list.index, item) : MISS;
      },
      misses: (misses) =>
        mapMaybe(
          missMessages(env, misses[0]!.loaded.meta, lang),
          (message) => (miss: Miss<VersionList>) => message(miss.text, miss.date),
        ),
    }),
    (answers) =>
      answers.map((row): ResultCell[] => {
        const a = row[0];
        const width = depth * parts.length;
        if (a === undefined || a === "") return Array<ResultCell>(width).fill("");
        if (a instanceof Error) return Array<ResultCell>(width).fill(a);
        return wideRow(a, depth, parts);
      }),
  );
}

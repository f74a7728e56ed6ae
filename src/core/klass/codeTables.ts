import { coerceDate, coerceId, coerceLanguage, coerceOptionalInteger, isOmitted, scalar } from "../args";
import { InvalidInputError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { listAt } from "./codeLists";
import { CODE_FIELDS, DEFAULT_CODE_COLUMNS, DEFAULT_RANGE_COLUMNS, RANGE_FIELDS, parseColumns, table } from "./columns";
import type { KlassEnv } from "./klassEnv";
import type { ResultCell } from "../resultGrid";
import { todayOf } from "./klassEnv";
import { levelOf } from "./hierarchy";
import { parseSelectCodes } from "./selectCodes";
import type { KlassCode } from "./types";
import { parseWideParts, wideTable, type WideParts } from "./wide";

/** Filters shared by the tables: `level` (a number) and `selectCodes` (server rules, on the client). */
function codeFilter(level: unknown, selectCodes: unknown): (item: KlassCode) => boolean {
  const wanted = coerceOptionalInteger(level, "level", { min: 1, max: 20, example: "1" });
  const select = scalar(selectCodes);
  const matcher = parseSelectCodes(isOmitted(select) ? undefined : String(select));
  return (item) => (wanted === undefined || levelOf(item) === wanted) && (!matcher || matcher(item.code));
}

/**
 * The `columns` of KLASS.CODES: field names, or "wide" (with "code" and/or "name" for what each
 * level shows; default both) for the wide form (./wide.ts).
 */
function codeColumns(columns: unknown): { wide: WideParts } | { fields: string[] } {
  const fields = parseColumns(columns, [...CODE_FIELDS, "wide"], DEFAULT_CODE_COLUMNS);
  if (!fields.includes("wide")) return { fields };
  const rest = fields.filter((f) => f !== "wide");
  const other = rest.find((f) => f !== "code" && f !== "name");
  if (other !== undefined)
    throw new InvalidInputError(
      `columns: "wide" takes only "code" and/or "name" beside it (what each level shows), not "${other}"; e.g. "wide" or "wide, name"`,
    );
  return { wide: rest.length === 0 ? ["code", "name"] : parseWideParts(rest.join(",")) };
}

/**
 * KLASS.CODES: the codes valid at `date` as a table, header row first (the version's list,
 * cached). With columns "wide": one row per lowest code (or per code at `level`), its levels
 * across (level1Code, level1Name, …), for pivot tables.
 */
export function klassCodes(
  env: KlassEnv,
  classification: unknown,
  date?: unknown,
  level?: unknown,
  selectCodes?: unknown,
  columns?: unknown,
  language?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "131");
  const on = coerceDate(date, todayOf(env));
  const keep = codeFilter(level, selectCodes);
  const shape = codeColumns(columns);
  const atLevel = coerceOptionalInteger(level, "level", { min: 1, max: 20, example: "1" });
  const lang = coerceLanguage(language);
  return mapMaybe(env.klass.classification(id), (meta) =>
    mapMaybe(listAt(env, meta, on, lang), (list) =>
      "wide" in shape
        ? wideTable(list.index, keep, shape.wide, atLevel)
        : table(list.index.items.filter(keep), shape.fields),
    ),
  );
}

/**
 * KLASS.CODESRANGE: the codes valid at any time in [from, to) as a table with
 * validFromInRequestedRange/validToInRequestedRange. Half-open like the API's range (issue #8):
 * `to` is the first day after the range, so "2016-01-01" to "2018-01-02" includes what started on
 * 2018-01-01. Omitted = open.
 */
export function klassCodesRange(
  env: KlassEnv,
  classification: unknown,
  from: unknown,
  to?: unknown,
  level?: unknown,
  selectCodes?: unknown,
  columns?: unknown,
  language?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "131");
  if (isOmitted(scalar(from))) throw new InvalidInputError(`from is missing; give a date, e.g. "2016-01-01"`);
  const today = todayOf(env);
  const start = coerceDate(from, today, "from");
  const end = isOmitted(scalar(to)) ? undefined : coerceDate(to, today, "to");
  if (end !== undefined && end <= start) {
    throw new InvalidInputError(
      `to (${end}) must be after from (${start}): the range is [from, to), e.g. from "2016-01-01", to "2018-01-02"`,
    );
  }
  const keep = codeFilter(level, selectCodes);
  const fields = parseColumns(columns, RANGE_FIELDS, DEFAULT_RANGE_COLUMNS);
  const lang = coerceLanguage(language);
  return mapMaybe(env.klass.codesInRange(id, start, end, lang), (items) => table(items.filter(keep), fields));
}

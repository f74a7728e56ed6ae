import { coerceDate, coerceId, coerceLanguage, coerceOptionalInteger, scalar } from "../args";
import { isNotFoundError } from "../errors";
import { isPromise, mapMaybe, type MaybePromise } from "../maybePromise";
import { listsForDates, typedCode, type VersionList } from "./codeLists";
import { codeIndex, findCode } from "./codeIndex";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import { ancestorAt, levelOf } from "./hierarchy";
import type { KlassCode, KlassLanguage } from "./types";
import { findVersionAt } from "./versions";
import { missMessages } from "./validity";
import { MISS, vectorLookup, type Miss } from "./vectorLookup";

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
  readonly onItem: (item: KlassCode, list: VersionList) => ResultCell;
  /** When set, a code (or date) that does not exist answers this instead of #N/A (KLASS.VALID). */
  readonly onMissing?: ResultCell;
}

/**
 * The warm path of one cell (a single code and date, all cached): no grids, sets or maps — a
 * version pick, a cache hit and a Map get. Anything else (a miss, an error) goes the general way.
 */
function warmSingle(
  env: KlassEnv,
  spec: LookupSpec,
  id: number,
  language: KlassLanguage,
  code: unknown,
  date: unknown,
): ResultCell[][] | undefined {
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
  const text = typedCode(code);
  if (typeof text !== "string") return undefined;
  try {
    const index = codeIndex(list);
    const item = findCode(index, text);
    return item ? [[spec.onItem(item, { meta, span, index })]] : undefined;
  } catch {
    return undefined; // an ambiguous code, or onItem's error: the general way says so
  }
}

function lookupGrid(env: KlassEnv, spec: LookupSpec): MaybePromise<ResultCell[][]> {
  const id = coerceId(spec.classification, "classification", "131");
  const language = coerceLanguage(spec.language);
  const code = scalar(spec.code);
  const day = scalar(spec.date);
  if (!Array.isArray(code) && !Array.isArray(day)) {
    const hit = warmSingle(env, spec, id, language, code, day);
    if (hit) return hit;
  }
  const onMissing = spec.onMissing;
  return vectorLookup<VersionList, ResultCell>({
    codes: spec.code,
    dates: spec.date,
    names: ["code", "date"],
    today: todayOf(env),
    blank: "",
    load: (dates) => mapMaybe(env.klass.classification(id), (meta) => listsForDates(env, meta, dates, language)),
    lookup: (text, list) => {
      const item = findCode(list.index, text);
      if (item) return spec.onItem(item, list);
      return onMissing ?? MISS;
    },
    onLoadError: (error) => (onMissing !== undefined && isNotFoundError(error) ? onMissing : error),
    misses: (misses) =>
      mapMaybe(
        missMessages(env, misses[0]!.loaded.meta, language),
        (message) => (miss: Miss<VersionList>) => message(miss.text, miss.date),
      ),
  });
}

// The per-function look-ups, made once (not a closure per call: a warm call allocates little).
const nameOf = (item: KlassCode): ResultCell => item.name;
const levelNumber = (item: KlassCode): ResultCell => levelOf(item);
const exists = (): ResultCell => true;

/** KLASS.CODENAME: the name of each code at its date. */
export function klassCodename(
  env: KlassEnv,
  classification: unknown,
  code: unknown,
  date?: unknown,
  language?: unknown,
): MaybePromise<ResultCell[][]> {
  return lookupGrid(env, { classification, code, date, language, onItem: nameOf });
}

/** KLASS.LEVEL: the level number of each code. */
export function klassLevel(
  env: KlassEnv,
  classification: unknown,
  code: unknown,
  date?: unknown,
): MaybePromise<ResultCell[][]> {
  return lookupGrid(env, { classification, code, date, onItem: levelNumber });
}

/** KLASS.VALID: TRUE when the code exists at the date, FALSE when not (a service failure stays an error). */
export function klassValid(
  env: KlassEnv,
  classification: unknown,
  code: unknown,
  date?: unknown,
): MaybePromise<ResultCell[][]> {
  return lookupGrid(env, { classification, code, date, onItem: exists, onMissing: false });
}

/** KLASS.PARENT: the ancestor code at `level` (default: the parent). */
export function klassParent(
  env: KlassEnv,
  classification: unknown,
  code: unknown,
  level?: unknown,
  date?: unknown,
): MaybePromise<ResultCell[][]> {
  const wanted = coerceOptionalInteger(level, "level", { min: 1, max: 20, example: "1" });
  return lookupGrid(env, {
    classification,
    code,
    date,
    onItem: (item, list) => ancestorAt(list.index, item, wanted, `${list.meta.id} at ${list.span.from}`).code,
  });
}

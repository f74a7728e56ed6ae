import { coerceDate, coerceId, coerceLanguage, coerceOptionalInteger, coerceText, toWholeNumber } from "../args";
import { NotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { listsForDates, type VersionList } from "./codeLists";
import { codeIndex, findCode, type CodeIndex } from "./codeIndex";
import { CODE_FIELDS, DEFAULT_CODE_COLUMNS, parseColumns, table } from "./columns";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import { ancestorAt, levelOf } from "./hierarchy";
import { attempt, settleMap, type Outcome } from "../settleMap";
import type { KlassCode, KlassLanguage, KlassRangeCode } from "./types";
import { versionAt } from "./versions";
import { MISS, vectorLookup, type Miss } from "./vectorLookup";

/**
 * Variants, named by name or by id. By name: one `variant?variantName&from&to` request over the
 * span of the classification version valid at the date (so a column of dates within a version
 * costs one request), then the items valid at each date. By id: `variants/{id}`, checked against
 * its validity, then the same items-at-a-date step: either way a date gets one {@link VariantList}
 * (memoised per answer and date, labelled with the date), and KLASS.VARIANT looks codes up in it
 * the same way (walking finer codes up the classification's hierarchy), so the two namings answer
 * alike.
 */
interface VariantList {
  readonly index: CodeIndex;
  readonly label: string;
}

const atDates = new WeakMap<readonly KlassCode[], Map<string, VariantList>>();

/**
 * The variant items valid at `date` out of a range answer (`variant?from&to`, items with
 * `…InRequestedRange`) or a `variants/{id}` answer (items without dates: all valid), memoised per
 * answer and date so a warm call builds no index.
 */
function variantListAt(
  items: readonly (KlassCode & Partial<KlassRangeCode>)[],
  date: string,
  label: string,
): VariantList {
  let byDate = atDates.get(items);
  if (!byDate) atDates.set(items, (byDate = new Map()));
  let list = byDate.get(date);
  if (!list) {
    const valid = items.filter((i) => {
      const from = i.validFromInRequestedRange ?? i.validFrom ?? "";
      const to = i.validToInRequestedRange ?? i.validTo;
      return from <= date && (!to || date < to);
    });
    if (valid.length === 0) throw new NotFoundError(`${label} has no codes at ${date}`, { api: "klass" });
    list = { index: codeIndex(valid), label: `${label} at ${date}` };
    byDate.set(date, list);
  }
  return list;
}

function loadVariant(
  env: KlassEnv,
  id: number,
  variant: string,
  date: string,
  language: KlassLanguage,
): MaybePromise<VariantList> {
  const variantId = toWholeNumber(variant);
  if (variantId === undefined) {
    return mapMaybe(env.klass.classification(id), (meta) => {
      const span = versionAt(meta, date);
      return mapMaybe(env.klass.variantInRange(id, variant, span.from, span.to, language), (items) =>
        variantListAt(items, date, `variant "${variant}" of ${id}`),
      );
    });
  }
  return mapMaybe(env.klass.variantById(id, variantId, language), (v) => {
    const from = v.validFrom ?? "0000-01-01";
    if (date < from || (v.validTo && date >= v.validTo)) {
      throw new NotFoundError(
        `variant ${variantId} (${v.name}) is not valid at ${date} (valid ${from} to ${v.validTo ?? "now"})`,
        { api: "klass" },
      );
    }
    return variantListAt(v.classificationItems, date, `variant ${variantId} (${v.name})`);
  });
}

/**
 * KLASS.VARIANT: the group code in the variant that contains each code (its parent in the variant,
 * or its ancestor at `level`). A variant often groups coarser codes than the user has (A*10
 * groups SN2007 sections, the user has "01.110"): a code not in the variant is walked up the
 * classification's own hierarchy at that date until an ancestor is (one more list request, only
 * when some code needs it).
 */
export function klassVariant(
  env: KlassEnv,
  classification: unknown,
  variantName: unknown,
  code: unknown,
  date?: unknown,
  level?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "6");
  const variant = coerceText(variantName, "variantName", `"A*10" or a variant id such as 1501`);
  const wanted = coerceOptionalInteger(level, "level", { min: 1, max: 20, example: "1" });
  return vectorLookup<VariantList, ResultCell>({
    codes: code,
    dates: date,
    names: ["code", "date"],
    today: todayOf(env),
    blank: "",
    load: (dates) => {
      const loads = new Map<string, MaybePromise<Outcome<VariantList>>>();
      for (const d of dates)
        loads.set(
          d,
          attempt(() => loadVariant(env, id, variant, d, "nb")),
        );
      return settleMap(loads);
    },
    lookup: (text, list) => {
      const item = findCode(list.index, text);
      return item ? groupOf(list, item, wanted) : MISS;
    },
    // A code not in the variant: walk the classification's own hierarchy (one more list request).
    misses: (misses) =>
      mapMaybe(env.klass.classification(id), (meta) =>
        mapMaybe(
          listsForDates(env, meta, new Set(misses.map((m) => m.date)), "nb"),
          (own) => (miss: Miss<VariantList>) => viaHierarchy(own.get(miss.date), miss.loaded, miss.text, wanted),
        ),
      ),
  });
}

function groupOf(list: VariantList, item: KlassCode, wanted: number | undefined): ResultCell {
  try {
    return ancestorAt(list.index, item, wanted, list.label).code;
  } catch (error) {
    return error as Error;
  }
}

/** Walk the classification's parents of `text` until one is in the variant. */
function viaHierarchy(
  own: Outcome<VersionList> | undefined,
  list: VariantList,
  text: string,
  wanted: number | undefined,
): ResultCell {
  const missing = new NotFoundError(`${text} is not in ${list.label}`, { api: "klass" });
  if (!own || own instanceof Error) return missing;
  let current = findCode(own.index, text);
  for (let steps = 0; current && steps < 64; steps++) {
    const inVariant = list.index.byCode.get(current.code);
    if (inVariant) return groupOf(list, inVariant, wanted);
    current = current.parentCode ? own.index.byCode.get(current.parentCode) : undefined;
  }
  return missing;
}

/** KLASS.VARIANTCODES: the variant's codes at `date` as a table, header row first. */
export function klassVariantCodes(
  env: KlassEnv,
  classification: unknown,
  variantName: unknown,
  date?: unknown,
  level?: unknown,
  columns?: unknown,
  language?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "6");
  const variant = coerceText(variantName, "variantName", `"Næringsgrupperinger" or a variant id such as 1111`);
  const on = coerceDate(date, todayOf(env));
  const wanted = coerceOptionalInteger(level, "level", { min: 1, max: 20, example: "1" });
  const fields = parseColumns(columns, CODE_FIELDS, DEFAULT_CODE_COLUMNS);
  const lang = coerceLanguage(language);
  const keep = (item: KlassCode) => wanted === undefined || levelOf(item) === wanted;
  return mapMaybe(loadVariant(env, id, variant, on, lang), (list) => table(list.index.items.filter(keep), fields));
}

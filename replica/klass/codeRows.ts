/**
 * The rows of `codes`, `codesAt`, `variant` and `variantAt`. A range query walks every version
 * overlapping [from, to), clips it to the range, and joins consecutive periods of a code whose
 * name did not change (other fields are taken from the later period, which is how the recorded
 * 106 answer shows "9 Uoppgitt" with the 2020 short name over 2018–2020).
 */
import type { KlassItem, Lang } from "./model";
import { inLang } from "./model";
import { parsePattern } from "./presentation";
import type { RecordedCode } from "./fixtureFiles";
import { parseSelectCodes } from "./selectCodes";
import { parseLevel } from "./params";

/** The fields every code row has, as recorded (key order is set where rows are built). */
type CodeFields = Omit<RecordedCode, "notes">;

/** A snapshot row (codesAt): the current documented key order. */
export interface AtRow extends CodeFields {
  validFrom: null;
  validTo: null;
  notes: string;
}

/** A range row (codes): validFrom/validTo stay null as recorded; the range fields are filled. */
export interface RangeRow extends CodeFields {
  validFrom: null;
  validTo: null;
  validFromInRequestedRange: string;
  validToInRequestedRange: string | null;
  notes: string;
}

/** CSV columns of snapshot rows. */
export const AT_FIELDS = [
  "code",
  "parentCode",
  "level",
  "name",
  "shortName",
  "presentationName",
  "validFrom",
  "validTo",
  "notes",
];
/** CSV columns of range rows. */
export const RANGE_FIELDS = [
  "code",
  "parentCode",
  "level",
  "name",
  "shortName",
  "presentationName",
  "validFrom",
  "validTo",
  "validFromInRequestedRange",
  "validToInRequestedRange",
  "notes",
];

type Filter = (item: KlassItem) => boolean;

function makeFilter(q: URLSearchParams): Filter {
  const level = parseLevel(q);
  const select = parseSelectCodes(q.get("selectCodes"));
  return (item) => (level === null || item.level === level) && select(item.code);
}

function atRow(item: KlassItem, lang: Lang, pattern: ReturnType<typeof parsePattern>): AtRow {
  const name = inLang(item.name, lang);
  const shortName = inLang(item.shortName, lang);
  return {
    code: item.code,
    parentCode: item.parentCode,
    level: item.level,
    name,
    shortName,
    presentationName: pattern({ code: item.code, name, shortName }),
    validFrom: null,
    validTo: null,
    notes: item.notes,
  };
}

/** Rows of one version or variant at a date, in item order. */
export function rowsAt(items: KlassItem[], lang: Lang, q: URLSearchParams): AtRow[] {
  const filter = makeFilter(q);
  const pattern = parsePattern(q.get("presentationNamePattern"));
  return items.filter(filter).map((i) => atRow(i, lang, pattern));
}

/** A period of items: a version (or variant) clipped to the requested range. */
export interface Period {
  from: string;
  to: string | null;
  items: KlassItem[];
}

/** Rows over a range; periods must be oldest first and clipped already. Sorted by code, then start. */
export function rowsInRange(periods: Period[], lang: Lang, q: URLSearchParams): RangeRow[] {
  const filter = makeFilter(q);
  const pattern = parsePattern(q.get("presentationNamePattern"));
  const open = new Map<string, RangeRow>();
  const out: RangeRow[] = [];
  for (const p of periods) {
    for (const item of p.items) {
      if (!filter(item)) continue;
      const at = atRow(item, lang, pattern);
      const prev = open.get(item.code);
      if (prev && prev.name === at.name && prev.validToInRequestedRange === p.from) {
        Object.assign(prev, {
          parentCode: at.parentCode,
          level: at.level,
          shortName: at.shortName,
          presentationName: at.presentationName,
          notes: at.notes,
          validToInRequestedRange: p.to,
        });
        continue;
      }
      const row: RangeRow = {
        ...at,
        validFrom: null,
        validTo: null,
        validFromInRequestedRange: p.from,
        validToInRequestedRange: p.to,
        notes: at.notes,
      };
      const ordered: RangeRow = {
        code: row.code,
        parentCode: row.parentCode,
        level: row.level,
        name: row.name,
        shortName: row.shortName,
        presentationName: row.presentationName,
        validFrom: null,
        validTo: null,
        validFromInRequestedRange: row.validFromInRequestedRange,
        validToInRequestedRange: row.validToInRequestedRange,
        notes: row.notes,
      };
      open.set(item.code, ordered);
      out.push(ordered);
    }
  }
  return out.sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : a.validFromInRequestedRange < b.validFromInRequestedRange ? -1 : 1,
  );
}

/** Clips [validFrom, validTo) to [from, to). */
export function clip(
  validFrom: string,
  validTo: string | null,
  from: string,
  to: string | null,
): { from: string; to: string | null } {
  const start = validFrom > from ? validFrom : from;
  const end = validTo === null ? to : to === null ? validTo : validTo < to ? validTo : to;
  return { from: start, to: end };
}

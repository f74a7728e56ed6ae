import { coerceDate, coerceId, coerceNameList, isOmitted, scalar } from "../args";
import { attempt, settleMap } from "../settleMap";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassClassification } from "./types";
import { findVersionAt, versionSpans, type VersionSpan } from "./versions";

/** The fields KLASS.INFO can show, each computed from the classification's metadata (cached). */
const FIELDS: Record<string, (meta: KlassClassification, today: string) => ResultCell> = {
  id: (m) => m.id,
  name: (m) => m.name,
  description: (m) => m.description ?? "",
  classificationType: (m) => m.classificationType ?? "",
  lastModified: (m) => m.lastModified ?? "",
  primaryLanguage: (m) => m.primaryLanguage ?? "",
  contactPerson: (m) => m.contactPerson?.name ?? "",
  currentVersion: (m, today) => findVersionAt(m, today)?.version.name ?? "",
  validFrom: (m) => versionSpans(m)[0]?.from ?? "",
  validTo: (m) => {
    const spans = versionSpans(m);
    return spans[spans.length - 1]?.to ?? "";
  },
  versionCount: (m) => versionSpans(m).length,
  versions: (m) =>
    versionSpans(m)
      .map((s) => `${s.version.name} (${s.from}–${s.to ?? ""})`)
      .join("; "),
};

/** The fields that list a classification's correspondence tables or variants (a table each). */
const LISTS = ["correspondenceTables", "variants"] as const;
type ListField = (typeof LISTS)[number];

/** The field names KLASS.INFO accepts. */
const INFO_FIELDS = [...Object.keys(FIELDS), ...LISTS];

/** True when the date was given as a year (2024, "2024"): then it stands for the whole year. */
function givenAsYear(value: unknown, iso: string): boolean {
  const v = scalar(value);
  const text = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
  return /^\d{4}$/.test(text) && iso === `${text}-01-01`;
}

/** The versions a date argument picks: none given → all; a year → those valid at any time in it; a day → the one valid then. */
function versionsFor(meta: KlassClassification, date: unknown, today: string): readonly VersionSpan[] {
  if (isOmitted(scalar(date))) return versionSpans(meta);
  const on = coerceDate(date, today);
  if (givenAsYear(date, on)) {
    const end = `${Number(on.slice(0, 4)) + 1}-01-01`;
    return versionSpans(meta).filter((s) => s.from < end && (s.to === undefined || s.to > on));
  }
  const span = findVersionAt(meta, on);
  return span ? [span] : [];
}

/** "Kommuneinndeling 2024 (2024-01-01–2026-01-01)"; "; "-separated. */
function versionText(spans: readonly VersionSpan[]): string {
  return spans.map((s) => `${s.version.name} (${s.from}–${s.to ?? ""})`).join("; ");
}

/**
 * The correspondence tables or variants of the picked versions, from each version's page
 * (`versions/{id}`, one cached request per version), as a table with a header row. A table
 * listed on two versions (between versions of one classification) is listed once.
 */
function listOf(
  env: KlassEnv,
  meta: KlassClassification,
  spans: readonly VersionSpan[],
  field: ListField,
): MaybePromise<ResultCell[][]> {
  const loads = new Map(
    spans.map((s) => [s, attempt(() => env.klass.versionDetail(meta.id, s.version.id, "nb"))] as const),
  );
  return mapMaybe(settleMap(loads), (details) => {
    const rows: ResultCell[][] =
      field === "variants"
        ? [["id", "name", "version", "validFrom", "validTo"]]
        : [["id", "name", "source", "target", "version", "validFrom", "validTo"]];
    const seen = new Set<number>();
    for (const [span, detail] of details) {
      if (detail instanceof Error) throw detail;
      if (field === "variants") {
        for (const x of detail.classificationVariants)
          if (!seen.has(x.id)) {
            seen.add(x.id);
            rows.push([x.id, x.name, span.version.name, x.validFrom ?? span.from, x.validTo ?? span.to ?? ""]);
          }
      } else {
        for (const t of detail.correspondenceTables)
          if (!seen.has(t.id)) {
            seen.add(t.id);
            rows.push([t.id, t.name, t.source ?? "", t.target ?? "", span.version.name, span.from, span.to ?? ""]);
          }
      }
    }
    return rows;
  });
}

/**
 * KLASS.INFO: one field of a classification's metadata, or (no field) a two-column table of all
 * fields with a header row, then one row per version (name, validFrom, validTo, languages).
 * "correspondenceTables" and "variants" list those of every version (or of the versions `date`
 * picks) with their ids and validity, a table each. `date` also narrows "versions": a year gives
 * the versions valid at any time in that year (so a mid-year version shows), a day the one valid then.
 */
export function klassInfo(
  env: KlassEnv,
  classification: unknown,
  field?: unknown,
  date?: unknown,
): MaybePromise<ResultCell | ResultCell[][]> {
  const id = coerceId(classification, "classification", "131");
  const wanted = isOmitted(scalar(field)) ? undefined : coerceNameList(field, "field", INFO_FIELDS, [])[0];
  const today = todayOf(env);
  if (!isOmitted(scalar(date))) coerceDate(date, today); // a malformed date is #VALUE! before any request
  return mapMaybe(env.klass.classification(id), (meta): MaybePromise<ResultCell | ResultCell[][]> => {
    if (wanted === "correspondenceTables" || wanted === "variants")
      return listOf(env, meta, versionsFor(meta, date, today), wanted);
    if (wanted === "versions") return versionText(versionsFor(meta, date, today));
    if (wanted) return FIELDS[wanted]!(meta, today);
    const rows: ResultCell[][] = [["field", "value"]];
    for (const name of Object.keys(FIELDS)) if (name !== "versions") rows.push([name, FIELDS[name]!(meta, today)]);
    for (const span of versionSpans(meta)) {
      rows.push([
        `version ${span.version.name}`,
        `${span.from} – ${span.to ?? ""} (${(span.version.published ?? []).join(", ")})`,
      ]);
    }
    return rows;
  });
}

import { coerceId, coerceNameList, isOmitted, scalar } from "../args";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassClassification } from "./types";
import { findVersionAt, versionSpans } from "./versions";

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

/** The field names KLASS.INFO accepts. */
const INFO_FIELDS = Object.keys(FIELDS);

/**
 * KLASS.INFO: one field of a classification's metadata, or (no field) a two-column table of all
 * fields with a header row, then one row per version (name, validFrom, validTo, languages).
 */
export function klassInfo(
  env: KlassEnv,
  classification: unknown,
  field?: unknown,
): MaybePromise<ResultCell | ResultCell[][]> {
  const id = coerceId(classification, "classification", "131");
  const wanted = isOmitted(scalar(field)) ? undefined : coerceNameList(field, "field", INFO_FIELDS, [])[0];
  const today = todayOf(env);
  return mapMaybe(env.klass.classification(id), (meta): ResultCell | ResultCell[][] => {
    if (wanted) return FIELDS[wanted]!(meta, today);
    const rows: ResultCell[][] = [["field", "value"]];
    for (const name of INFO_FIELDS) if (name !== "versions") rows.push([name, FIELDS[name]!(meta, today)]);
    for (const span of versionSpans(meta)) {
      rows.push([
        `version ${span.version.name}`,
        `${span.from} – ${span.to ?? ""} (${(span.version.published ?? []).join(", ")})`,
      ]);
    }
    return rows;
  });
}

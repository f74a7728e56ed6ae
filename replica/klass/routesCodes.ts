/** `codes`, `codesAt`, `variant`, `variantAt` and `changes` of a classification. */
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import type { KlassClassification, KlassData, KlassItem, KlassVariant, KlassVersion, Lang } from "./model";
import { inLang } from "./model";
import { AT_FIELDS, RANGE_FIELDS, clip, rowsAt, rowsInRange, type Period } from "./codeRows";
import {
  checkPublished,
  findClassification,
  parseDate,
  parseLang,
  parseRange,
  versionAt,
  versionsIn,
  visibleVersions,
} from "./params";
import { KlassError, klassOk } from "./reply";
import { changesBetween } from "./changes";

function variantsFor(c: KlassClassification, q: URLSearchParams): KlassVariant[] {
  const wanted = (q.get("variantName") ?? "").trim().toLowerCase();
  if (wanted === "")
    throw new KlassError(
      400,
      "Required request parameter 'variantName' for method parameter type String is not present",
    );
  const list = c.variants.filter((v) => v.name.nb.toLowerCase().startsWith(wanted));
  if (list.length === 0)
    throw new KlassError(404, `Variant with name ${q.get("variantName") ?? ""} not found for classification ${c.id}`);
  return list;
}

function periodsOf(
  list: Array<{ validFrom: string; validTo: string | null; items: KlassItem[] }>,
  from: string,
  to: string | null,
): Period[] {
  return list
    .filter((v) => (v.validTo === null || v.validTo > from) && (to === null || v.validFrom < to))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
    .map((v) => ({ ...clip(v.validFrom, v.validTo, from, to), items: v.items }));
}

function codesAt(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const date = parseDate("date", req.query.get("date"), true) as string;
  const lang = parseLang(req.query);
  const v = versionAt(c, visibleVersions(c, req.query, req.now), date);
  checkPublished(v, lang);
  const rows = rowsAt(v.items, lang, req.query);
  return klassOk(req, {
    json: { codes: rows },
    xmlRoot: "codeList",
    csv: { fields: AT_FIELDS, rows: rows as unknown as Array<Record<string, unknown>> },
  });
}

function codes(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const { from, to } = parseRange(req.query);
  const lang = parseLang(req.query);
  const versions = versionsIn(c, visibleVersions(c, req.query, req.now), from, to);
  for (const v of versions) checkPublished(v, lang);
  const rows = rowsInRange(periodsOf(versions, from, to), lang, req.query);
  return klassOk(req, {
    json: { codes: rows },
    xmlRoot: "codeList",
    csv: { fields: RANGE_FIELDS, rows: rows as unknown as Array<Record<string, unknown>> },
  });
}

function variantAt(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const date = parseDate("date", req.query.get("date"), true) as string;
  const lang = parseLang(req.query);
  const v = variantsFor(c, req.query).find((x) => x.validFrom <= date && (x.validTo === null || x.validTo > date));
  if (!v)
    throw new KlassError(
      404,
      `Variant ${req.query.get("variantName") ?? ""} of classification ${c.id} is not valid at ${date}`,
    );
  checkPublished(v, lang);
  const rows = rowsAt(v.items, lang, req.query);
  return klassOk(req, {
    json: { codes: rows },
    xmlRoot: "codeList",
    csv: { fields: AT_FIELDS, rows: rows as unknown as Array<Record<string, unknown>> },
  });
}

function variant(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const { from, to } = parseRange(req.query);
  const lang = parseLang(req.query);
  const periods = periodsOf(variantsFor(c, req.query), from, to);
  if (periods.length === 0)
    throw new KlassError(
      404,
      `Variant ${req.query.get("variantName") ?? ""} of classification ${c.id} is not valid in range ${from} - ${to ?? ""}`,
    );
  const rows = rowsInRange(periods, lang, req.query);
  return klassOk(req, {
    json: { codes: rows },
    xmlRoot: "codeList",
    csv: { fields: RANGE_FIELDS, rows: rows as unknown as Array<Record<string, unknown>> },
  });
}

const CHANGE_FIELDS = ["oldCode", "oldName", "oldShortName", "newCode", "newName", "newShortName", "changeOccurred"];

function changes(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const { from, to } = parseRange(req.query);
  const lang: Lang = parseLang(req.query);
  const versions: KlassVersion[] = visibleVersions(c, req.query, req.now).filter(
    (v) => (v.validTo === null || v.validTo > from) && (to === null || v.validFrom < to),
  );
  const rows = [];
  for (let i = 1; i < versions.length; i++) {
    const older = versions[i - 1];
    const newer = versions[i];
    if (older && newer) rows.push(...changesBetween(c, older, newer, (t) => inLang(t, lang)));
  }
  return klassOk(req, {
    json: { codeChanges: rows },
    xmlRoot: "codeChangeList",
    csv: { fields: CHANGE_FIELDS, rows: rows as unknown as Array<Record<string, unknown>> },
  });
}

/** Routes below `/classifications/{id}/…` for code lists. */
export function codeRoutes(data: KlassData): Route[] {
  const r = (name: string, fn: (d: KlassData, q: ApiRequest, p: Record<string, string>) => ApiResponse): Route => ({
    template: `/classifications/{id}/${name}`,
    pattern: new RegExp(`^/classifications/(?<id>[^/]+)/${name}/?$`),
    handle: (q, p) => fn(data, q, p),
  });
  return [
    r("codesAt", codesAt),
    r("codes", codes),
    r("variantAt", variantAt),
    r("variant", variant),
    r("changes", changes),
  ];
}

/** `classifications/{id}`, `versions/{id}` and `variants/{id}`. */
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import type { KlassData, KlassItem, KlassVariant, KlassVersion, Lang } from "./model";
import { inLang } from "./model";
import { checkPublished, findClassification, parseLang, visibleVersions } from "./params";
import { KlassError, klassOk } from "./reply";
import { href } from "./links";
import { versionIndex } from "./routesCorrespond";

const CONTACT = { name: "Seksjon for befolkningsstatistikk", email: null, phone: null };
const ITEM_FIELDS = ["code", "parentCode", "level", "name", "shortName", "notes", "validFrom", "validTo"];

function validity(v: { validFrom: string; validTo: string | null }): Record<string, string> {
  return v.validTo === null ? { validFrom: v.validFrom } : { validFrom: v.validFrom, validTo: v.validTo };
}

function items(list: KlassItem[], lang: Lang): Array<Record<string, unknown>> {
  return list.map((i) => ({
    code: i.code,
    parentCode: i.parentCode ?? "",
    level: i.level,
    name: inLang(i.name, lang),
    shortName: inLang(i.shortName, lang) || null,
    notes: i.notes || null,
  }));
}

function classification(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const lang = parseLang(req.query);
  const base = `${req.base}/classifications/${c.id}`;
  const tpl = (op: string, params: string): Record<string, unknown> => ({
    href: `${base}/${op}{?${params}}`,
    templated: true,
  });
  const json = {
    name: inLang(c.name, lang),
    id: c.id,
    classificationType: c.classificationType,
    lastModified: c.lastModified,
    description: c.description,
    primaryLanguage: "nb",
    copyrighted: false,
    includeShortName: c.includeShortName,
    includeNotes: c.includeNotes,
    contactPerson: CONTACT,
    owningSection: c.ssbSection,
    statisticalUnits: [],
    versions: [...visibleVersions(c, req.query, req.now)].reverse().map((v) => ({
      name: inLang(v.name, lang),
      id: v.id,
      ...validity(v),
      lastModified: v.lastModified,
      published: v.published,
      _links: { self: href(`${req.base}/versions/${v.id}`) },
    })),
    _links: {
      self: href(base),
      codes: tpl("codes", "from=<yyyy-MM-dd>,to=<yyyy-MM-dd>,csvSeparator,level,selectCodes,presentationNamePattern"),
      codesAt: tpl("codesAt", "date=<yyyy-MM-dd>,csvSeparator,level,selectCodes,presentationNamePattern"),
      variant: tpl(
        "variant",
        "variantName,from=<yyyy-MM-dd>,to=<yyyy-MM-dd>,csvSeparator,level,selectCodes,presentationNamePattern",
      ),
      variantAt: tpl(
        "variantAt",
        "variantName,date=<yyyy-MM-dd>,csvSeparator,level,selectCodes,presentationNamePattern",
      ),
      corresponds: tpl("corresponds", "targetClassificationId,from=<yyyy-MM-dd>,to=<yyyy-MM-dd>,csvSeparator"),
      correspondsAt: tpl("correspondsAt", "targetClassificationId,date=<yyyy-MM-dd>,csvSeparator"),
      changes: tpl("changes", "from=<yyyy-MM-dd>,to=<yyyy-MM-dd>,csvSeparator"),
    },
  };
  return klassOk(req, { json, xmlRoot: "classification" });
}

function findVersion(data: KlassData, id: string): KlassVersion {
  const v = /^\d+$/.test(id) ? versionIndex(data).get(Number(id)) : undefined;
  if (!v) throw new KlassError(404, `Version not found with id = ${id}`);
  return v;
}

function version(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const v = findVersion(data, p.id ?? "");
  const lang = parseLang(req.query);
  checkPublished(v, lang);
  const versions = versionIndex(data);
  const c = data.classifications.get(v.classificationId);
  const tables = data.tables
    .filter((t) => t.sourceVersionId === v.id || t.targetVersionId === v.id)
    .map((t) => {
      const s = versions.get(t.sourceVersionId);
      const tv = versions.get(t.targetVersionId);
      const sName = s ? inLang(s.name, lang) : "";
      const tName = tv ? inLang(tv.name, lang) : "";
      return {
        name: `${sName} - ${tName}`,
        id: t.id,
        source: sName,
        sourceId: t.sourceVersionId,
        target: tName,
        targetId: t.targetVersionId,
        changeTable: false,
        lastModified: t.lastModified,
        published: ["nb", "nn", "en"],
        sourceLevel: null,
        targetLevel: null,
        _links: { self: href(`${req.base}/correspondencetables/${t.id}`) },
      };
    });
  const variants = (c?.variants ?? [])
    .filter((x) => x.versionId === v.id)
    .map((x) => ({
      name: inLang(x.name, lang),
      id: x.id,
      ...validity(x),
      lastModified: x.lastModified,
      published: x.published,
      _links: { self: href(`${req.base}/variants/${x.id}`) },
    }));
  const json = {
    name: inLang(v.name, lang),
    id: v.id,
    ...validity(v),
    lastModified: v.lastModified,
    published: v.published,
    introduction: v.introduction,
    contactPerson: CONTACT,
    owningSection: null,
    legalBase: "",
    publications: "",
    derivedFrom: "",
    correspondenceTables: tables,
    classificationVariants: variants,
    changelogs: [],
    levels: v.levels,
    classificationItems: items(v.items, lang),
    _links: { self: href(`${req.base}/versions/${v.id}`) },
  };
  return klassOk(req, {
    json,
    xmlRoot: "classificationVersion",
    csv: { fields: ITEM_FIELDS, rows: items(v.items, lang) },
  });
}

function variant(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  let found: KlassVariant | undefined;
  for (const c of data.classifications.values()) found ??= c.variants.find((x) => String(x.id) === p.id);
  if (!found) throw new KlassError(404, `Variant not found with id = ${p.id ?? ""}`);
  const lang = parseLang(req.query);
  checkPublished(found, lang);
  const json = {
    name: inLang(found.name, lang),
    id: found.id,
    contactPerson: CONTACT,
    owningSection: null,
    lastModified: found.lastModified,
    published: found.published,
    ...validity(found),
    introduction: "",
    correspondenceTables: [],
    changelogs: [],
    levels: found.levels,
    classificationItems: items(found.items, lang),
    _links: { self: href(`${req.base}/variants/${found.id}`) },
  };
  return klassOk(req, {
    json,
    xmlRoot: "classificationVariant",
    csv: { fields: ITEM_FIELDS, rows: items(found.items, lang) },
  });
}

/** Routes for single resources. */
export function versionRoutes(data: KlassData): Route[] {
  return [
    {
      template: "/classifications/{id}",
      pattern: /^\/classifications\/(?<id>[^/]+)\/?$/,
      handle: (q, p) => classification(data, q, p),
    },
    { template: "/versions/{id}", pattern: /^\/versions\/(?<id>[^/]+)\/?$/, handle: (q, p) => version(data, q, p) },
    { template: "/variants/{id}", pattern: /^\/variants\/(?<id>[^/]+)\/?$/, handle: (q, p) => variant(data, q, p) },
  ];
}

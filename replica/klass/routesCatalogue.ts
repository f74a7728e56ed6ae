/** `classifications` (paged, changedSince), `classifications/search`, families and ssbsections. */
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import type { KlassClassification, KlassData } from "./model";
import { inLang } from "./model";
import { parseLang } from "./params";
import { KlassError, klassOk } from "./reply";
import { href, pageInfo, pageLinks, paging, selfLink } from "./links";
import { searchDocs } from "./search";

/** The summary object used in lists. */
export function summary(
  req: ApiRequest,
  c: KlassClassification,
  lang: ReturnType<typeof parseLang>,
): Record<string, unknown> {
  return {
    name: inLang(c.name, lang),
    id: c.id,
    classificationType: c.classificationType,
    lastModified: c.lastModified,
    _links: { self: href(`${req.base}/classifications/${c.id}`) },
  };
}

function parseChangedSince(value: string | null): number | null {
  if (value === null || value === "") return null;
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const t = Date.parse(normalised);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(t)) {
    throw new KlassError(
      400,
      `changedSince must be an ISO 8601 date-time like 2015-10-31T01:30:00.000-0200, got '${value}'`,
    );
  }
  return t;
}

/** Parses the `lastModified` format (`2025-11-19T08:35:02.254+0000`). */
export function lastModifiedMs(s: string): number {
  return Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
}

function searchLink(req: ApiRequest): Record<string, unknown> {
  return { href: `${req.base}/classifications/search{?query,includeCodelists}`, templated: true };
}

function classifications(data: KlassData, req: ApiRequest): ApiResponse {
  const lang = parseLang(req.query);
  const since = parseChangedSince(req.query.get("changedSince"));
  const withCodelists = req.query.get("includeCodelists") === "true";
  const { page, size } = paging(req.query);
  const all = [...data.classifications.values()].filter(
    (c) =>
      (withCodelists || c.classificationType === "Klassifikasjon") &&
      (since === null || lastModifiedMs(c.lastModified) > since),
  );
  const items = all.slice(page * size, page * size + size).map((c) => summary(req, c, lang));
  const links = { ...pageLinks(req, page, size, all.length), search: searchLink(req) };
  const json: Record<string, unknown> = {};
  if (items.length > 0) json._embedded = { classifications: items };
  json._links = links;
  json.page = pageInfo(page, size, all.length);
  return klassOk(req, { json, xmlRoot: "classifications" });
}

function search(data: KlassData, req: ApiRequest): ApiResponse {
  const query = req.query.get("query");
  if (query === null || query.trim() === "")
    throw new KlassError(400, "Required request parameter 'query' for method parameter type String is not present");
  const { page, size } = paging(req.query);
  const hits = searchDocs(
    data.searchDocs,
    query,
    req.query.get("includeCodelists") === "true",
    req.query.get("ssbSection"),
  );
  const items = hits.slice(page * size, page * size + size).map((h) => ({
    name: h.doc.name,
    id: h.doc.id,
    snippet: h.snippet,
    searchScore: h.score,
    _links: { self: href(`${req.base}/classifications/${h.doc.id}`) },
  }));
  const json: Record<string, unknown> = {};
  if (items.length > 0) json._embedded = { searchResults: items };
  json._links = pageLinks(req, page, size, hits.length);
  json.page = pageInfo(page, size, hits.length);
  return klassOk(req, { json, xmlRoot: "searchResults" });
}

/** As the real API answers (recorded): no `id` per family, only its self link names it. */
function families(data: KlassData, req: ApiRequest): ApiResponse {
  const list = data.families.map((f) => ({
    name: f.name,
    numberOfClassifications: f.recordedCount,
    _links: { self: href(`${req.base}/classificationfamilies/${f.id}`) },
  }));
  return klassOk(req, {
    json: { _embedded: { classificationFamilies: list }, _links: { self: selfLink(req) } },
    xmlRoot: "classificationFamilies",
  });
}

function family(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const f = data.families.find((x) => String(x.id) === p.id);
  if (!f) throw new KlassError(404, `ClassificationFamily not found with id = ${p.id ?? ""}`);
  const lang = parseLang(req.query);
  const withCodelists = req.query.get("includeCodelists") === "true";
  const list = f.classificationIds
    .map((id) => data.classifications.get(id))
    .filter(
      (c): c is KlassClassification => c !== undefined && (withCodelists || c.classificationType === "Klassifikasjon"),
    )
    .map((c) => summary(req, c, lang));
  return klassOk(req, {
    json: {
      name: f.name,
      id: f.id,
      classifications: list,
      _links: { self: href(`${req.base}/classificationfamilies/${f.id}`) },
    },
    xmlRoot: "classificationFamily",
  });
}

function sections(data: KlassData, req: ApiRequest): ApiResponse {
  const list = data.sections.map((name) => ({ name, id: null }));
  return klassOk(req, {
    json: { _embedded: { ssbSections: list }, _links: { self: selfLink(req) } },
    xmlRoot: "ssbSections",
  });
}

/** Catalogue routes (order matters: `search` before `{id}`). */
export function catalogueRoutes(data: KlassData): Route[] {
  return [
    { template: "/classifications", pattern: /^\/classifications\/?$/, handle: (q) => classifications(data, q) },
    { template: "/classifications/search", pattern: /^\/classifications\/search\/?$/, handle: (q) => search(data, q) },
    { template: "/classificationfamilies", pattern: /^\/classificationfamilies\/?$/, handle: (q) => families(data, q) },
    {
      template: "/classificationfamilies/{id}",
      pattern: /^\/classificationfamilies\/(?<id>[^/]+)\/?$/,
      handle: (q, p) => family(data, q, p),
    },
    { template: "/ssbsections", pattern: /^\/ssbsections\/?$/, handle: (q) => sections(data, q) },
  ];
}

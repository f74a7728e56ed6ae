/**
 * `corresponds`, `correspondsAt` and `correspondencetables/{id}`. A table links two versions;
 * it applies while both are valid. When only the reverse table exists (131→104 asked, 104→131
 * stored) it is used inverted, as the real `correspondsAt` does.
 */
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import type { CorrespondenceTable, KlassClassification, KlassData, KlassVersion, Lang } from "./model";
import { inLang } from "./model";
import { clip } from "./codeRows";
import { findClassification, parseDate, parseLang, parseRange } from "./params";
import { KlassError, klassOk } from "./reply";
import { href } from "./links";

interface Oriented {
  table: CorrespondenceTable;
  source: KlassVersion;
  target: KlassVersion;
  pairs: Array<{ sourceCode: string; targetCode: string }>;
}

/** All versions by id, across classifications. */
export function versionIndex(data: KlassData): Map<number, KlassVersion> {
  const m = new Map<number, KlassVersion>();
  for (const c of data.classifications.values()) for (const v of c.versions) m.set(v.id, v);
  return m;
}

function tablesBetween(data: KlassData, source: KlassClassification, targetId: number): Oriented[] {
  const versions = versionIndex(data);
  const direct: Oriented[] = [];
  const inverted: Oriented[] = [];
  for (const table of data.tables) {
    const s = versions.get(table.sourceVersionId);
    const t = versions.get(table.targetVersionId);
    if (!s || !t) continue;
    if (s.classificationId === source.id && t.classificationId === targetId)
      direct.push({ table, source: s, target: t, pairs: table.maps });
    if (t.classificationId === source.id && s.classificationId === targetId) {
      inverted.push({
        table,
        source: t,
        target: s,
        pairs: table.maps.map((m) => ({ sourceCode: m.targetCode, targetCode: m.sourceCode })),
      });
    }
  }
  return direct.length > 0 ? direct : inverted;
}

function period(o: Oriented): { from: string; to: string | null } {
  const from = o.source.validFrom > o.target.validFrom ? o.source.validFrom : o.target.validFrom;
  const ends = [o.source.validTo, o.target.validTo].filter((x): x is string => x !== null).sort();
  return { from, to: ends[0] ?? null };
}

function target(data: KlassData, q: URLSearchParams): number {
  const t = q.get("targetClassificationId");
  if (t === null || !/^\d+$/.test(t))
    throw new KlassError(
      400,
      "Required request parameter 'targetClassificationId' for method parameter type Long is not present",
    );
  findClassification(data.classifications, t);
  return Number(t);
}

interface MapRow {
  sourceCode: string;
  sourceName: string;
  sourceShortName: string;
  targetCode: string;
  targetName: string;
  targetShortName: string;
  validFrom?: string;
  validTo?: string | null;
}

function rowsOf(o: Oriented, lang: Lang): MapRow[] {
  const sItems = new Map(o.source.items.map((i) => [i.code, i]));
  const tItems = new Map(o.target.items.map((i) => [i.code, i]));
  return o.pairs.flatMap(({ sourceCode, targetCode }) => {
    const s = sItems.get(sourceCode);
    const t = tItems.get(targetCode);
    if (!s || !t) return [];
    return [
      {
        sourceCode,
        sourceName: inLang(s.name, lang),
        sourceShortName: inLang(s.shortName, lang),
        targetCode,
        targetName: inLang(t.name, lang),
        targetShortName: inLang(t.shortName, lang),
      },
    ];
  });
}

const key = (r: MapRow): string => `${r.sourceCode}\u0000${r.sourceName}\u0000${r.targetCode}\u0000${r.targetName}`;
const byKey = (a: MapRow, b: MapRow): number =>
  key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : (a.validFrom ?? "") < (b.validFrom ?? "") ? -1 : 1;
const AT_FIELDS = ["sourceCode", "sourceName", "sourceShortName", "targetCode", "targetName", "targetShortName"];

function correspondsAt(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const targetId = target(data, req.query);
  const date = parseDate("date", req.query.get("date"), true) as string;
  const lang = parseLang(req.query);
  const o = tablesBetween(data, c, targetId).find((x) => {
    const per = period(x);
    return per.from <= date && (per.to === null || per.to > date);
  });
  if (!o)
    throw new KlassError(
      404,
      `No correspondence table found between classification ${c.id} and ${targetId} at ${date}`,
    );
  const rows = rowsOf(o, lang).sort(byKey);
  return klassOk(req, {
    json: { correspondenceItems: rows },
    xmlRoot: "correspondenceItemList",
    csv: { fields: AT_FIELDS, rows: rows as unknown as Array<Record<string, unknown>> },
  });
}

function corresponds(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const c = findClassification(data.classifications, p.id ?? "");
  const targetId = target(data, req.query);
  const { from, to } = parseRange(req.query);
  const lang = parseLang(req.query);
  const tables = tablesBetween(data, c, targetId)
    .map((o) => ({ o, per: period(o) }))
    .filter(({ per }) => (per.to === null || per.to > from) && (to === null || per.from < to))
    .sort((a, b) => (a.per.from < b.per.from ? -1 : 1));
  // Every day of the range must be covered, else the real API answers 404.
  let covered = from;
  for (const { per } of tables)
    if (per.from <= covered && (per.to === null || per.to > covered)) covered = per.to ?? "9999-12-31";
  if (tables.length === 0 || (to !== null && covered < to)) {
    throw new KlassError(
      404,
      `Correspondence table between classification ${c.id} and ${targetId} is missing for parts of the range ${from} - ${to ?? ""}`,
    );
  }
  const open = new Map<string, MapRow>();
  const out: MapRow[] = [];
  for (const { o, per } of tables) {
    const span = clip(per.from, per.to, from, to);
    for (const r of rowsOf(o, lang)) {
      const prev = open.get(key(r));
      if (prev && prev.validTo === span.from) {
        prev.validTo = span.to;
        continue;
      }
      const row = { ...r, validFrom: span.from, validTo: span.to };
      open.set(key(r), row);
      out.push(row);
    }
  }
  out.sort(byKey);
  return klassOk(req, {
    json: { correspondenceItems: out },
    xmlRoot: "correspondenceItemList",
    csv: { fields: [...AT_FIELDS, "validFrom", "validTo"], rows: out as unknown as Array<Record<string, unknown>> },
  });
}

function table(data: KlassData, req: ApiRequest, p: Record<string, string>): ApiResponse {
  const t = data.tables.find((x) => String(x.id) === p.id);
  if (!t) throw new KlassError(404, `CorrespondenceTable not found with id = ${p.id ?? ""}`);
  const versions = versionIndex(data);
  const s = versions.get(t.sourceVersionId);
  const tv = versions.get(t.targetVersionId);
  if (!s || !tv) throw new KlassError(404, `CorrespondenceTable not found with id = ${p.id ?? ""}`);
  const lang = parseLang(req.query);
  const maps = rowsOf({ table: t, source: s, target: tv, pairs: t.maps }, lang).map((r) => ({
    sourceCode: r.sourceCode,
    sourceName: r.sourceName,
    targetCode: r.targetCode,
    targetName: r.targetName,
  }));
  const json = {
    name: `${inLang(s.name, lang)} - ${inLang(tv.name, lang)}`,
    id: t.id,
    contactPerson: { name: "Seksjon for befolkningsstatistikk", email: null, phone: null },
    owningSection: null,
    source: inLang(s.name, lang),
    sourceId: s.id,
    target: inLang(tv.name, lang),
    targetId: tv.id,
    changeTable: false,
    lastModified: t.lastModified,
    published: ["nb", "nn", "en"],
    sourceLevel: null,
    targetLevel: null,
    description: `Korrespondanse ${inLang(s.name, lang)} - ${inLang(tv.name, lang)}`,
    changelogs: [],
    correspondenceMaps: maps,
    _links: {
      self: href(`${req.base}/correspondencetables/${t.id}`),
      source: { href: `${req.base}/versions/${s.id}{?language,includeFuture}`, templated: true },
      target: { href: `${req.base}/versions/${tv.id}{?language,includeFuture}`, templated: true },
    },
  };
  return klassOk(req, {
    json,
    xmlRoot: "correspondenceTable",
    csv: { fields: ["sourceCode", "sourceName", "targetCode", "targetName"], rows: maps },
  });
}

/** Correspondence routes. */
export function correspondRoutes(data: KlassData): Route[] {
  return [
    {
      template: "/classifications/{id}/correspondsAt",
      pattern: /^\/classifications\/(?<id>[^/]+)\/correspondsAt\/?$/,
      handle: (q, p) => correspondsAt(data, q, p),
    },
    {
      template: "/classifications/{id}/corresponds",
      pattern: /^\/classifications\/(?<id>[^/]+)\/corresponds\/?$/,
      handle: (q, p) => corresponds(data, q, p),
    },
    {
      template: "/correspondencetables/{id}",
      pattern: /^\/correspondencetables\/(?<id>[^/]+)\/?$/,
      handle: (q, p) => table(data, q, p),
    },
  ];
}

/** Code lists and feeds: organisasjonsformer, kommuner, roller/*typer, oppdateringer. */
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import { ORGANISASJONSFORMER, REPRESENTANTER, ROLLEGRUPPETYPER, ROLLETYPER } from "./codeLists";
import type { Oppdatering } from "./model";
import { BrregStatus, BrregValidationError, MEDIA, brregJson } from "./reply";
import type { BrregStore } from "./store";
import { selfLinks } from "./parts";
import { pageObject } from "./routesUnits";

function self(req: ApiRequest): { href: string } {
  return { href: `${req.base}${req.path}${req.rawQuery ? `?${req.rawQuery}` : ""}` };
}

function orgforms(req: ApiRequest, only?: "enhet" | "underenhet"): ApiResponse {
  const list = ORGANISASJONSFORMER.filter((f) => !only || f.for === only).map((f) => ({
    kode: f.kode,
    beskrivelse: f.beskrivelse,
    _links: selfLinks(`/organisasjonsformer/${f.kode}`),
  }));
  return brregJson(
    req,
    { _embedded: { organisasjonsformer: list }, _links: { self: self(req) } },
    MEDIA.organisasjonsform,
  );
}

function orgform(req: ApiRequest, kode: string): ApiResponse {
  const f = ORGANISASJONSFORMER.find((x) => x.kode === kode);
  if (!f) throw new BrregStatus(404);
  return brregJson(
    req,
    { kode: f.kode, beskrivelse: f.beskrivelse, _links: selfLinks(`/organisasjonsformer/${f.kode}`) },
    MEDIA.organisasjonsform,
  );
}

function codeList(
  req: ApiRequest,
  key: string,
  path: string,
  table: Readonly<Record<string, string>>,
  media: string,
): ApiResponse {
  const list = Object.entries(table).map(([kode, beskrivelse]) => ({
    kode,
    beskrivelse,
    _links: selfLinks(`/roller/${path}/${kode}`),
  }));
  return brregJson(req, { _embedded: { [key]: list }, _links: { self: self(req) } }, media);
}

function kommuner(store: BrregStore, req: ApiRequest): ApiResponse {
  const page = Number(req.query.get("page") ?? "0") || 0;
  const size = Number(req.query.get("size") ?? "20") || 20;
  const all = store.base.kommuner;
  const items = all.slice(page * size, page * size + size).map((k) => ({ nummer: k.nummer, navn: k.navn }));
  return brregJson(
    req,
    { _embedded: { kommuner: items }, _links: { self: self(req) }, page: pageObject(size, all.length, page) },
    MEDIA.kommune,
  );
}

function feed(store: BrregStore, kind: "enhet" | "underenhet", req: ApiRequest): ApiResponse {
  const q = req.query;
  const dato = q.get("dato");
  const fromId = q.get("oppdateringsid");
  if (dato !== null && Number.isNaN(Date.parse(dato))) {
    throw new BrregValidationError([
      {
        feilmelding: "Dato må være på formen yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
        parametere: ["dato"],
        feilaktigVerdi: dato,
      },
    ]);
  }
  if (fromId !== null && !/^\d+$/.test(fromId)) {
    throw new BrregValidationError([
      {
        feilmelding: "Oppdateringsid må være et tall større eller lik 1",
        parametere: ["oppdateringsid"],
        feilaktigVerdi: fromId,
      },
    ]);
  }
  const page = Number(q.get("page") ?? "0") || 0;
  const size = Math.min(10000, Number(q.get("size") ?? "20") || 20);
  const since = dato === null ? undefined : new Date(Date.parse(dato)).toISOString();
  const nrs = q.get("organisasjonsnummer") ? new Set((q.get("organisasjonsnummer") ?? "").split(",")) : undefined;
  let rows: Oppdatering[] = store.feeds[kind].filter(
    (o) =>
      (since === undefined || o.dato >= since) &&
      (fromId === null || o.oppdateringsid >= Number(fromId)) &&
      (!nrs || nrs.has(o.organisasjonsnummer)),
  );
  if (/desc/i.test(q.get("sort") ?? "")) rows = [...rows].reverse();
  const path = kind === "enhet" ? "enheter" : "underenheter";
  const items = rows.slice(page * size, page * size + size).map((o) => ({
    ...o,
    _links: { [kind === "enhet" ? "enhet" : "underenhet"]: selfLinks(`/${path}/${o.organisasjonsnummer}`).self },
  }));
  const body: Record<string, unknown> = {};
  if (items.length > 0) body._embedded = { [kind === "enhet" ? "oppdaterteEnheter" : "oppdaterteUnderenheter"]: items };
  const rest = req.rawQuery.split("&").filter((p) => p !== "" && !/^(page|size)=/.test(p));
  const at = (p: number): { href: string } => ({
    href: `${req.base}${req.path}?${[...rest, `page=${p}`, `size=${size}`].join("&")}`,
  });
  const last = Math.max(0, Math.ceil(rows.length / size) - 1);
  const links: Record<string, { href: string }> =
    rows.length === 0 ? { self: self(req) } : { first: at(0), self: self(req) };
  if (rows.length > 0 && page < last) links.next = at(page + 1);
  if (rows.length > 0) links.last = at(last);
  body._links = links;
  body.page = pageObject(size, rows.length, page);
  return brregJson(req, body, kind === "enhet" ? MEDIA.oppdateringEnhet : MEDIA.oppdateringUnderenhet);
}

/** List and feed routes (order matters: `/organisasjonsformer/enheter` before `/{kode}`). */
export function listRoutes(store: BrregStore): Route[] {
  return [
    { template: "/organisasjonsformer", pattern: /^\/organisasjonsformer\/?$/, handle: (q) => orgforms(q) },
    {
      template: "/organisasjonsformer/enheter",
      pattern: /^\/organisasjonsformer\/enheter\/?$/,
      handle: (q) => orgforms(q, "enhet"),
    },
    {
      template: "/organisasjonsformer/underenheter",
      pattern: /^\/organisasjonsformer\/underenheter\/?$/,
      handle: (q) => orgforms(q, "underenhet"),
    },
    {
      template: "/organisasjonsformer/{kode}",
      pattern: /^\/organisasjonsformer\/(?<kode>[^/]+)\/?$/,
      handle: (q, p) => orgform(q, p.kode ?? ""),
    },
    { template: "/kommuner", pattern: /^\/kommuner\/?$/, handle: (q) => kommuner(store, q) },
    {
      template: "/roller/rolletyper",
      pattern: /^\/roller\/rolletyper\/?$/,
      handle: (q) => codeList(q, "rolletyper", "rolletyper", ROLLETYPER, MEDIA.rolletype),
    },
    {
      template: "/roller/rollegruppetyper",
      pattern: /^\/roller\/rollegruppetyper\/?$/,
      handle: (q) => codeList(q, "rollegruppetyper", "rollegruppetyper", ROLLEGRUPPETYPER, MEDIA.rollegruppetype),
    },
    {
      template: "/roller/representanter",
      pattern: /^\/roller\/representanter\/?$/,
      handle: (q) => codeList(q, "representanter", "representanter", REPRESENTANTER, MEDIA.representant),
    },
    {
      template: "/oppdateringer/enheter",
      pattern: /^\/oppdateringer\/enheter\/?$/,
      handle: (q) => feed(store, "enhet", q),
    },
    {
      template: "/oppdateringer/underenheter",
      pattern: /^\/oppdateringer\/underenheter\/?$/,
      handle: (q) => feed(store, "underenhet", q),
    },
  ];
}

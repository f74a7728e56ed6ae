/** `enheter`, `enheter/{orgnr}`, `enheter/{orgnr}/roller`, `underenheter`, `underenheter/{orgnr}`. */
import type { ApiRequest, ApiResponse, Route } from "../http/types";
import type { UnitRecord } from "./model";
import { isNineDigits } from "./orgnr";
import { BrregStatus, BrregValidationError, MEDIA, brregJson } from "./reply";
import { searchUnits } from "./search";
import type { BrregStore } from "./store";
import { selfLinks } from "./parts";

function pageLinks(req: ApiRequest, page: number, size: number, total: number): Record<string, { href: string }> {
  const self = { href: `${req.base}${req.path}${req.rawQuery ? `?${req.rawQuery}` : ""}` };
  if (total === 0) return { self };
  const rest = req.rawQuery.split("&").filter((p) => p !== "" && !/^(page|size)=/.test(p));
  const at = (p: number): { href: string } => ({
    href: `${req.base}${req.path}?${[...rest, `page=${p}`, `size=${size}`].join("&")}`,
  });
  const last = Math.max(0, Math.ceil(total / size) - 1);
  const links: Record<string, { href: string }> = { first: at(0) };
  if (page > 0) links.prev = at(page - 1);
  links.self = self;
  if (page < last) links.next = at(page + 1);
  links.last = at(last);
  return links;
}

/** The `page` object in Brreg's key order. */
export function pageObject(size: number, total: number, page: number): Record<string, number> {
  return { size, totalElements: total, totalPages: Math.ceil(total / size), number: page };
}

function search(store: BrregStore, kind: UnitRecord["kind"], req: ApiRequest, maxOrgnr: number): ApiResponse {
  const r = searchUnits(store.sorted(kind), req.query, kind, maxOrgnr);
  const body: Record<string, unknown> = {};
  if (r.items.length > 0)
    body._embedded = { [kind === "enhet" ? "enheter" : "underenheter"]: r.items.map((u) => u.json) };
  body._links = pageLinks(req, r.page, r.size, r.total);
  body.page = pageObject(r.size, r.total, r.page);
  return brregJson(req, body, kind === "enhet" ? MEDIA.enhet : MEDIA.underenhet);
}

/** The unit for a path number: 400 when malformed, 404 when unknown or of the other kind, 410 when removed. */
export function lookup(store: BrregStore, kind: UnitRecord["kind"], orgnr: string): UnitRecord {
  if (!isNineDigits(orgnr)) {
    throw new BrregValidationError([
      {
        feilmelding: "Organisasjonsnummer må være et nummer med nøyaktig 9 siffer",
        parametere: [orgnr],
        feilaktigVerdi: orgnr,
      },
    ]);
  }
  const u = store.units.get(orgnr);
  if (!u || u.kind !== kind) throw new BrregStatus(404);
  if (u.status === "removed")
    throw new BrregStatus(410, { organisasjonsnummer: u.orgnr, slettedato: u.slettedato ?? null });
  return u;
}

function one(store: BrregStore, kind: UnitRecord["kind"], req: ApiRequest, orgnr: string): ApiResponse {
  const u = lookup(store, kind, orgnr);
  const media = kind === "enhet" ? MEDIA.enhet : MEDIA.underenhet;
  if (u.status === "deleted") {
    const path = kind === "enhet" ? "enheter" : "underenheter";
    return brregJson(
      req,
      {
        organisasjonsnummer: u.orgnr,
        navn: u.json.navn,
        organisasjonsform: u.json.organisasjonsform,
        slettedato: u.slettedato,
        _links: selfLinks(`/${path}/${u.orgnr}`),
      },
      media,
    );
  }
  return brregJson(req, u.json, media);
}

function roles(store: BrregStore, req: ApiRequest, orgnr: string): ApiResponse {
  const u = lookup(store, "enhet", orgnr);
  const body =
    u.status === "deleted"
      ? {
          rollegrupper: [],
          _links: { self: selfLinks(`/enheter/${orgnr}/roller`).self, enhet: selfLinks(`/enheter/${orgnr}`).self },
        }
      : store.roles(u);
  return brregJson(req, body, MEDIA.rolle);
}

/** Unit routes; `maxOrgnr` reads the current fault configuration. */
export function unitRoutes(store: BrregStore, maxOrgnr: () => number): Route[] {
  return [
    { template: "/enheter", pattern: /^\/enheter\/?$/, handle: (q) => search(store, "enhet", q, maxOrgnr()) },
    {
      template: "/enheter/{orgnr}/roller",
      pattern: /^\/enheter\/(?<orgnr>[^/]+)\/roller\/?$/,
      handle: (q, p) => roles(store, q, p.orgnr ?? ""),
    },
    {
      template: "/enheter/{orgnr}",
      pattern: /^\/enheter\/(?<orgnr>[^/]+)\/?$/,
      handle: (q, p) => one(store, "enhet", q, p.orgnr ?? ""),
    },
    {
      template: "/underenheter",
      pattern: /^\/underenheter\/?$/,
      handle: (q) => search(store, "underenhet", q, maxOrgnr()),
    },
    {
      template: "/underenheter/{orgnr}",
      pattern: /^\/underenheter\/(?<orgnr>[^/]+)\/?$/,
      handle: (q, p) => one(store, "underenhet", q, p.orgnr ?? ""),
    },
  ];
}

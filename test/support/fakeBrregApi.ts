import { empty, json } from "./fakeFetch";

export const BRREG = "https://data.brreg.no/enhetsregisteret/api";

/** A tiny Enhetsregisteret in memory: lists omit deleted units; singles answer 200/410/404 as the API does. */
export interface FakeRegister {
  enheter: Map<string, Record<string, unknown>>;
  underenheter: Map<string, Record<string, unknown>>;
  removed: Set<string>;
  updates: Array<{ register: "enheter" | "underenheter"; orgnr: string; type: string; dato: string }>;
}

export function register(): FakeRegister {
  return { enheter: new Map(), underenheter: new Map(), removed: new Set(), updates: [] };
}

export function unit(orgnr: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { organisasjonsnummer: orgnr, navn: `Unit ${orgnr}`, ...extra };
}

export function brregHandler(reg: FakeRegister) {
  return (url: string): Response => {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/^.*\/api\//, "");
    const [first, second, third] = path.split("/");
    if (first === "oppdateringer" && (second === "enheter" || second === "underenheter")) {
      const since = parsed.searchParams.get("dato") ?? "";
      const items = reg.updates
        .map((u, i) => ({ ...u, oppdateringsid: i + 1 }))
        .filter((u) => u.register === second && u.dato >= since)
        .map((u) => ({
          oppdateringsid: u.oppdateringsid,
          dato: u.dato,
          organisasjonsnummer: u.orgnr,
          endringstype: u.type,
        }));
      const key = second === "enheter" ? "oppdaterteEnheter" : "oppdaterteUnderenheter";
      const page = { size: 20, totalElements: items.length, totalPages: items.length ? 1 : 0, number: 0 };
      return json(items.length ? { _embedded: { [key]: items }, page } : { page });
    }
    if (first !== "enheter" && first !== "underenheter") return empty(404);
    const table = reg[first];
    if (second === undefined) {
      const wanted = (parsed.searchParams.get("organisasjonsnummer") ?? "").split(",");
      const size = Number(parsed.searchParams.get("size") ?? 20);
      const hits = wanted
        .map((n) => table.get(n))
        .filter((u): u is Record<string, unknown> => u !== undefined && !u.slettedato)
        .slice(0, size);
      return json(
        hits.length
          ? { _embedded: { [first]: hits }, page: { size, totalElements: hits.length, totalPages: 1, number: 0 } }
          : { page: { size, totalElements: 0, totalPages: 0, number: 0 } },
      );
    }
    if (third === "roller")
      return json({ rollegrupper: [{ type: { kode: "STYR", beskrivelse: "Styre" }, roller: [] }] });
    if (reg.removed.has(second)) return json({ organisasjonsnummer: second, slettedato: "2020-01-01" }, 410);
    const found = table.get(second);
    return found ? json(found) : empty(404);
  };
}

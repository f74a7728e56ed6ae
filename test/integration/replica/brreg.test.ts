/** Enhetsregisteret behaviour beyond the fixtures: data, filters, paging, states, error shapes. */
import { startReplica, type Replica } from "../../../replica";
import { isValidOrgnr } from "../../../replica/brreg/orgnr";

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 1 });
});
afterAll(() => replica.close());

type Page = { size: number; totalElements: number; totalPages: number; number: number };
type Search = {
  _embedded?: { enheter?: Array<Record<string, unknown>>; underenheter?: Array<Record<string, unknown>> };
  _links: Record<string, { href: string }>;
  page: Page;
};
const get = (path: string): Promise<Response> => fetch(`${replica.brregBaseUrl}${path}`);
async function search(path: string): Promise<Search> {
  const res = await get(path);
  expect(res.status).toBe(200);
  return (await res.json()) as Search;
}

describe("data set", () => {
  test("at least 20 000 active enheter and 10 000 active underenheter, all with valid mod-11 numbers", () => {
    const { orgnr } = replica.data;
    expect(orgnr.activeEnheter.length).toBeGreaterThanOrEqual(20000);
    expect(orgnr.underenheter.length).toBeGreaterThanOrEqual(10000);
    for (const n of [...orgnr.activeEnheter, ...orgnr.underenheter]) expect(isValidOrgnr(n)).toBe(true);
    for (const kind of [
      "deleted",
      "removed",
      "bankrupt",
      "underAvvikling",
      "underTvangsavvikling",
      "foreignAddress",
    ] as const) {
      expect(orgnr[kind].length).toBeGreaterThan(20);
    }
  });

  test("search totals: all enheter, all ASA (219 as recorded)", async () => {
    const all = await search("/enheter?size=1");
    expect(all.page.totalElements).toBe(replica.data.orgnr.activeEnheter.length);
    expect((await search("/enheter?organisasjonsform=ASA&size=1")).page.totalElements).toBe(219);
  });

  test("generated units: optional fields left out, addresses as arrays in current municipalities", () => {
    const kommuner = new Set(replica.data.kommuner.map((k) => k.nummer));
    expect(kommuner.has("3101")).toBe(true);
    expect(kommuner.has("3001")).toBe(false);
    for (const nr of replica.data.orgnr.activeEnheter.slice(0, 300)) {
      const u = replica.data.unit(nr) as Record<string, unknown> & {
        forretningsadresse?: { adresse: unknown; kommunenummer?: string; landkode: string };
      };
      if (u.harRegistrertAntallAnsatte === false) expect(u).not.toHaveProperty("antallAnsatte");
      expect(Object.values(u)).not.toContain(null);
      if (u.forretningsadresse) {
        expect(Array.isArray(u.forretningsadresse.adresse)).toBe(true);
        if (u.forretningsadresse.landkode === "NO")
          expect(kommuner.has(u.forretningsadresse.kommunenummer ?? "")).toBe(true);
      }
    }
  });

  test("foreign addresses have no kommunenummer", () => {
    const u = replica.data.unit(replica.data.orgnr.foreignAddress[0] ?? "") as {
      forretningsadresse: Record<string, unknown>;
    };
    expect(u.forretningsadresse.landkode).not.toBe("NO");
    expect(u.forretningsadresse).not.toHaveProperty("kommunenummer");
  });
});

describe("filters", () => {
  test("naeringskode is a prefix match over naeringskode1–3", async () => {
    const r = await search("/enheter?naeringskode=01.1&size=100");
    expect(r.page.totalElements).toBeGreaterThan(0);
    for (const u of r._embedded?.enheter ?? []) {
      const codes = ["naeringskode1", "naeringskode2", "naeringskode3"].map(
        (k) => (u[k] as { kode?: string } | undefined)?.kode ?? "",
      );
      expect(codes.some((c) => c.startsWith("01.1"))).toBe(true);
    }
  });

  test("kommunenummer, organisasjonsform list, konkurs, underAvvikling, antall ansatte", async () => {
    const oslo = await search("/enheter?kommunenummer=0301&organisasjonsform=AS,ENK&size=50");
    for (const u of oslo._embedded?.enheter ?? []) {
      expect(["AS", "ENK"]).toContain((u.organisasjonsform as { kode: string }).kode);
      const f = (u.forretningsadresse as { kommunenummer?: string } | undefined)?.kommunenummer;
      const p = (u.postadresse as { kommunenummer?: string } | undefined)?.kommunenummer;
      expect([f, p]).toContain("0301");
    }
    const konkurs = await search("/enheter?konkurs=true&size=1");
    expect(konkurs.page.totalElements).toBe(replica.data.orgnr.bankrupt.length);
    const avvikling = await search("/enheter?underAvvikling=true&size=1");
    expect(avvikling.page.totalElements).toBe(replica.data.orgnr.underAvvikling.length);
    const big = await search("/enheter?fraAntallAnsatte=200&tilAntallAnsatte=300&size=100");
    for (const u of big._embedded?.enheter ?? []) expect(u.antallAnsatte).toBe(250);
  });

  test("navn is case-insensitive; sort by antallAnsatte DESC", async () => {
    expect((await search("/enheter?navn=sesam")).page.totalElements).toBe(3);
    const sorted = await search("/enheter?organisasjonsform=ASA&sort=antallAnsatte,DESC&size=3");
    expect(sorted._embedded?.enheter?.[0]?.navn).toBe("EQUINOR ASA");
  });

  test("underenheter with overordnetEnhet, and underenheter/{orgnr}", async () => {
    const sub = replica.data.orgnr.underenheter[0] ?? "";
    const one = (await (await get(`/underenheter/${sub}`)).json()) as {
      overordnetEnhet: string;
      beliggenhetsadresse: { adresse: string[] };
    };
    const list = await search(`/underenheter?overordnetEnhet=${one.overordnetEnhet}`);
    expect((list._embedded?.underenheter ?? []).map((u) => u.organisasjonsnummer)).toContain(sub);
    expect(Array.isArray(one.beliggenhetsadresse.adresse)).toBe(true);
  });
});

describe("paging and validation", () => {
  test("HAL links: self echoes the query, first/next/last normalised", async () => {
    const r = await search("/enheter?size=3&organisasjonsform=AS&page=2");
    expect(Object.keys(r._links)).toEqual(["first", "prev", "self", "next", "last"]);
    expect(r._links.self?.href).toBe(`${replica.brregBaseUrl}/enheter?size=3&organisasjonsform=AS&page=2`);
    expect(r._links.next?.href).toBe(`${replica.brregBaseUrl}/enheter?organisasjonsform=AS&page=3&size=3`);
  });

  test("size*(page+1) > 10000 is 400 with the real body", async () => {
    expect((await get("/enheter?page=499&size=20")).status).toBe(200);
    const res = await get("/enheter?page=500&size=20");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/json");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 400,
      feilmelding: "Feilaktig forespørsel",
      sti: "/enhetsregisteret/api/enheter",
      antallFeil: 1,
    });
    expect(typeof body.tidsstempel).toBe("number");
    expect(Object.keys((body.valideringsfeil as object[])[0] ?? {})).toEqual([
      "feilmelding",
      "parametere",
      "feilaktigVerdi",
    ]);
  });

  test("malformed orgnr: 400; unknown: 404 without body; underenhet number on enheter: 404", async () => {
    const bad = await get("/enheter/9ECD01011/roller");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      sti: "/enhetsregisteret/api/enheter/9ECD01011/roller",
      valideringsfeil: [
        {
          feilmelding: "Organisasjonsnummer må være et nummer med nøyaktig 9 siffer",
          parametere: ["9ECD01011"],
          feilaktigVerdi: "9ECD01011",
        },
      ],
    });
    const unknown = await get("/enheter/999999999");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe("");
    expect((await get(`/enheter/${replica.data.orgnr.underenheter[0] ?? ""}`)).status).toBe(404);
    expect((await get(`/underenheter/923609016`)).status).toBe(404);
  });

  test("deleted: 200 with only five fields; removed: 410 with number and slettedato", async () => {
    const del = await get(
      `/enheter/${replica.data.orgnr.deleted.find((n) => replica.data.unit(n)?.respons_klasse === "Enhet") ?? ""}`,
    );
    expect(del.status).toBe(200);
    expect(Object.keys((await del.json()) as object)).toEqual([
      "organisasjonsnummer",
      "navn",
      "organisasjonsform",
      "slettedato",
      "_links",
    ]);
    const removedNr = replica.data.orgnr.removed.find((n) => replica.data.unit(n)?.respons_klasse === "Enhet") ?? "";
    const gone = await get(`/enheter/${removedNr}`);
    expect(gone.status).toBe(410);
    expect(Object.keys((await gone.json()) as object)).toEqual(["organisasjonsnummer", "slettedato"]);
  });
});

describe("roles and code lists", () => {
  test("generated roles have the recorded shape with invented persons", async () => {
    const as = (await search("/enheter?organisasjonsform=AS&size=1"))._embedded?.enheter?.[0]
      ?.organisasjonsnummer as string;
    const res = await get(`/enheter/${as}/roller`);
    expect(res.headers.get("content-type")).toBe("application/vnd.brreg.enhetsregisteret.rolle.v1+json;charset=UTF-8");
    const body = (await res.json()) as {
      rollegrupper: Array<{ type: { kode: string }; sistEndret: string; roller: Array<Record<string, unknown>> }>;
    };
    const styre = body.rollegrupper.find((g) => g.type.kode === "STYR");
    expect(Object.keys(styre ?? {})).toEqual(["type", "sistEndret", "roller"]);
    expect(Object.keys(styre?.roller[0] ?? {})).toEqual(
      expect.arrayContaining(["type", "person", "fratraadt", "rekkefolge"]),
    );
    expect(Object.keys((styre?.roller[0]?.person as object) ?? {})).toEqual(["fodselsdato", "navn", "erDoed"]);
  });

  test("organisasjonsformer, kommuner, rolletyper", async () => {
    const asa = (await (await get("/organisasjonsformer/ASA")).json()) as { kode: string; beskrivelse: string };
    expect(asa).toMatchObject({ kode: "ASA", beskrivelse: "Allmennaksjeselskap" });
    expect((await get("/organisasjonsformer/XYZ")).status).toBe(404);
    const under = (await (await get("/organisasjonsformer/underenheter")).json()) as {
      _embedded: { organisasjonsformer: Array<{ kode: string }> };
    };
    expect(under._embedded.organisasjonsformer.map((f) => f.kode)).toEqual(["AAFY", "BEDR"]);
    const k = (await (await get("/kommuner?size=400")).json()) as {
      _embedded: { kommuner: Array<{ nummer: string; navn: string }> };
      page: Page;
    };
    expect(k._embedded.kommuner.find((x) => x.nummer === "0301")?.navn).toBe("OSLO");
    expect(k.page.totalElements).toBe(357);
    const rt = (await (await get("/roller/rolletyper")).json()) as {
      _embedded: { rolletyper: Array<{ kode: string }> };
    };
    expect(rt._embedded.rolletyper.map((r) => r.kode)).toContain("LEDE");
  });

  test("CORS on Brreg answers and preflights", async () => {
    const res = await get("/enheter/923609016");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    await res.arrayBuffer();
    const pre = await fetch(`${replica.brregBaseUrl}/enheter/923609016`, {
      method: "OPTIONS",
      headers: { Origin: "https://localhost:3000", "Access-Control-Request-Method": "GET" },
    });
    expect(pre.status).toBe(200);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
  });
});

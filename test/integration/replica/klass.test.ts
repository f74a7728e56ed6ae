/** KLASS behaviour beyond the fixtures: data, parameters, negotiation, error shapes, headers. */
import { startReplica, type Replica } from "../../../replica";

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 3, enheter: 50, underenheter: 10 });
});
afterAll(() => replica.close());

type Code = { code: string; name: string; presentationName: string; level: string; parentCode: string | null };
async function get(path: string, accept: string | null = "application/json"): Promise<Response> {
  return fetch(`${replica.klassBaseUrl}${path}`, { headers: accept === null ? {} : { Accept: accept } });
}
async function codes(path: string): Promise<Code[]> {
  const res = await get(path);
  expect(res.status).toBe(200);
  return ((await res.json()) as { codes: Code[] }).codes;
}
const nameOf = (list: Code[], code: string): string | undefined => list.find((c) => c.code === code)?.name;

describe("KLASS 131 and 104 data", () => {
  test("municipality history: Halden, Bergen, Ålesund/Haram, Oslo - Oslove", async () => {
    const y = async (d: string): Promise<Code[]> => codes(`/classifications/131/codesAt?date=${d}`);
    const [c2019, c2020, c2023, c2024, c2026] = await Promise.all(
      ["2019-06-01", "2020-01-01", "2023-12-31", "2024-01-01", "2026-01-01"].map(y),
    );
    expect(nameOf(c2019!, "0101")).toBe("Halden");
    expect(nameOf(c2019!, "1201")).toBe("Bergen");
    expect(nameOf(c2020!, "3001")).toBe("Halden");
    expect(nameOf(c2020!, "4601")).toBe("Bergen");
    expect(nameOf(c2020!, "1201")).toBeUndefined();
    expect(nameOf(c2023!, "3001")).toBe("Halden");
    expect(nameOf(c2024!, "3101")).toBe("Halden");
    expect(nameOf(c2024!, "3001")).toBeUndefined();
    expect(nameOf(c2023!, "1507")).toBe("Ålesund");
    expect(nameOf(c2024!, "1508")).toBe("Ålesund");
    expect(nameOf(c2024!, "1580")).toBe("Haram");
    expect(nameOf(c2024!, "0301")).toBe("Oslo");
    expect(nameOf(c2026!, "0301")).toBe("Oslo - Oslove");
    expect(c2020!.filter((c) => c.code !== "9999")).toHaveLength(356);
    expect(c2024!.filter((c) => c.code !== "9999")).toHaveLength(357);
    for (const prefix of ["30", "38", "54"]) expect(c2024!.some((c) => c.code.startsWith(prefix))).toBe(false);
  });

  test("changes 131 2023→2024 list the renumbering and the Ålesund split", async () => {
    const res = await get("/classifications/131/changes?from=2023-06-01&to=2024-06-01");
    const { codeChanges } = (await res.json()) as { codeChanges: Array<Record<string, string | null>> };
    expect(codeChanges).toContainEqual({
      oldCode: "3001",
      oldName: "Halden",
      oldShortName: "",
      newCode: "3101",
      newName: "Halden",
      newShortName: "",
      changeOccurred: "2024-01-01",
    });
    expect(codeChanges.filter((c) => c.oldCode === "1507").map((c) => c.newCode)).toEqual(["1508", "1580"]);
  });

  test('changes: {"codeChanges":[]} when fewer than two versions overlap; added codes have old* null', async () => {
    expect(await (await get("/classifications/131/changes?from=2021-01-01&to=2022-01-01")).text()).toBe(
      '{"codeChanges":[]}',
    );
    const { codeChanges } = (await (
      await get("/classifications/104/changes?from=2023-01-01&to=2024-01-02")
    ).json()) as { codeChanges: Array<Record<string, string | null>> };
    expect(codeChanges.map((c) => `${c.oldCode}>${c.newCode}`)).toEqual([
      "30>31",
      "30>32",
      "30>33",
      "38>39",
      "38>40",
      "54>55",
      "54>56",
    ]);
  });

  test("104 reforms: 2018 Trøndelag, 2024 splits", async () => {
    const { codeChanges } = (await (
      await get("/classifications/104/changes?from=2017-01-01&to=2018-01-02")
    ).json()) as { codeChanges: Array<Record<string, string>> };
    expect(codeChanges.map((c) => `${c.oldCode}>${c.newCode} ${c.newName}`)).toEqual([
      "16>50 Trøndelag",
      "17>50 Trøndelag",
    ]);
  });

  test("correspondsAt falls back to the inverted table (131→104 from the stored 104→131)", async () => {
    const res = await get("/classifications/131/correspondsAt?targetClassificationId=104&date=2024-06-01");
    expect(res.status).toBe(200);
    const items = ((await res.json()) as { correspondenceItems: Array<Record<string, string>> }).correspondenceItems;
    expect(items.find((i) => i.sourceCode === "3101")).toEqual({
      sourceCode: "3101",
      sourceName: "Halden",
      sourceShortName: "",
      targetCode: "31",
      targetName: "Østfold",
      targetShortName: "",
    });
  });

  test("correspondencetables/{id} and versions/{id} link each other", async () => {
    const version = (await (await get("/versions/13124")).json()) as {
      name: string;
      correspondenceTables: Array<{ id: number }>;
      classificationItems: unknown[];
      validFrom: string;
    };
    expect(version.name).toBe("Kommuneinndeling 2024");
    expect(version.validFrom).toBe("2024-01-01");
    expect(version.correspondenceTables.length).toBeGreaterThan(0);
    const t = await get(`/correspondencetables/${version.correspondenceTables[0]?.id ?? 0}`);
    expect(t.status).toBe(200);
    const table = (await t.json()) as { correspondenceMaps: unknown[]; targetId: number };
    expect(table.targetId).toBe(13124);
    expect(table.correspondenceMaps.length).toBeGreaterThan(300);
  });
});

describe("parameters", () => {
  test("selectCodes: list, prefix wildcard, ranges incl. wildcard end", async () => {
    const list = await codes("/classifications/131/codes?from=2020-01-01&to=2021-01-01&selectCodes=3415-3418,300*");
    expect(list.map((c) => c.code)).toEqual([
      "3001",
      "3002",
      "3003",
      "3004",
      "3005",
      "3006",
      "3007",
      "3415",
      "3416",
      "3417",
      "3418",
    ]);
    const range = await codes("/classifications/131/codesAt?date=2020-01-01&selectCodes=3004-301*");
    expect(range.map((c) => c.code)).toEqual([
      "3004",
      "3005",
      "3006",
      "3007",
      "3011",
      "3012",
      "3013",
      "3014",
      "3015",
      "3016",
      "3017",
      "3018",
      "3019",
    ]);
  });

  test("selectCodes over 200 characters or 20 terms is 400", async () => {
    const terms = Array.from({ length: 21 }, (_, i) => String(3001 + i)).join(",");
    expect((await get(`/classifications/131/codesAt?date=2020-01-01&selectCodes=${terms}`)).status).toBe(400);
    expect((await get(`/classifications/131/codesAt?date=2020-01-01&selectCodes=${"3".repeat(201)}`)).status).toBe(400);
  });

  test("selectLevel and the SN2007 hierarchy", async () => {
    const level5 = await codes("/classifications/6/codesAt?date=2024-01-01&selectLevel=5&selectCodes=01*");
    expect(level5[0]).toMatchObject({ code: "01.110", level: "5", parentCode: "01.11" });
    const all = await codes("/classifications/6/codesAt?date=2024-01-01");
    expect(new Set(all.map((c) => c.level))).toEqual(new Set(["1", "2", "3", "4", "5"]));
    expect(all.find((c) => c.code === "01")?.parentCode).toBe("A");
    // Tree order: each section followed by its divisions, groups, classes and subclasses.
    expect(all.slice(0, 5).map((c) => c.code)).toEqual(["A", "01", "01.1", "01.11", "01.110"]);
    const f = await codes("/classifications/6/codesAt?date=2024-01-01&selectCodes=41-43*&selectLevel=5");
    expect(f.map((c) => c.code)).toContain("43.342");
  });

  test("presentationNamePattern", async () => {
    const [c] = await codes(
      `/classifications/131/codesAt?date=2020-01-01&selectCodes=3001&presentationNamePattern=${encodeURIComponent("{code} - {uppercase(name)}")}`,
    );
    expect(c?.presentationName).toBe("3001 - HALDEN");
    const [d] = await codes(
      `/classifications/131/codesAt?date=2020-01-01&selectCodes=3001&presentationNamePattern=${encodeURIComponent("{name} {lowercase(code)} {capitalize(name)}")}`,
    );
    expect(d?.presentationName).toBe("Halden 3001 Halden");
    expect(
      (
        await get(
          `/classifications/131/codesAt?date=2020-01-01&presentationNamePattern=${encodeURIComponent("{nope}")}`,
        )
      ).status,
    ).toBe(400);
  });

  test("language: en names for SN2007; 404 'not published in language' for nn", async () => {
    const en = await codes("/classifications/6/codesAt?date=2024-01-01&selectCodes=01.110&language=en");
    expect(en[0]?.name).toMatch(/^Growing of cereals/);
    const nn = await get("/classifications/6/codesAt?date=2024-01-01&language=nn");
    expect(nn.status).toBe(404);
    expect(((await nn.json()) as { detail: string }).detail).toMatch(/not published in language nn/);
  });

  test("variant and variantAt (SN2007 A*10)", async () => {
    const at = await codes("/classifications/6/variantAt?variantName=A*10&date=2024-01-01&selectLevel=1");
    expect(at).toHaveLength(10);
    const range = await codes(
      "/classifications/6/variant?variantName=A*10&from=2023-01-01&to=2024-01-01&selectCodes=B",
    );
    expect(range[0]).toMatchObject({ code: "B", parentCode: "2", level: "2" });
    const v = await get("/variants/1501");
    expect(((await v.json()) as { classificationItems: unknown[] }).classificationItems.length).toBe(31);
  });
});

describe("changes: the range covers the days after `from` and before `to`, as the real API", () => {
  const changed = async (q: string): Promise<string[]> => {
    const body = (await (await get(`/classifications/104/changes?${q}`)).json()) as {
      codeChanges: Array<{ oldCode: string; newCode: string; changeOccurred: string }>;
    };
    return body.codeChanges.map((c) => `${c.oldCode}>${c.newCode} ${c.changeOccurred}`);
  };
  test("a change on `from` is left out (recorded: from=2018-01-01 has none), one the day after `from` is in", async () => {
    expect(await changed("from=2018-01-01&to=2019-01-02")).toEqual([]);
    expect(await changed("from=2017-12-31&to=2019-01-02")).toEqual(["16>50 2018-01-01", "17>50 2018-01-01"]);
  });
  test("a change on `to` is left out; one the day before `to` is in (recorded: to=2020-01-02)", async () => {
    expect(await changed("from=2019-01-01&to=2020-01-01")).toEqual([]);
    expect(await changed("from=2019-01-01&to=2020-01-02")).toHaveLength(13);
  });
});

describe("classifications, search, families", () => {
  test("HAL paging with first/self/next/last and search links", async () => {
    const body = (await (await get("/classifications?size=2")).json()) as {
      _links: Record<string, { href: string }>;
      page: Record<string, number>;
    };
    expect(Object.keys(body._links)).toEqual(["first", "self", "next", "last", "search"]);
    expect(body._links.first?.href).toBe(`${replica.klassBaseUrl}/classifications?page=0&size=2`);
    expect(body._links.self?.href).toBe(`${replica.klassBaseUrl}/classifications?size=2`);
    expect(body.page).toEqual({ size: 2, totalElements: 6, totalPages: 3, number: 0 });
    const withLists = (await (await get("/classifications?includeCodelists=true")).json()) as {
      page: { totalElements: number };
    };
    expect(withLists.page.totalElements).toBe(11);
  });

  test("classifications/{id} lists versions with validFrom/validTo and templated links", async () => {
    const c = (await (await get("/classifications/131")).json()) as Record<string, unknown> & {
      versions: Array<Record<string, unknown>>;
      _links: Record<string, { templated?: boolean }>;
    };
    expect(c.name).toBe("Standard for kommuneinndeling");
    expect(c.versions[0]).toMatchObject({
      name: "Kommuneinndeling 2026",
      validFrom: "2026-01-01",
      published: ["nb", "nn", "en"],
    });
    expect(c.versions[0]).not.toHaveProperty("validTo");
    expect(c.versions[1]).toMatchObject({ validFrom: "2024-01-01", validTo: "2026-01-01" });
    expect(c._links.codesAt?.templated).toBe(true);
  });

  test("search: ssbSection filter and includeCodelists", async () => {
    const hits = async (q: string): Promise<number[]> => {
      const body = (await (await get(`/classifications/search?${q}`)).json()) as {
        _embedded?: { searchResults: Array<{ id: number }> };
      };
      return (body._embedded?.searchResults ?? []).map((h) => h.id);
    };
    expect(await hits("query=kommuneinndeling")).toContain(131);
    expect(await hits("query=kommuneinndeling&ssbSection=420")).toEqual([]);
    expect(await hits("query=ARENA&includeCodelists=true&ssbSection=312")).toHaveLength(5);
  });

  test("classificationfamilies lists no id per family, as recorded: the self link names it", async () => {
    const body = (await (await get("/classificationfamilies?language=nb")).json()) as {
      _embedded: { classificationFamilies: Array<Record<string, unknown> & { _links: { self: { href: string } } }> };
    };
    const list = body._embedded.classificationFamilies;
    expect(list.length).toBeGreaterThan(10);
    for (const f of list) {
      expect(f).not.toHaveProperty("id");
      expect(f._links.self.href).toMatch(new RegExp(`^${replica.klassBaseUrl}/classificationfamilies/\\d+$`));
    }
  });

  test("classificationfamilies/{id} and ssbsections", async () => {
    const f = (await (await get("/classificationfamilies/15")).json()) as {
      name: string;
      classifications: Array<{ id: number }>;
    };
    expect(f.name).toBe("Region");
    expect(f.classifications.map((c) => c.id).sort()).toEqual([104, 106, 131]);
    const s = (await (await get("/ssbsections")).json()) as {
      _embedded: { ssbSections: Array<{ name: string; id: null }> };
    };
    expect(s._embedded.ssbSections.length).toBeGreaterThan(2);
    expect(s._embedded.ssbSections[0]?.id).toBeNull();
  });
});

describe("negotiation, headers, errors", () => {
  test("recorded headers on JSON answers", async () => {
    const res = await get("/classifications/131/codesAt?date=2024-01-01");
    expect(res.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("no-cache, no-store, max-age=0, must-revalidate");
    expect(res.headers.get("vary")).toMatch(/Origin/);
    await res.arrayBuffer();
  });

  test("CSV: ISO-8859-1 by default, UTF-8 when asked, csvSeparator and csvFields", async () => {
    const latin = await get(
      "/classifications/131/codesAt?date=2020-01-01&selectCodes=3418&csvSeparator=;&csvFields=name,code",
      "text/csv",
    );
    expect(latin.headers.get("content-type")).toBe("text/csv;charset=ISO-8859-1");
    const bytes = Buffer.from(await latin.arrayBuffer());
    expect(bytes.toString("latin1")).toBe('"name";"code"\n"Åsnes";"3418"\n');
    const utf = await get("/classifications/131/codesAt?date=2020-01-01&selectCodes=3418", "text/csv; charset=UTF-8");
    expect(utf.headers.get("content-type")).toBe("text/csv;charset=UTF-8");
    expect(await utf.text()).toBe(
      '"code","parentCode","level","name","shortName","presentationName","validFrom","validTo","notes"\n"3418",,"1","Åsnes","","",,,""\n',
    );
    const bad = await get("/classifications/131/codesAt?date=2020-01-01&csvFields=nmae", "text/csv");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("text/csv;charset=UTF-8");
  });

  test("XML when no Accept header is sent", async () => {
    const res = await get("/classifications/131/codesAt?date=2020-01-01&selectCodes=0301", null);
    expect(res.headers.get("content-type")).toMatch(/^application\/xml/);
    expect(await res.text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<codeList>[\s\S]*<code>0301<\/code>/);
  });

  test("RFC 7807 problems: 404 with the real message, 400 for dates; plain text for CSV; XML problem", async () => {
    const res = await get("/classifications/99999");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "Classification not found with id = 99999",
      instance: "/api/klass/v1/classifications/99999",
    });
    for (const q of [
      "codesAt?date=2020-13-01",
      "codesAt?date=01.01.2020",
      "codesAt",
      "codes?from=2021-01-01&to=2020-01-01",
      "codes?from=2020-01-01&to=2020-01-01",
    ]) {
      const r = await get(`/classifications/131/${q}`);
      expect(r.status).toBe(400);
      const p = (await r.json()) as Record<string, unknown>;
      expect(Object.keys(p)).toEqual(["type", "title", "status", "detail", "instance"]);
      expect(p.title).toBe("Bad Request");
    }
    const csv = await get("/classifications/99999/codes?from=2020-01-01&to=2021-01-01&csvSeparator=;", "text/csv");
    expect(csv.status).toBe(404);
    expect(await csv.text()).toBe("Classification not found with id = 99999");
    const xml = await get("/classifications/99999", "application/xml");
    expect(await xml.text()).toMatch(
      /<problem xmlns="urn:ietf:rfc:7807">[\s\S]*<detail>Classification not found with id = 99999<\/detail>/,
    );
    expect((await get("/classifications/131/codesAt?date=1900-01-01")).status).toBe(404);
    expect((await get("/versions/424242")).status).toBe(404);
    expect(
      (await get("/classifications/131/corresponds?targetClassificationId=104&from=2010-01-01&to=2020-01-01")).status,
    ).toBe(404);
  });

  test("CORS preflight", async () => {
    const res = await fetch(`${replica.klassBaseUrl}/classifications/131/codesAt`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://localhost:3000",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "accept",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toMatch(/GET/);
    expect(res.headers.get("access-control-allow-headers")).toBe("accept");
  });
});

test("links follow X-Forwarded-* headers when the replica sits behind a proxy", async () => {
  const res = await fetch(`${replica.klassBaseUrl}/classifications/131`, {
    headers: {
      Accept: "application/json",
      "X-Forwarded-Host": "localhost:3000",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Prefix": "/replica",
    },
  });
  const body = (await res.json()) as { _links: { self: { href: string } } };
  expect(body._links.self.href).toBe("https://localhost:3000/replica/api/klass/v1/classifications/131");
});

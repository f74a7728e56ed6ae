import { parseMax, SEARCH_CAP, searchUnits } from "../../../../src/core/brreg/search";
import { sokTable, underenheterTable } from "../../../../src/core/brreg/searchTables";
import type { BrregSearchPage, BrregUnit } from "../../../../src/core/brreg/types";
import { fakeBrreg, fixture, UNDERENHET } from "../../../support/fakeBrregData";

/** A server of `total` generated hits that honours size/page (up to `maxSize` per page). */
function pager(total: number, maxSize = Infinity) {
  return (_register: string, params: Record<string, string>): BrregSearchPage => {
    const size = Math.min(Number(params.size ?? 20), maxSize);
    const page = Number(params.page ?? 0);
    if (size * (page + 1) > SEARCH_CAP) throw new Error(`400: size*(page+1) > 10000 (${params.size}, ${params.page})`);
    const from = page * size;
    const units: BrregUnit[] = [];
    for (let i = from; i < Math.min(total, from + size); i++)
      units.push({ organisasjonsnummer: String(800000000 + i), navn: `UNIT ${i}` });
    return { units, page: { size, number: page, totalElements: total, totalPages: Math.ceil(total / size) } };
  };
}

describe("search paging", () => {
  it("fetches max (default 100) hits in ONE request", async () => {
    const data = fakeBrreg({ searchPages: pager(219) });
    const result = await searchUnits(data, "enheter", { organisasjonsform: "ASA" }, parseMax(undefined));
    expect(result.units).toHaveLength(100);
    expect(result.requests).toBe(1);
    expect(data.searches[0]?.params).toEqual({ organisasjonsform: "ASA", size: "100", page: "0" });
  });

  it("asks for no more than exist, and stops at the 10,000 cap without a 400", async () => {
    const small = await searchUnits(fakeBrreg({ searchPages: pager(3) }), "enheter", {}, 100);
    expect(small).toMatchObject({ requests: 1, capped: false });
    const data = fakeBrreg({ searchPages: pager(25_312) });
    const big = await searchUnits(data, "enheter", {}, 50_000);
    expect(big.units).toHaveLength(SEARCH_CAP);
    expect(big).toMatchObject({ requests: 1, capped: true, totalElements: 25_312 });
    expect(data.searches[0]?.params).toEqual({ size: "10000", page: "0" });
  });

  it("continues with the server's page size when it serves smaller pages, within size*(page+1) ≤ 10000", async () => {
    const data = fakeBrreg({ searchPages: pager(25_000, 1000) });
    const result = await searchUnits(data, "enheter", {}, 20_000);
    expect(result.units).toHaveLength(10_000);
    expect(result.requests).toBe(10);
    expect(new Set(result.units.map((u) => u.organisasjonsnummer)).size).toBe(10_000);
    const partial = await searchUnits(fakeBrreg({ searchPages: pager(25_000, 1000) }), "enheter", {}, 2500);
    expect(partial.units).toHaveLength(2500);
    expect(partial.requests).toBe(3);
  });

  it("rejects a bad max", () => {
    for (const bad of [0, -1, 2.5, "many"]) expect(() => parseMax(bad)).toThrow(/max must be a whole number/);
    expect(parseMax("250")).toBe(250);
  });
});

describe("BRREG.SOK / BRREG.UNDERENHETER tables", () => {
  it("reads the recorded Sesam search into a table with a header row", async () => {
    const page = fixture<{ _embedded?: { enheter: BrregUnit[] }; page: BrregSearchPage["page"] }>(
      "enheter-search-sesam-page1.json",
    );
    const data = fakeBrreg({ searchPages: () => ({ units: page._embedded?.enheter ?? [], page: page.page }) });
    const table = await sokTable(data, "Sesam", "kommunenummer=0301", undefined, 2);
    expect(table).toEqual([
      ["organisasjonsnummer", "navn", "organisasjonsform.kode", "adresse"],
      ["976030788", "SESAM AS", "AS", "Elgeseter gate 1, 7030 TRONDHEIM"],
      ["971497017", "SESAM FAMILIEBARNEHAGE", "FLI", "Colletts gate 44, 0169 OSLO"],
    ]);
    expect(data.searches[0]?.params).toEqual({ kommunenummer: "0301", navn: "Sesam", size: "2", page: "0" });
  });

  it("gives just the header for an empty search (no _embedded)", async () => {
    const empty = fixture<{ page: BrregSearchPage["page"] }>("enheter-search-empty.json");
    const data = fakeBrreg({ searchPages: () => ({ units: [], page: empty.page }) });
    expect(await sokTable(data, "jibberish", undefined, "navn")).toEqual([["navn"]]);
  });

  it("ends with a note row when the API's cap cut the list", async () => {
    const table = await sokTable(
      fakeBrreg({ searchPages: pager(12_000) }),
      "",
      "konkurs=false",
      "organisasjonsnummer,navn",
      20_000,
    );
    expect(table).toHaveLength(1 + 10_000 + 1);
    expect(table[table.length - 1]).toEqual([expect.stringMatching(/first 10,000 of 12,000.*at most 10,000/), ""]);
  });

  it("reads 1×1 ranges and blank (also no-break-space) navn and max like single values", async () => {
    const data = fakeBrreg({ searchPages: pager(3) });
    await sokTable(data, [["Sesam"]], [["kommunenummer", "0301"]], [["navn"]], [[2]]);
    await sokTable(data, "\u00a0", "konkurs=ja", "navn", [[" "]]);
    expect(data.searches.map((s) => s.params)).toEqual([
      { kommunenummer: "0301", navn: "Sesam", size: "2", page: "0" },
      { konkurs: "true", size: "100", page: "0" },
    ]);
  });

  it("validates everything before any request", async () => {
    const data = fakeBrreg({ searchPages: pager(10) });
    await expect(sokTable(data, "x", "kommune=0301")).rejects.toThrow(/Did you mean "kommunenummer"/);
    await expect(sokTable(data, "x", undefined, "navm")).rejects.toThrow(/Did you mean "navn"/);
    await expect(sokTable(data, "x", "navn=y")).rejects.toThrow(/navn is given both/);
    await expect(sokTable(data, "x", undefined, undefined, 0)).rejects.toThrow(/max/);
    await expect(sokTable(data, [["Sesam"], ["Equinor"]])).rejects.toThrow(
      /^navn takes one value, not a range of 2 cells$/,
    );
    await expect(sokTable(data, "x", undefined, undefined, [[10, 20]])).rejects.toThrow(/^max takes one value/);
    expect(data.searches).toEqual([]);
  });

  it("lists the underenheter of a hovedenhet", async () => {
    const data = fakeBrreg({ searchPages: pager(3) });
    const table = await underenheterTable(data, "923 609 016", "organisasjonsnummer,navn");
    expect(table).toHaveLength(4);
    expect(data.searches[0]).toEqual({
      register: "underenheter",
      params: { overordnetEnhet: "923609016", size: "100", page: "0" },
    });
    await expect(underenheterTable(data, "923609017")).rejects.toThrow(/mod-11/);
    await expect(underenheterTable(data, [[923609016, 923609016]])).rejects.toThrow(/^orgnr takes one value/);
    await expect(underenheterTable(data, 923609016, "konkurs")).rejects.toThrow(/enheter only/);
  });
});

describe("BRREG.SOK's register choice", () => {
  it("searches underenheter with their own filters and default columns", async () => {
    const data = fakeBrreg({
      searchPages: () => ({ units: [UNDERENHET], page: { size: 1, totalElements: 1, totalPages: 1, number: 0 } }),
    });
    const table = await sokTable(
      data,
      "",
      "beliggenhetsadresse.kommunenummer=301;fraAntallAnsatte=5",
      undefined,
      1,
      "Underenheter",
    );
    expect(data.searches).toEqual([
      {
        register: "underenheter",
        params: { "beliggenhetsadresse.kommunenummer": "0301", fraAntallAnsatte: "5", size: "1", page: "0" },
      },
    ]);
    expect(table[0]).toEqual(["organisasjonsnummer", "navn", "adresse", "antallAnsatte"]);
    expect(table[1]?.[0]).toBe(UNDERENHET.organisasjonsnummer);
  });

  it("refuses a hovedenhet filter for underenheter and an unknown register, before any request", async () => {
    const data = fakeBrreg();
    await expect(sokTable(data, "", "konkurs=false", undefined, 1, "underenheter")).rejects.toThrow(
      /Unknown search filter "konkurs" for underenheter/,
    );
    await expect(sokTable(data, "x", undefined, undefined, 1, "virksomheter")).rejects.toThrow(
      /register must be enheter or underenheter, not "virksomheter"/,
    );
    expect(data.searches).toHaveLength(0);
  });
});

import {
  buildReportTable,
  loadReports,
  refreshReports,
  reportFormula,
  reportState,
  describeParameters,
  type KlassCodesSource,
} from "../../../../src/core/reports";
import { createMemoryWorkbook } from "../../../../src/office/memoryWorkbook";
import { insertReport } from "../../../../src/taskpane/actions/insertReport";
import { fakeWorld } from "../../../support/fakeWorld";

const pinned: KlassCodesSource = {
  kind: "klass-codes",
  classificationId: 131,
  classificationName: "Standard for kommuneinndeling",
  date: "2024-01-01",
  language: "nb",
  columns: ["code", "name"],
};

describe("reports: insert, store, refresh", () => {
  it("inserts a KLASS table with its code column as text and records the report", async () => {
    const world = fakeWorld();
    const book = createMemoryWorkbook();
    const { info, report } = await insertReport(book, world.deps, {
      source: pinned,
      title: "131",
      tableName: "KLASS_131_20240101",
      sheetName: "KLASS 131",
      target: "newSheet",
    });
    expect(info).toMatchObject({ name: "KLASS_131_20240101", sheet: "KLASS 131", rowCount: 4 });
    expect(book.cell("KLASS 131", 1, 0)).toMatchObject({ value: "0301", format: "@" });
    expect(report.urls).toEqual([
      "https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2024-01-01&language=nb",
    ]);
    expect(await loadReports(book)).toEqual([report]);
  });

  it("inserts at the selected cell", async () => {
    const world = fakeWorld();
    const book = createMemoryWorkbook();
    book.select("Sheet1", 3, 2, 1, 1);
    const { info } = await insertReport(book, world.deps, {
      source: pinned,
      title: "131",
      tableName: "K",
      sheetName: "x",
      target: "selection",
    });
    expect(info).toMatchObject({ sheet: "Sheet1", address: "C4:D8" });
  });

  it("a report pinned to a date gives the same values on every refresh, and leaves the table alone", async () => {
    const world = fakeWorld();
    const book = createMemoryWorkbook();
    await insertReport(book, world.deps, {
      source: pinned,
      title: "131",
      tableName: "K",
      sheetName: "K",
      target: "newSheet",
    });
    const before = await book.readTable("K");
    const writes = book.writes.length;
    for (let i = 0; i < 2; i++) {
      const [result] = await refreshReports(world.deps, book);
      expect(result).toMatchObject({ outcome: "unchanged", changedRows: 0 });
    }
    expect(book.writes.length).toBe(writes);
    expect((await book.readTable("K"))?.rows).toEqual(before?.rows);
    expect(world.calls.filter((c) => c.startsWith("codes"))).toEqual([
      "codes 2024-01-01",
      "codes 2024-01-01",
      "codes 2024-01-01",
    ]);
  });

  it("rewrites only a changed table, keeping the user's column, and records the refresh time", async () => {
    const world = fakeWorld();
    const book = createMemoryWorkbook();
    await insertReport(book, world.deps, {
      source: pinned,
      title: "131",
      tableName: "K",
      sheetName: "K",
      target: "newSheet",
    });
    await insertReport(book, world.deps, {
      source: {
        kind: "brreg-search",
        params: { kommunenummer: "0301" },
        fields: ["organisasjonsnummer", "navn"],
        max: 100,
      },
      title: "e",
      tableName: "E",
      sheetName: "E",
      target: "newSheet",
    });
    const k = (await book.readTable("K"))!;
    await book.replaceTableRows(
      "K",
      [...k.header, "note"],
      k.rows.map((r, i) => [...r, i === 0 ? "min merknad" : null]),
      new Set([0]),
      new Set([2]),
    );
    world.codes.set(
      "2024-01-01",
      world.codes.get("2024-01-01")!.map((c) => (c.code === "0301" ? { ...c, name: "Oslo (endret)" } : c)),
    );
    const later = { ...world.deps, now: () => Date.parse("2026-03-02T12:00:00Z") };
    const results = await refreshReports(later, book);
    expect(results.map((r) => [r.tableName, r.outcome, r.changedRows])).toEqual([
      ["K", "rewritten", 1],
      ["E", "unchanged", 0],
    ]);
    expect((await book.readTable("K"))?.rows[0]).toEqual(["0301", "Oslo (endret)", "min merknad"]);
    expect((await loadReports(book)).map((r) => r.lastRefreshed)).toEqual([
      "2026-03-02T12:00:00.000Z",
      "2026-03-02T12:00:00.000Z",
    ]);
  });

  it("two reports stacked on a sheet: after the upper grows, refreshing the lower leaves every cell of the upper as it was", async () => {
    const world = fakeWorld();
    const book = createMemoryWorkbook();
    const insert = (tableName: string, date: string, row: number) => {
      book.select("Sheet1", row, 0, 1, 1);
      return insertReport(book, world.deps, {
        source: { ...pinned, date },
        title: tableName,
        tableName,
        sheetName: "x",
        target: "selection",
      });
    };
    const upper = await insert("Upper", "2024-01-01", 0); // A1:B5
    await insert("Lower", "2020-01-01", 5); // A6:B9, right below
    world.codes
      .get("2024-01-01")!
      .push(
        { ...world.codes.get("2024-01-01")![0]!, code: "5001", name: "Trondheim" },
        { ...world.codes.get("2024-01-01")![0]!, code: "5501", name: "Tromsø" },
        { ...world.codes.get("2024-01-01")![0]!, code: "5601", name: "Alta" },
      );
    await refreshReports(world.deps, book, [upper.report.id]);
    expect((await book.readTable("Upper"))!.info.address).toBe("A1:B8");
    const cells = () =>
      Array.from({ length: 8 }, (_, r) => Array.from({ length: 2 }, (_, c) => ({ ...book.cell("Sheet1", r, c) })));
    const upperCells = cells();
    world.codes.set(
      "2020-01-01",
      world.codes.get("2020-01-01")!.map((c) => (c.code === "0301" ? { ...c, name: "Oslo (endret)" } : c)),
    );
    const results = await refreshReports(world.deps, book);
    expect(results.map((r) => [r.tableName, r.outcome])).toEqual([
      ["Upper", "unchanged"],
      ["Lower", "rewritten"],
    ]);
    expect(cells()).toEqual(upperCells);
    expect((await book.readTable("Lower"))!).toMatchObject({
      info: { address: "A9:B12" },
      rows: [
        ["0301", "Oslo (endret)"],
        ["1103", "Stavanger"],
        ["3001", "Halden"],
      ],
    });
    // The reports keep their table names, never a position.
    expect((await loadReports(book)).map((r) => r.tableName)).toEqual(["Upper", "Lower"]);
    expect(JSON.stringify(await loadReports(book))).not.toMatch(/"address"|A9|A6/);
  });

  it("says when a report's table is gone, and refreshes only the reports asked for", async () => {
    const world = fakeWorld();
    const book = createMemoryWorkbook();
    const { report } = await insertReport(book, world.deps, {
      source: pinned,
      title: "131",
      tableName: "K",
      sheetName: "K",
      target: "newSheet",
    });
    await book.writeSetting(
      "klass-brreg.reports",
      JSON.stringify({ version: 1, reports: [report, { ...report, id: "gone", tableName: "Gone" }] }),
    );
    expect((await refreshReports(world.deps, book, ["gone"])).map((r) => r.outcome)).toEqual(["missing"]);
  });

  it("builds BRREG search tables with orgnr and kommunenummer as text columns", async () => {
    const world = fakeWorld();
    const table = await buildReportTable(world.deps, {
      kind: "brreg-search",
      params: { kommunenummer: "0301" },
      fields: ["organisasjonsnummer", "navn", "forretningsadresse.kommunenummer"],
      max: 25,
    });
    expect(table.rows).toHaveLength(25);
    expect([...table.textColumns]).toEqual([0, 2]);
    expect(table.totalElements).toBe(30);
    expect(table.urls[0]).toBe("https://data.brreg.no/enhetsregisteret/api/enheter?kommunenummer=0301&size=25");
  });

  it("refuses a KLASS table for a level that does not exist or selectCodes that match nothing (nothing inserted)", async () => {
    const world = fakeWorld();
    const book = createMemoryWorkbook();
    await expect(buildReportTable(world.deps, { ...pinned, level: 9 })).rejects.toBeInstanceOf(Error);
    await expect(buildReportTable(world.deps, { ...pinned, selectCodes: "zz-nothing" })).rejects.toBeInstanceOf(Error);
    await expect(
      insertReport(book, world.deps, {
        source: { ...pinned, level: 9 },
        title: "131",
        tableName: "KLASS_131",
        sheetName: "KLASS 131",
        target: "newSheet",
      }),
    ).rejects.toBeInstanceOf(Error);
    expect(book.tables()).toEqual([]);
  });

  it("writes the matching custom-function formula", () => {
    expect(reportFormula(pinned)).toBe('=KLASS.CODES(131,"2024-01-01",,,"code,name")');
    expect(
      reportFormula({ ...pinned, columns: ["code", "parentCode", "level", "name"], date: undefined, language: "en" }),
    ).toBe('=KLASS.CODES(131,,,,,"en")');
    expect(
      reportFormula({
        kind: "brreg-search",
        params: { navn: 'Sesam "X"', kommunenummer: "0301", organisasjonsform: "AS" },
        fields: ["navn"],
        max: 500,
      }),
    ).toBe('=BRREG.SOK("Sesam ""X""","kommunenummer=0301;organisasjonsform=AS","navn",500)');
    // An underenheter search names its register (BRREG.SOK's fifth argument), max left at its default.
    expect(
      reportFormula({
        kind: "brreg-search",
        register: "underenheter",
        params: { overordnetEnhet: "923609016" },
        fields: ["navn"],
        max: 100,
      }),
    ).toBe('=BRREG.SOK("","overordnetEnhet=923609016","navn",,"underenheter")');
    const variant = {
      kind: "klass-variant",
      classificationId: 6,
      classificationName: "SN",
      variantId: 1501,
      variantName: "A*10",
      language: "nb",
    } as const;
    expect(reportFormula({ ...variant, date: "2024-01-01" })).toBe('=KLASS.VARIANTCODES(6,1501,"2024-01-01")');
    expect(reportFormula({ ...variant, language: "en" })).toBe('=KLASS.VARIANTCODES(6,1501,,,,"en")');
  });

  it("tells fresh from stale and describes parameters", () => {
    const now = Date.parse("2026-03-02T12:00:00Z");
    expect(reportState({ lastRefreshed: "2026-03-02T00:00:00Z" }, now)).toBe("fresh");
    expect(reportState({ lastRefreshed: "2026-02-01T00:00:00Z" }, now)).toBe("stale");
    expect(reportState({ lastRefreshed: "garbage" }, now)).toBe("stale");
    expect(describeParameters({ ...pinned, date: undefined, level: 1 }, "2026-03-02")).toBe(
      "131, date=2026-03-02 (today), language=nb, level=1",
    );
  });

  it("reads no reports from a damaged setting", async () => {
    const book = createMemoryWorkbook();
    await book.writeSetting("klass-brreg.reports", "{not json");
    expect(await loadReports(book)).toEqual([]);
  });
});

describe("reports: dates are Excel dates", () => {
  const dated: KlassCodesSource = { ...pinned, columns: ["code", "name", "validFrom"] };

  it("a code table's validFrom is a serial with the pane language's date format, and refresh leaves it alone", async () => {
    const world = fakeWorld();
    world.codes.set(
      "2024-01-01",
      world.codes.get("2024-01-01")!.map((c) => ({ ...c, validFrom: "2024-01-01" })),
    );
    const book = createMemoryWorkbook();
    await insertReport(book, world.deps, {
      source: dated,
      title: "131",
      tableName: "K",
      sheetName: "K",
      target: "newSheet",
      language: "nb",
    });
    expect(book.cell("K", 1, 2)).toMatchObject({ value: 45292, format: "dd.mm.yyyy" });
    const writes = book.writes.length;
    const [result] = await refreshReports(world.deps, book, undefined, undefined, "nb");
    expect(result).toMatchObject({ outcome: "unchanged" });
    expect(book.writes.length).toBe(writes);
  });

  it("a BRREG date field is a serial; a refreshed table keeps its dates as dates", async () => {
    const world = fakeWorld();
    const unit = world.units[0] as { stiftelsesdato?: string };
    unit.stiftelsesdato = "2001-02-03";
    const book = createMemoryWorkbook();
    await insertReport(book, world.deps, {
      source: { kind: "brreg-search", params: {}, fields: ["organisasjonsnummer", "stiftelsesdato"], max: 100 },
      title: "e",
      tableName: "E",
      sheetName: "E",
      target: "newSheet",
      language: "en",
    });
    expect(book.cell("E", 1, 1)).toMatchObject({ value: 36925, format: "yyyy-mm-dd" });
    unit.stiftelsesdato = "2001-02-04";
    const [result] = await refreshReports(world.deps, book, undefined, undefined, "en");
    expect(result).toMatchObject({ outcome: "rewritten", changedRows: 1 });
    expect(book.cell("E", 1, 1)).toMatchObject({ value: 36926, format: "yyyy-mm-dd" });
  });
});

describe("reports: a correspondence table by id", () => {
  const source = {
    kind: "klass-correspondence",
    classificationId: 131,
    classificationName: "Standard for kommuneinndeling",
    tableId: 412,
    tableName: "Fylkesinndeling 2024 - Kommuneinndeling 2024",
    language: "nb",
  } as const;

  it("is KLASS.CORRESPONDTABLE as a formula, and describes its table", () => {
    expect(reportFormula(source)).toBe("=KLASS.CORRESPONDTABLE(412)");
    expect(reportFormula({ ...source, language: "en" })).toBe('=KLASS.CORRESPONDTABLE(412,,"en")');
    expect(describeParameters(source)).toBe("131, table=412 Fylkesinndeling 2024 - Kommuneinndeling 2024, language=nb");
  });

  it("builds its rows from correspondencetables/{id}, code columns as text, and is stored like the others", async () => {
    const world = fakeWorld();
    const deps = {
      ...world.deps,
      klass: {
        ...world.deps.klass,
        correspondenceTable: (id: number) => ({
          id,
          name: source.tableName,
          correspondenceMaps: [{ sourceCode: "03", sourceName: "Oslo", targetCode: "0301", targetName: "Oslo" }],
        }),
      },
    };
    const table = await buildReportTable(deps, source);
    expect(table.header).toEqual(["sourceCode", "sourceName", "targetCode", "targetName"]);
    expect(table.rows).toEqual([["03", "Oslo", "0301", "Oslo"]]);
    expect([...table.textColumns]).toEqual([0, 2]);
    expect(table.urls).toEqual(["https://data.ssb.no/api/klass/v1/correspondencetables/412?language=nb"]);
    const book = createMemoryWorkbook();
    const { report } = await insertReport(book, deps, {
      source,
      title: source.tableName,
      tableName: "KLASS_K412",
      sheetName: "KLASS K412",
      target: "newSheet",
      language: "en",
    });
    expect(await loadReports(book)).toEqual([report]);
    expect((await book.readTable("KLASS_K412"))?.header).toEqual([
      "Source code",
      "Source name",
      "Target code",
      "Target name",
    ]);
  });
});

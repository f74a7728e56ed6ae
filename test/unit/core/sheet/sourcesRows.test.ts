import { functionsInFormulas, sourcesNumberFormats, sourcesRows } from "../../../../src/core/sheet/sourcesRows";
import type { ReportDefinition } from "../../../../src/core/reports";
import { frozenRecord } from "../../../../src/core/formulas/frozen";

describe("Sources sheet", () => {
  const report: ReportDefinition = {
    id: "r1",
    title: "131 Standard for kommuneinndeling",
    tableName: "KLASS_131",
    sheet: "KLASS 131",
    rows: 357,
    lastRefreshed: "2026-03-01T12:00:00.000Z",
    urls: ["https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2024-01-01&language=nb"],
    source: {
      kind: "klass-codes",
      classificationId: 131,
      classificationName: "Standard for kommuneinndeling",
      date: "2024-01-01",
      language: "nb",
      columns: ["code", "name"],
    },
  };

  it("finds the add-in's functions in formulas", () => {
    expect(
      functionsInFormulas([
        '=KLASS.CODENAME(131,A2,"2024-01-01")',
        "=SUM(A1:A3)",
        '=brreg.enhet(B2, "navn")&KLASS.LEVEL(131,A2)',
      ]),
    ).toEqual(["BRREG.ENHET", "KLASS.CODENAME", "KLASS.LEVEL"]);
  });

  it("cites every report and function family with its API, URL, time and licence", () => {
    const rows = sourcesRows({
      reports: [report],
      functions: ["BRREG.ENHET"],
      klassBaseUrl: "https://k",
      brregBaseUrl: "https://b",
      now: "2026-03-02T00:00:00.000Z",
      offsetMinutes: 0,
    });
    expect(rows[0]).toEqual(["What", "API", "URL", "Parameters", "Retrieved", "Licence", "Publisher"]);
    expect(rows[1]).toEqual([
      "Table KLASS_131 (131 Standard for kommuneinndeling) on KLASS 131",
      "KLASS (Statistics Norway's classification API)",
      report.urls[0],
      "131, date=2024-01-01, language=nb",
      // 2026-03-01 12:00 as an Excel date-time (days since 1899-12-30), not ISO text.
      46082.5,
      "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/",
      "Statistics Norway (SSB)",
    ]);
    expect(rows[2]).toMatchObject({
      0: "Functions BRREG.ENHET",
      2: "https://b",
      5: "NLOD 2.0 https://data.norge.no/nlod/no/2.0",
      6: "Brønnøysundregistrene",
    });
    expect(rows).toHaveLength(3);
  });

  it("is written in the pane's language", () => {
    const rows = sourcesRows({
      reports: [report],
      functions: ["KLASS.CODENAME"],
      klassBaseUrl: "https://k",
      brregBaseUrl: "https://b",
      now: "2026-03-02T00:00:00.000Z",
      language: "nb",
      offsetMinutes: 60,
    });
    expect(rows[0]).toEqual(["Hva", "API", "URL", "Parametere", "Hentet", "Lisens", "Utgiver"]);
    expect(rows[1]![0]).toBe("Tabell KLASS_131 (131 Standard for kommuneinndeling) i KLASS 131");
    expect(rows[2]!.slice(3, 5)).toEqual(["som i hver formel", "ved hver omberegning (listet 02.03.2026 01:00)"]);
    expect(rows[1]!.slice(1)).toEqual([
      "KLASS (Statistisk sentralbyrås klassifikasjons-API)",
      report.urls[0],
      "131, date=2024-01-01, language=nb",
      expect.closeTo(46082.5 + 1 / 24, 9),
      "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/",
      "Statistisk sentralbyrå (SSB)",
    ]);
    // "Hentet" carries a date-time format (nb's), every other cell the text format.
    expect(sourcesNumberFormats(rows, "nb")[1]).toEqual(["@", "@", "@", "@", "dd.mm.yyyy hh:mm", "@", "@"]);
  });

  it("lists each frozen range with its own provenance, in the pane's language", () => {
    const frozen = frozenRecord({
      sheet: "Rå data",
      row: 1,
      column: 2,
      rowCount: 3,
      columnCount: 1,
      formula: '=KLASS.CODENAME(131,BRREG.ENHET(A2:A4,"forretningsadresse.kommunenummer"))',
      values: [["Oslo"], ["Bergen"], ["Halden"]],
      formats: [["General"], ["General"], ["General"]],
      now: "2026-03-02T00:00:00.000Z",
      klassBaseUrl: "https://k",
      brregBaseUrl: "https://b",
    });
    const rows = sourcesRows({
      reports: [],
      frozen: [frozen],
      functions: [],
      klassBaseUrl: "https://k",
      brregBaseUrl: "https://b",
      now: "2026-03-02T00:00:00.000Z",
      language: "nb",
      offsetMinutes: 0,
    });
    expect(rows[1]).toEqual([
      "Frosne verdier i 'Rå data'!C2:C4 (formelen står i Parametere)",
      "KLASS (Statistisk sentralbyrås klassifikasjons-API); Enhetsregisteret (Brønnøysundregistrenes API for åpne data)",
      "https://b/enheter/{orgnr} https://k/classifications/131/codesAt",
      frozen.formula,
      46083,
      frozen.licence,
      "Statistisk sentralbyrå (SSB); Brønnøysundregistrene",
    ]);
    expect(frozen.licence).toContain("CC BY 4.0");
    expect(frozen.licence).toContain("NLOD 2.0");
  });
});

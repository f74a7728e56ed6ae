import {
  apiUrls,
  expandFormats,
  frozenFormats,
  frozenRecord,
  inScope,
  parseFrozen,
  serializeFrozen,
  valuesFingerprint,
} from "../../../../src/core/formulas/frozen";

const bases = { klassBaseUrl: "https://k.example/klass/v1", brregBaseUrl: "https://b.example/enhetsregisteret/api" };

describe("freeze records", () => {
  it("keep the formula, time, API URLs and licence of a spilled KLASS.CODES", () => {
    const values = [
      ["code", "name"],
      ["0301", "Oslo"],
    ];
    const record = frozenRecord({
      sheet: "Data",
      row: 0,
      column: 0,
      rowCount: 2,
      columnCount: 2,
      formula: '=KLASS.CODES(131,"2024-01-01")',
      values,
      formats: [
        ["General", "General"],
        ["General", "General"],
      ],
      now: "2026-12-06T18:00:00.000Z",
      ...bases,
    });
    expect(record).toMatchObject({
      formula: '=KLASS.CODES(131,"2024-01-01")',
      retrieved: "2026-12-06T18:00:00.000Z",
      functions: ["KLASS.CODES"],
      urls: ["https://k.example/klass/v1/classifications/131/codesAt"],
      formats: "General",
    });
    expect(record.licence).toMatch(/^CC BY 4\.0 .*Statistics Norway/);
    expect(parseFrozen(serializeFrozen([record]))).toEqual([record]);
  });

  it("cite both registers when a formula calls both, and Brønnøysundregistrene's NLOD for BRREG", () => {
    const formula = '=KLASS.CODENAME(131,BRREG.ENHET(A2,"forretningsadresse.kommunenummer"))';
    expect(apiUrls(formula, bases)).toEqual([
      "https://b.example/enhetsregisteret/api/enheter/{orgnr}",
      "https://k.example/klass/v1/classifications/131/codesAt",
    ]);
    const record = frozenRecord({
      sheet: "S",
      row: 1,
      column: 1,
      rowCount: 1,
      columnCount: 1,
      formula: '=BRREG.ENHET(A2,"navn")',
      values: [["EQUINOR ASA"]],
      formats: [["General"]],
      now: "t",
      ...bases,
    });
    expect(record.licence).toBe("NLOD 2.0 (https://data.norge.no/nlod/no/2.0), Brønnøysundregistrene");
  });

  it("write text as text (0301 must stay 0301), other values in the cell's own format; formats stored compactly", () => {
    expect(frozenFormats([["0301", 5, "", true]], [["General", "0.00", "General", "General"]])).toEqual([
      ["@", "0.00", "General", "General"],
    ]);
    expect(expandFormats("General", 2, 1)).toEqual([["General"], ["General"]]);
  });

  it("fingerprints tell an edited block from the frozen one; empty reads as null or '' alike", () => {
    const a = valuesFingerprint([
      ["Oslo", 1],
      [null, true],
    ]);
    expect(
      valuesFingerprint([
        ["Oslo", 1],
        ["", true],
      ]),
    ).toBe(a);
    expect(
      valuesFingerprint([
        ["Oslo", 2],
        [null, true],
      ]),
    ).not.toBe(a);
    expect(
      valuesFingerprint([
        ["Oslo", "1"],
        [null, true],
      ]),
    ).not.toBe(a);
  });

  it("scope: a whole record inside the selection, or on the sheet", () => {
    const r = { sheet: "Data", row: 2, column: 0, rowCount: 3, columnCount: 2 };
    expect(inScope(r, { block: { sheet: "data", row: 0, column: 0, rowCount: 5, columnCount: 2 } })).toBe(true);
    expect(inScope(r, { block: { sheet: "Data", row: 0, column: 0, rowCount: 4, columnCount: 2 } })).toBe(false);
    expect(inScope(r, { sheet: "Other" })).toBe(false);
    expect(inScope(r, {})).toBe(true);
  });

  it("an unreadable setting is no records", () => {
    expect(parseFrozen("nope")).toEqual([]);
    expect(parseFrozen(JSON.stringify([{ sheet: "S" }]))).toEqual([]);
  });
});

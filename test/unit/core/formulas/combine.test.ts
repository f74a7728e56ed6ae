import { findCombinable, outsideTables } from "../../../../src/core/formulas/combine";

const column = (n: number, make: (row1: number) => string) =>
  Array.from({ length: n }, (_, i) => [make(i + 2)] as unknown[]);

describe("finding filled-down columns to combine", () => {
  it("a column of KLASS.CODENAME over A2:A10001 with an absolute date becomes one range formula in the top cell", () => {
    const formulas = column(10000, (r) => `=KLASS.CODENAME(131,A${r},$B$1)`);
    const [found, ...rest] = findCombinable("Data", 1, 2, formulas);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      sheet: "Data",
      row: 1,
      column: 2,
      rowCount: 10000,
      address: "C2:C10001",
      functionName: "KLASS.CODENAME",
      combined: "=KLASS.CODENAME(131,A2:A10001,$B$1)",
    });
    expect(found!.originals).toHaveLength(10000);
    expect(found!.originals[9999]).toBe("=KLASS.CODENAME(131,A10001,$B$1)");
  });

  it("keeps sheet prefixes, column anchors, text with commas; a per-row date becomes a range too", () => {
    const formulas = column(3, (r) => `=KLASS.CODENAME(131,'Rå data'!$A${r},D${r},"nb")`);
    expect(findCombinable("S", 1, 4, formulas)[0]!.combined).toBe(`=KLASS.CODENAME(131,'Rå data'!$A2:$A4,D2:D4,"nb")`);
    const brreg = column(2, (r) => `=BRREG.ENHET(A${r},"forretningsadresse.poststed")`);
    expect(findCombinable("S", 1, 1, brreg)[0]!.combined).toBe('=BRREG.ENHET(A2:A3,"forretningsadresse.poststed")');
  });

  it("splits runs where the pattern breaks, and leaves single cells, gaps and other cells alone", () => {
    const formulas: unknown[][] = [
      ["=KLASS.CODENAME(131,A1)", "x"],
      ["=KLASS.CODENAME(131,A2)", null],
      ["=KLASS.CODENAME(131,A3)", "=BRREG.STATUS(A3)"],
      ["=KLASS.CODENAME(104,A4)", "=BRREG.STATUS(A4)"],
      ["=KLASS.CODENAME(104,A5)", "=BRREG.STATUS(A6)"], // B5 points one row lower: a new run
      [null, "=BRREG.STATUS(A7)"],
      ["=KLASS.CODENAME(104,A7)", null],
    ];
    expect(findCombinable("S", 0, 0, formulas).map((c) => [c.address, c.combined])).toEqual([
      ["A1:A3", "=KLASS.CODENAME(131,A1:A3)"],
      ["A4:A5", "=KLASS.CODENAME(104,A4:A5)"],
      ["B3:B4", "=BRREG.STATUS(A3:A4)"],
      ["B5:B6", "=BRREG.STATUS(A6:A7)"],
    ]);
  });

  it("never combines what would change shape or meaning", () => {
    const none = (make: (r: number) => string) => expect(findCombinable("S", 1, 0, column(5, make))).toEqual([]);
    none((r) => `=KLASS.CODES(131,A${r})`); // a table per call
    none((r) => `=BRREG.ENHET(A${r},"navn, organisasjonsform.kode")`); // two fields spill across
    none((r) => `=BRREG.ENHET(A${r},B${r})`); // fields that could be anything, per row
    none((r) => `=KLASS.CODENAME(B${r},A${r})`); // the classification moves with the row
    none(() => `=KLASS.CODENAME(131,$A$2)`); // nothing moves: the same formula repeated
    none((r) => `=KLASS.CODENAME(131,A${r})&"x"`); // not one call
    none((r) => `=KLASS.CODENAME(131,A${r * 2})`); // not filled down
    none((r) => `=SUM(A${r})`);
  });
});

describe("combining is not offered inside Excel tables", () => {
  it("drops a run that touches a table (a spilled formula is not allowed in one), keeps the others", () => {
    const formulas: unknown[][] = Array.from({ length: 4 }, (_, i) => [
      `=BRREG.STATUS(C${i + 2})`,
      `=BRREG.STATUS(D${i + 2})`,
    ]);
    const found = findCombinable("S", 1, 0, formulas);
    expect(found.map((c) => c.address)).toEqual(["A2:A5", "B2:B5"]);
    const table = { sheet: "s", row: 4, column: 1, rowCount: 10, columnCount: 3 }; // B5:D14
    expect(outsideTables(found, [table]).map((c) => c.address)).toEqual(["A2:A5"]);
    expect(outsideTables(found, [{ ...table, sheet: "Other" }])).toEqual(found);
  });
});

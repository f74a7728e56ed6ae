import {
  addinFunctionsIn,
  columnRangeText,
  isAddinFormula,
  parseCall,
  type CellRef,
} from "../../../../src/core/formulas/formulaCall";

describe("which formulas are the add-in's", () => {
  it("a formula calling KLASS.* or BRREG.* anywhere is; one that only refers to their cells, or names them in text, is not", () => {
    expect(isAddinFormula('=KLASS.CODENAME(131,A2,"2024-01-01")')).toBe(true);
    expect(isAddinFormula('=IFERROR(brreg.enhet(A2,"navn"),"")')).toBe(true);
    expect(isAddinFormula('=C2&" (kommune)"')).toBe(false);
    expect(isAddinFormula('="KLASS.CODENAME(131,A2)"')).toBe(false);
    expect(isAddinFormula("=MYKLASS.CODENAME(1)")).toBe(false);
    expect(isAddinFormula("KLASS.CODENAME(131,A2)")).toBe(false);
    expect(isAddinFormula(42)).toBe(false);
  });

  it("lists the functions a formula calls", () => {
    expect(addinFunctionsIn('=KLASS.CODENAME(131,BRREG.ENHET(A2,"kommunenummer"))&"KLASS.CODES("')).toEqual([
      "BRREG.ENHET",
      "KLASS.CODENAME",
    ]);
  });
});

describe("one call and its arguments", () => {
  it("keeps commas and semicolons inside text, quoted sheet names and nested calls in their argument", () => {
    const call = parseCall(`=KLASS.CODENAME(131,'Data, 2024'!$A2,"a, ""b""; c",MAX(1,2),{1;2},)`)!;
    expect(call.name).toBe("KLASS.CODENAME");
    expect(call.args.map((a) => [a.kind, a.text])).toEqual([
      ["literal", "131"],
      ["ref", "'Data, 2024'!$A2"],
      ["literal", '"a, ""b""; c"'],
      ["other", "MAX(1,2)"],
      ["other", "{1;2}"],
      ["missing", ""],
    ]);
    const ref = call.args[1] as CellRef;
    expect([ref.sheetPrefix, ref.columnAbsolute, ref.column, ref.rowAbsolute, ref.row]).toEqual([
      "'Data, 2024'!",
      true,
      "A",
      false,
      2,
    ]);
  });

  it("reads semicolons as separators (formulasLocal) and classifies absolute, relative and ranged references", () => {
    const call = parseCall("=BRREG.ENHET(Ark1!B$7; $C$1; A2:A9; TRUE)")!;
    expect(call.args.map((a) => a.kind)).toEqual(["ref", "ref", "other", "literal"]);
    expect((call.args[0] as CellRef).rowAbsolute).toBe(true);
    expect((call.args[1] as CellRef).columnAbsolute && (call.args[1] as CellRef).rowAbsolute).toBe(true);
  });

  it("refuses what is not exactly one call", () => {
    expect(parseCall('=KLASS.CODENAME(131,A2)&"x"')).toBeUndefined();
    expect(parseCall('=KLASS.CODENAME(131,"A2)')).toBeUndefined();
    expect(parseCall("=1+2")).toBeUndefined();
    expect(parseCall("=KLASS.INFO()")!.args).toEqual([]);
  });

  it("does not take names or columns past XFD for references", () => {
    expect(parseCall("=F(XFE1,XFD1,Z9)")!.args.map((a) => a.kind)).toEqual(["other", "ref", "ref"]);
  });

  it("turns a reference into the column range it heads", () => {
    const ref = parseCall("=F('My data'!$A2)")!.args[0] as CellRef;
    expect(columnRangeText(ref, 10000)).toBe("'My data'!$A2:$A10001");
  });
});

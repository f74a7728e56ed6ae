import { findCombinable } from "../../../../src/core/formulas/combine";
import {
  combinedRecord,
  fillDown,
  originalFormulas,
  parseCombined,
  serializeCombined,
} from "../../../../src/core/formulas/combined";

describe("keeping the original formulas of a combined range", () => {
  it("a plain fill-down is kept as its first formula and restored formula by formula", () => {
    const formulas = Array.from({ length: 100000 }, (_, i) => [`=KLASS.CODENAME(131,A${i + 2},$B$1)`]);
    const [candidate] = findCombinable("Data", 1, 2, formulas);
    const record = combinedRecord(candidate!, "2026-01-01T00:00:00Z");
    expect(record.originals).toEqual({ filledFrom: "=KLASS.CODENAME(131,A2,$B$1)" });
    expect(serializeCombined([record]).length).toBeLessThan(400);
    const back = parseCombined(serializeCombined([record]));
    expect(originalFormulas(back[0]!)).toEqual(formulas.map(([f]) => f));
  });

  it("formulas that are not written exactly as a fill-down would write them are kept verbatim", () => {
    const formulas = [["=KLASS.CODENAME(131, A2)"], ["=KLASS.CODENAME(131, A3)"]];
    const record = combinedRecord(findCombinable("S", 1, 0, formulas)[0]!, "now");
    expect(record.originals).toEqual(["=KLASS.CODENAME(131, A2)", "=KLASS.CODENAME(131, A3)"]);
    expect(originalFormulas(record)).toEqual(formulas.map(([f]) => f));
  });

  it("moves relative rows only", () => {
    expect(fillDown("=KLASS.CODENAME(131,'X y'!A2,B$1,$C3)", 3)).toBe("=KLASS.CODENAME(131,'X y'!A5,B$1,$C6)");
    expect(fillDown("=1+2", 1)).toBeUndefined();
  });

  it("drops unreadable settings and records with a wrong count of formulas", () => {
    expect(parseCombined("{not json")).toEqual([]);
    expect(
      parseCombined(
        JSON.stringify([
          {
            sheet: "S",
            row: 0,
            column: 0,
            rowCount: 3,
            functionName: "F",
            combined: "=F()",
            originals: ["=a"],
            at: "t",
          },
        ]),
      ),
    ).toEqual([]);
  });
});

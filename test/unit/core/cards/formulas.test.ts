import { brregCardFormula, klassCardFormula } from "../../../../src/core/cards/formulas";

describe("the formulas Insert card writes", () => {
  test("BRREG.KORT with the number as text", () => {
    expect(brregCardFormula("923609016")).toBe('=BRREG.KORT("923609016")');
  });

  test("KLASS.KORT keeps the code's leading zeros, drops omitted trailing arguments, names a language other than nb", () => {
    expect(klassCardFormula({ classificationId: 131, code: "0301" })).toBe('=KLASS.KORT(131,"0301")');
    expect(klassCardFormula({ classificationId: 131, code: "0301", date: "2024-01-01", language: "nb" })).toBe(
      '=KLASS.KORT(131,"0301","2024-01-01")',
    );
    expect(klassCardFormula({ classificationId: 6, code: 'A"B', language: "en" })).toBe('=KLASS.KORT(6,"A""B",,"en")');
  });
});

import { codeIndex, findCode, resolveCode } from "../../../../src/core/klass";
import type { KlassCode } from "../../../../src/core/klass";
import { fixture } from "../../../support/fakeKlassApi";

const k131 = fixture<{ codes: KlassCode[] }>("codesAt-131-2016-01-01").codes;
const item = (code: string, level = "1", parentCode: string | null = null): KlassCode => ({
  code,
  parentCode,
  level,
  name: code,
});

describe("code index and normalisation (derived from the list)", () => {
  test("index is memoised per loaded list; exact hits are a Map get", () => {
    expect(codeIndex(k131)).toBe(codeIndex(k131));
    expect(k131).toHaveLength(429);
    expect(findCode(codeIndex(k131), "0101")?.name).toBe("Halden");
  });
  test("leading zeros restored to the widths the list uses", () => {
    const index = codeIndex(k131);
    expect(resolveCode(index, "301")).toBe("0301");
    expect(resolveCode(index, "101")).toBe("0101");
    expect(resolveCode(index, "1")).toBeUndefined();
  });
  test("separators restored when exactly one code matches", () => {
    const index = codeIndex([
      item("01"),
      item("01.1", "2", "01"),
      item("01.11", "3"),
      item("01.110", "4"),
      item("01.120", "4"),
    ]);
    expect(resolveCode(index, "01110")).toBe("01.110");
    expect(resolveCode(index, "1.11")).toBe("01.11");
    expect(resolveCode(index, "011")).toBe("01.1");
  });
  test("ambiguous input is #VALUE! naming the candidates, never a silent pick", () => {
    const index = codeIndex([item("1.10"), item("11.0")]);
    expect(() => resolveCode(index, "110")).toThrow(
      expect.objectContaining({
        kind: "invalid-input",
        message: expect.stringMatching(/110 is ambiguous: it could be 1\.10 or 11\.0/),
      }),
    );
    expect(() => resolveCode(index, "110")).toThrow(/ambiguous/); // remembered, still thrown
    const padded = codeIndex([item("01"), item("001")]);
    expect(() => findCode(padded, "1")).toThrow(/could be 001 or 01/);
  });
  test("zero-padding keeps the input's separators before any separator-free match (Excel's 1.1 is 01.1, not 11)", () => {
    const index = codeIndex([
      item("01"),
      item("01.1"),
      item("02"),
      item("02.1"),
      item("11"),
      item("21"),
      item("01.110"),
    ]);
    expect(resolveCode(index, "1.1")).toBe("01.1");
    expect(resolveCode(index, "2.1")).toBe("02.1");
    expect(resolveCode(index, "11")).toBe("11");
    expect(resolveCode(index, "1.110")).toBe("01.110");
    expect(resolveCode(index, "1110")).toBe("01.110"); // no separator typed: padded, then separator-free
    expect(resolveCode(index, "011")).toBe("01.1");
  });
  test("separator-free matching only when the input has no separator", () => {
    const index = codeIndex([item("11"), item("01.110")]);
    expect(resolveCode(index, "1.1")).toBeUndefined(); // not 11: "1.1" is some code with a dot
    expect(resolveCode(index, "0111.0")).toBeUndefined();
    expect(resolveCode(index, "01110")).toBe("01.110");
  });
  test("the first of a duplicated code wins (range answers list a renamed code twice)", () => {
    const index = codeIndex([
      { ...item("18"), name: "Nordland" },
      { ...item("18"), name: "Nordland - Nordlánnda" },
    ]);
    expect(findCode(index, "18")?.name).toBe("Nordland");
  });
});

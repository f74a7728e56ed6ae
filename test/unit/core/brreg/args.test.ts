import { nameList, singleValue } from "../../../../src/core/brreg/args";
import { isInvalidInputError } from "../../../../src/core/errors";

describe("singleValue (one-cell BRREG arguments)", () => {
  it("unwraps a scalar, a 1×1 range and a 1-element array", () => {
    expect(singleValue(923609016, "orgnr")).toBe(923609016);
    expect(singleValue([[923609016]], "orgnr")).toBe(923609016);
    expect(singleValue(["Sesam"], "navn")).toBe("Sesam");
    expect(singleValue(undefined, "max")).toBeUndefined();
    expect(singleValue(null, "max")).toBeNull();
  });

  it("treats an empty array as omitted", () => {
    expect(singleValue([], "max")).toBeUndefined();
    expect(singleValue([[]], "max")).toBeUndefined();
  });

  it("rejects a range of several cells instead of taking its first cell", () => {
    for (const [range, cells] of [
      [[[1], [2]], 2],
      [[[1, 2, 3]], 3],
      [[1, 2], 2],
      [
        [
          [1, 2],
          [3, 4],
        ],
        4,
      ],
    ] as const) {
      let caught: unknown;
      try {
        singleValue(range, "orgnr");
      } catch (error) {
        caught = error;
      }
      expect(isInvalidInputError(caught)).toBe(true);
      expect((caught as Error).message).toBe(`orgnr takes one value, not a range of ${cells} cells`);
    }
  });
});

describe("nameList (fields, role codes)", () => {
  it("splits on commas, semicolons and line breaks, trimming", () => {
    expect(nameList("navn, antallAnsatte;konkurs\nstatus")).toEqual(["navn", "antallAnsatte", "konkurs", "status"]);
    expect(nameList("navn\r\nstatus")).toEqual(["navn", "status"]);
  });

  it("reads a range row by row, skipping blank cells (also no-break spaces)", () => {
    expect(
      nameList([
        ["DAGL", null],
        ["", "LEDE;NEST"],
        ["\u00a0", " "],
      ]),
    ).toEqual(["DAGL", "LEDE", "NEST"]);
    expect(nameList(["a", "b"])).toEqual(["a", "b"]);
  });

  it("is empty for an omitted argument", () => {
    for (const omitted of [undefined, null, "", " ,; ", [[null]], []]) expect(nameList(omitted)).toEqual([]);
  });

  it("keeps numbers as their text", () => {
    expect(nameList([[5, "x"]])).toEqual(["5", "x"]);
  });
});

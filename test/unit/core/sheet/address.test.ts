import { blockAddress, columnIndex, columnLetters, parseAddress } from "../../../../src/core/sheet/address";

describe("A1 addresses", () => {
  it("converts columns both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });

  it("formats and parses blocks", () => {
    expect(blockAddress(1, 1, 2000, 1)).toBe("B2:B2001");
    expect(blockAddress(0, 0, 1, 1)).toBe("A1");
    expect(parseAddress("'My sheet'!$B$2:D10")).toEqual({ row: 1, column: 1, rowCount: 9, columnCount: 3 });
    expect(() => parseAddress("R1C1")).toThrow(/Not an A1 address/);
  });
});

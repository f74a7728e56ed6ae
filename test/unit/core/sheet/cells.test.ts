import { needsTextFormat, numberFormatsFor, TEXT_FORMAT } from "../../../../src/core/sheet/cells";

describe("cells that must be written as text", () => {
  it("protects formula triggers and leading zeros, not ordinary values", () => {
    for (const risky of ['=HYPERLINK("http://x")', "+47 22 00 00 00", "-1", "@SUM(A1)", "0301", "01.110"])
      expect(needsTextFormat(risky)).toBe(true);
    for (const plain of ["Oslo", "3001", "", 301, -5, true, null]) expect(needsTextFormat(plain)).toBe(false);
  });

  it("formats whole code columns as text", () => {
    expect(
      numberFormatsFor(
        [
          ["0301", "Oslo", 7],
          ["3001", "=x", 8],
        ],
        new Set([0]),
      ),
    ).toEqual([
      [TEXT_FORMAT, "General", "General"],
      [TEXT_FORMAT, TEXT_FORMAT, "General"],
    ]);
  });
});

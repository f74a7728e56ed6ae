import { blockAddress, columnIndex, columnLetters, parseAddress } from "../../../src/core/sheet/address";
import { needsTextFormat, numberFormatsFor, TEXT_FORMAT } from "../../../src/core/sheet/cells";
import { estimateCellBytes, planRowChunks } from "../../../src/core/sheet/chunks";

describe("cells that must be written as text", () => {
  it("protects formula triggers and leading zeros, not ordinary values", () => {
    for (const risky of ["=HYPERLINK(\"http://x\")", "+47 22 00 00 00", "-1", "@SUM(A1)", "0301", "01.110"]) expect(needsTextFormat(risky)).toBe(true);
    for (const plain of ["Oslo", "3001", "", 301, -5, true, null]) expect(needsTextFormat(plain)).toBe(false);
  });

  it("formats whole code columns as text", () => {
    expect(numberFormatsFor([["0301", "Oslo", 7], ["3001", "=x", 8]], new Set([0]))).toEqual([
      [TEXT_FORMAT, "General", "General"],
      [TEXT_FORMAT, TEXT_FORMAT, "General"],
    ]);
  });
});

describe("chunking writes under the Office.js payload limit", () => {
  it("keeps every chunk under the budget and covers every row once, in order", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [String(900_000_000 + i), `Company number ${i} AS`, i % 500]);
    const budget = 1024 * 1024;
    const chunks = planRowChunks(rows, budget);
    expect(chunks.length).toBeGreaterThan(1);
    let next = 0;
    for (const chunk of chunks) {
      expect(chunk.start).toBe(next);
      expect(chunk.bytes).toBeLessThanOrEqual(budget);
      next += chunk.count;
    }
    expect(next).toBe(rows.length);
  });

  it("counts number formats into the payload", () => {
    expect(estimateCellBytes("0301", "@")).toBeLessThan(estimateCellBytes("0301", "General"));
    expect(planRowChunks([], 10)).toEqual([]);
    // A single row larger than the budget still goes out, alone.
    expect(planRowChunks([["x".repeat(100)], ["y"]], 50).map((c) => c.count)).toEqual([1, 1]);
  });
});

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

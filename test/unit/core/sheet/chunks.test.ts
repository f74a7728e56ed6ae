import { estimateCellBytes, planRowChunks } from "../../../../src/core/sheet/chunks";

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

import { DEFAULT_CHUNK_ROWS, WriteBuffer, fetchChunkRows, planChunks } from "../../../../src/core/enrich";
import type { CellValue } from "../../../../src/core/sheet/cells";

const rows = (from: number, count: number): CellValue[][] =>
  Array.from({ length: count }, (_, i) => [`row ${from + i}`]);
const formats = (count: number): string[][] => Array.from({ length: count }, () => ["General"]);

describe("fetch chunks", () => {
  it("plans consecutive chunks", () => {
    expect(planChunks(5, 2)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
    expect(planChunks(0, 10)).toEqual([]);
  });

  it("sizes a batching job's chunks in whole batches: one per connection by default, a requested size rounded down", () => {
    const batching = { rows: 791, parallel: 6 };
    expect(fetchChunkRows(batching)).toBe(4746);
    expect(fetchChunkRows(batching, 2000)).toBe(1582);
    expect(fetchChunkRows(batching, 791)).toBe(791);
    // Below one batch (progress on small columns): as asked.
    expect(fetchChunkRows(batching, 250)).toBe(250);
  });

  it("keeps a non-batching job (KLASS) at the requested size or the default", () => {
    expect(fetchChunkRows(undefined)).toBe(DEFAULT_CHUNK_ROWS);
    expect(fetchChunkRows(undefined, 120)).toBe(120);
  });
});

describe("WriteBuffer", () => {
  it("holds the open write back until the budget closes it or the run ends", () => {
    // Each row: 2 + ("row n": 12 + "General" 7 + 6) = 27 bytes; budget 100 → 3 rows per write.
    const buffer = new WriteBuffer(100);
    buffer.add(rows(0, 2), formats(2));
    expect(buffer.take(false)).toEqual([]);
    buffer.add(rows(2, 5), formats(5));
    const ready = buffer.take(false);
    expect(ready.map((w) => [w.offset, w.values.length])).toEqual([
      [0, 3],
      [3, 3],
    ]);
    expect(buffer.rows).toBe(1);
    const rest = buffer.take(true);
    expect(rest.map((w) => [w.offset, w.values.length])).toEqual([[6, 1]]);
    expect(rest[0]!.values).toEqual([["row 6"]]);
    expect(buffer.take(true)).toEqual([]);
  });

  it("releases a write full by row count at once", () => {
    const buffer = new WriteBuffer(1_000_000, 4);
    buffer.add(rows(0, 8), formats(8));
    expect(buffer.take(false).map((w) => [w.offset, w.values.length])).toEqual([
      [0, 4],
      [4, 4],
    ]);
    buffer.add(rows(8, 3), formats(3));
    expect(buffer.take(false)).toEqual([]);
    expect(buffer.take(true).map((w) => [w.offset, w.values.length])).toEqual([[8, 3]]);
  });
});

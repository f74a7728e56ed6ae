import {
  brregEnrichJob,
  klassEnrichJob,
  runEnrich,
  type EnrichJob,
  type EnrichWrite,
} from "../../../../src/core/enrich";
import type { CellValue } from "../../../../src/core/sheet/cells";
import { fakeWorld, validOrgnr } from "../../../support/fakeWorld";

const echo: EnrichJob = {
  headers: ["a", "b"],
  compute: async (keys) => keys.map((k) => [`${String(k)}-a`, `${String(k)}-b`]),
};

describe("runEnrich", () => {
  it("fills every row in chunks with progress (chunkRows caps each write)", async () => {
    const keys = Array.from({ length: 1050 }, (_, i) => String(i));
    const writes: EnrichWrite[] = [];
    const progress: number[] = [];
    const result = await runEnrich(keys, echo, async (w) => void writes.push(w), {
      chunkRows: 500,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual({ rows: 1050, cancelled: false, filled: 1050, failed: 0 });
    expect(writes.map((w) => [w.offset, w.values.length])).toEqual([
      [0, 500],
      [500, 500],
      [1000, 50],
    ]);
    expect(progress).toEqual([500, 1000, 1050]);
    expect(writes[2]!.values[49]).toEqual(["1049-a", "1049-b", ""]);
  });

  it("splits a chunk's write under the byte budget and pads short rows so every row is complete (values, then the note)", async () => {
    const job: EnrichJob = { headers: ["x", "y"], compute: async (keys) => keys.map(() => ["y".repeat(100)]) };
    const writes: EnrichWrite[] = [];
    await runEnrich(
      Array.from({ length: 100 }, () => "k"),
      job,
      async (w) => void writes.push(w),
      { chunkRows: 100, budgetBytes: 2_000 },
    );
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.every((w) => w.values.every((row) => row.length === 3 && row[1] === ""))).toBe(true);
    expect(writes.reduce((n, w) => n + w.values.length, 0)).toBe(100);
  });

  it("stops between writes when cancelled: written rows complete, the rest untouched", async () => {
    const controller = new AbortController();
    const sheet = new Map<number, CellValue[]>();
    const result = await runEnrich(
      Array.from({ length: 1000 }, (_, i) => i),
      echo,
      async (w) => {
        w.values.forEach((row, r) => sheet.set(w.offset + r, row));
        if (sheet.size >= 300) controller.abort();
      },
      { chunkRows: 100, signal: controller.signal },
    );
    expect(result).toEqual({ rows: 300, cancelled: true, filled: 300, failed: 0 });
    expect([...sheet.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect([...sheet.values()].every((row) => row.length === 3 && row.slice(0, 2).every((v) => v !== ""))).toBe(true);
  });

  it("formats formula-like values, code columns and the note as text", async () => {
    const job: EnrichJob = {
      headers: ["code", "name"],
      textColumns: new Set([0]),
      compute: async () => [["1818", "=HACK()"]],
    };
    const writes: EnrichWrite[] = [];
    await runEnrich(["x"], job, async (w) => void writes.push(w));
    expect(writes[0]!.numberFormats).toEqual([["@", "@", "@"]]);
  });
});

describe("enrichment jobs", () => {
  it("adds BRREG fields per orgnr, with an Error in the cells of a number that is not valid", async () => {
    const world = fakeWorld();
    const job = brregEnrichJob(world.deps.brreg, [
      "navn",
      "organisasjonsform.kode",
      "forretningsadresse.kommunenummer",
    ]);
    expect(job.headers).toEqual(["navn", "organisasjonsform.kode", "forretningsadresse.kommunenummer"]);
    expect([...(job.textColumns ?? [])]).toEqual([1, 2]);
    const [first, second] = validOrgnr(2);
    const rows = await job.compute([first!, Number(second), "", "123"]);
    expect(rows[0]).toEqual(["FIRMA 0 AS", "AS", "0301"]);
    expect(rows[1]).toEqual(["FIRMA 1 AS", "AS", "0301"]);
    expect(rows[2]).toEqual(["", "", ""]);
    expect(rows[3]![0]).toBeInstanceOf(Error);
  });

  it("adds KLASS name, level, parent and correspondence per code at a date", async () => {
    const world = fakeWorld();
    const job = klassEnrichJob(
      { klass: world.deps.klass, now: world.deps.now },
      {
        classificationId: 131,
        date: "2024-06-01",
        additions: [{ kind: "name" }, { kind: "level" }, { kind: "correspondence", target: 104 }],
      },
    );
    expect(job.headers).toEqual(["131 name", "131 level", "104 code"]);
    const rows = await job.compute(["0301", 301, "9999"]);
    expect(rows[0]).toEqual(["Oslo", 1, "03"]);
    expect(rows[1]).toEqual(["Oslo", 1, "03"]);
    expect(rows[2]![0]).toBeInstanceOf(Error);
  });
});

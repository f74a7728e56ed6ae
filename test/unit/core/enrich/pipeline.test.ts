import { DEFAULT_CONFIG } from "../../../../src/core/config";
import {
  brregBatching,
  brregEnrichJob,
  klassEnrichJob,
  runEnrich,
  type EnrichJob,
  type EnrichWrite,
} from "../../../../src/core/enrich";
import type { CellValue } from "../../../../src/core/sheet/cells";
import { fakeWorld } from "../../../support/fakeWorld";
import { TEST_LIMITS, batchedBrreg } from "./batchedBrreg";

/** A job whose chunks the test settles by hand, in any order. */
function manualJob(batching?: { rows: number; parallel: number }) {
  const chunks: { keys: readonly CellValue[]; resolve: () => void; reject: (error: Error) => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const job: EnrichJob = {
    headers: ["v"],
    ...(batching ? { batching } : {}),
    compute: (keys) =>
      new Promise<CellValue[][]>((resolve, reject) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        const done = () => running--;
        chunks.push({
          keys,
          resolve: () => {
            done();
            resolve(keys.map((k) => [`v${String(k)}`]));
          },
          reject: (error) => {
            done();
            reject(error);
          },
        });
      }),
  };
  return { job, chunks, maxRunning: () => maxRunning };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const keysOf = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("runEnrich: fetching decoupled from writing", () => {
  it("fetches whole batches, at most two chunks at once, and writes in key order however chunks finish", async () => {
    const { job, chunks, maxRunning } = manualJob({ rows: 10, parallel: 3 });
    const writes: EnrichWrite[] = [];
    const run = runEnrich(keysOf(100), job, async (w) => void writes.push(w));
    await tick();
    expect(chunks.map((c) => c.keys.length)).toEqual([30, 30]);
    chunks[1]!.resolve();
    await tick();
    expect(chunks).toHaveLength(2); // chunk 1 is done but not written: it still counts
    expect(writes).toEqual([]);
    chunks[0]!.resolve();
    await tick();
    expect(chunks.map((c) => c.keys.length)).toEqual([30, 30, 30, 10]);
    chunks[3]!.resolve();
    chunks[2]!.resolve();
    expect(await run).toEqual({ rows: 100, cancelled: false, filled: 100, failed: 0 });
    expect(maxRunning()).toBe(2);
    // One write per fetch chunk, in key order, as soon as the chunks before it are written.
    expect(writes.map((w) => [w.offset, w.values.length])).toEqual([
      [0, 30],
      [30, 30],
      [60, 30],
      [90, 10],
    ]);
    expect(writes.flatMap((w) => w.values.map((row) => row[0]))).toEqual(keysOf(100).map((k) => `v${k}`));
  });

  it("splits a chunk larger than the budget into budget-sized writes, contiguous and in order, with progress per write", async () => {
    const job: EnrichJob = {
      headers: ["a", "b"],
      batching: { rows: 50, parallel: 1 },
      compute: async (keys) => keys.map((k) => [`k${String(k).padStart(3, "0")}`, "b"]),
    };
    const writes: EnrichWrite[] = [];
    const progress: number[] = [];
    // A row: 2 + ("k000": 4×2+2 + "General" 7 + 6) + ("b": 1×2+2 + 13) + (the note "": 2 + "@" 1 + 6)
    // = 51 bytes; 1,000 bytes hold 19 rows.
    await runEnrich(keysOf(100), job, async (w) => void writes.push(w), {
      budgetBytes: 1_000,
      onProgress: (done) => progress.push(done),
    });
    expect(writes.map((w) => w.values.length)).toEqual([19, 19, 12, 19, 19, 12]);
    expect(writes.map((w) => w.offset)).toEqual([0, 19, 38, 50, 69, 88]);
    expect(progress).toEqual([19, 38, 50, 69, 88, 100]);
    expect(writes.flatMap((w) => w.values.map((row) => row[0]))).toEqual(
      keysOf(100).map((k) => `k${String(k).padStart(3, "0")}`),
    );
  });

  it("cancelled while chunks are in flight: no write after the cancel, fetched rows dropped, no chunk started", async () => {
    const { job, chunks } = manualJob();
    const controller = new AbortController();
    const writes: EnrichWrite[] = [];
    const run = runEnrich(
      keysOf(100),
      job,
      async (w) => {
        writes.push(w);
        controller.abort();
      },
      { chunkRows: 10, signal: controller.signal },
    );
    await tick();
    chunks[1]!.resolve(); // fetched, never written
    chunks[0]!.resolve();
    expect(await run).toEqual({ rows: 10, cancelled: true, filled: 10, failed: 0 });
    const started = chunks.length;
    expect(started).toBe(3); // chunk 2 started before the write that cancelled
    for (const c of chunks) c.resolve();
    await tick();
    expect(chunks).toHaveLength(started);
    expect(writes.map((w) => [w.offset, w.values.length])).toEqual([[0, 10]]);
  });

  it("cancelled while waiting for a chunk: returns at once with the rows already written", async () => {
    const { job, chunks } = manualJob();
    const controller = new AbortController();
    const writes: EnrichWrite[] = [];
    const run = runEnrich(keysOf(30), job, async (w) => void writes.push(w), {
      chunkRows: 10,
      signal: controller.signal,
    });
    await tick();
    chunks[0]!.resolve();
    await tick();
    controller.abort();
    chunks[1]!.resolve();
    expect(await run).toEqual({ rows: 10, cancelled: true, filled: 10, failed: 0 });
    expect(writes.map((w) => w.offset)).toEqual([0]);
  });

  it("a chunk that fails as a whole fails each of its rows (empty value, the reason in the note) and the run goes on", async () => {
    const { job, chunks } = manualJob({ rows: 10, parallel: 1 });
    const writes: EnrichWrite[] = [];
    const run = runEnrich(keysOf(40), job, async (w) => void writes.push(w), {
      reason: (error) => `note: ${error.message}`,
    });
    await tick();
    chunks[0]!.resolve();
    await tick();
    chunks[2]!.resolve();
    chunks[1]!.reject(new Error("503 after 3 attempts"));
    await tick();
    chunks[3]!.resolve();
    expect(await run).toEqual({ rows: 40, cancelled: false, filled: 30, failed: 10 });
    const rows = writes.flatMap((w) => w.values);
    expect(rows[9]).toEqual(["v9", ""]);
    expect(rows.slice(10, 20).every((row) => row[0] === "" && row[1] === "note: 503 after 3 attempts")).toBe(true);
    expect(rows[20]).toEqual(["v20", ""]);
  });
});

describe("runEnrich: BRREG list requests", () => {
  it("takes its batch size from the fetch layer's limits", () => {
    expect(brregBatching(DEFAULT_CONFIG)).toEqual({ rows: 791, parallel: 6 });
    expect(brregBatching(TEST_LIMITS)).toEqual({ rows: 79, parallel: 6 });
    expect(brregEnrichJob(batchedBrreg(0).data, ["navn"], TEST_LIMITS).batching).toEqual({ rows: 79, parallel: 6 });
  });

  it("reaches the minimum, ceil(rows / batch max), with every request full but the last", async () => {
    const brreg = batchedBrreg(2_500);
    const writes: EnrichWrite[] = [];
    const job = brregEnrichJob(brreg.data, ["navn", "organisasjonsform.kode"], TEST_LIMITS);
    const result = await brreg.clock.run(runEnrich(brreg.orgnr, job, async (w) => void writes.push(w)));
    expect(result).toEqual({ rows: 2_500, cancelled: false, filled: 2_500, failed: 0 });
    expect(brreg.requests).toHaveLength(Math.ceil(2_500 / 79));
    expect(brreg.requests.filter((n) => n !== 79)).toHaveLength(1);
    // One write per fetch chunk (79 × 6 = 474 rows), covering every row once, in order.
    expect(writes.map((w) => w.offset)).toEqual([0, 474, 948, 1422, 1896, 2370]);
    expect(writes.flatMap((w) => w.values)[2_499]).toEqual([`FIRMA ${brreg.orgnr[2_499]}`, "AS", ""]);
  });

  it("with small chunks for progress (below one batch): every row still written once, in order", async () => {
    const brreg = batchedBrreg(300);
    const writes: EnrichWrite[] = [];
    const job = brregEnrichJob(brreg.data, ["navn"], TEST_LIMITS);
    await brreg.clock.run(runEnrich(brreg.orgnr, job, async (w) => void writes.push(w), { chunkRows: 25 }));
    expect(writes.map((w) => w.values.length)).toEqual(Array(12).fill(25));
    expect(writes.map((w) => w.offset)).toEqual(Array.from({ length: 12 }, (_, i) => i * 25));
    // One request per chunk at most (two chunks started together share a batch window).
    expect(brreg.requests.length).toBeLessThanOrEqual(12);
  });

  it("per-row errors stay in their rows: the value cell empty, the reason in the note column", async () => {
    const brreg = batchedBrreg(3);
    const writes: EnrichWrite[] = [];
    await brreg.clock.run(
      runEnrich(
        [brreg.orgnr[0]!, "123", "", brreg.orgnr[2]!],
        brregEnrichJob(brreg.data, ["navn"], TEST_LIMITS),
        async (w) => void writes.push(w),
      ),
    );
    const values = writes.flatMap((w) => w.values);
    expect(values[0]).toEqual([`FIRMA ${brreg.orgnr[0]}`, ""]);
    expect(values[1]![0]).toBe("");
    expect(values[1]![1]).toMatch(/123/);
    expect(values[2]).toEqual(["", ""]);
    expect(values[3]).toEqual([`FIRMA ${brreg.orgnr[2]}`, ""]);
  });
});

describe("runEnrich: KLASS", () => {
  it("does not batch per row: chunks of the default size, every code filled", async () => {
    const world = fakeWorld();
    const job = klassEnrichJob(
      { klass: world.deps.klass, now: world.deps.now },
      { classificationId: 131, date: "2024-06-01", additions: [{ kind: "name" }] },
    );
    expect(job.batching).toBeUndefined();
    const sizes: number[] = [];
    const counting: EnrichJob = { ...job, compute: (keys) => (sizes.push(keys.length), job.compute(keys)) };
    const writes: EnrichWrite[] = [];
    const codes = Array.from({ length: 1_200 }, (_, i) => (i % 2 === 0 ? "0301" : "4601"));
    expect(await runEnrich(codes, counting, async (w) => void writes.push(w))).toEqual({
      rows: 1_200,
      cancelled: false,
      filled: 1_200,
      failed: 0,
    });
    expect(sizes).toEqual([500, 500, 200]);
    expect(writes.flatMap((w) => w.values.map((row) => row[0]))).toEqual(
      codes.map((c) => (c === "0301" ? "Oslo" : "Bergen")),
    );
  });
});

/**
 * The fetch layer's promises against the replica servers (replica/): batching, resilience,
 * persistence and revalidation, offline; real HTTP on loopback, with the replica's fault knobs.
 * KLASS's "100,000 code-name look-ups" case lives with the KLASS tests.
 */
import "fake-indexeddb/auto";
import { startReplica } from "../../../replica";
import { effectiveBatchMax } from "../../../src/core/batch/chunk";
import type { Clock } from "../../../src/core/clock";
import { isOfflineError, isServiceUnavailableError, isTimeoutError } from "../../../src/core/errors";
import { createIdbStore } from "../../../src/core/store";
import { useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 4 }, { retryBaseDelayMs: 20 });
const services = h.services;

/** A clock `offsetMs` ahead of real time, to make cached entries stale without waiting. */
function clockAhead(offsetMs: number): Clock {
  return {
    now: () => Date.now() + offsetMs,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
}

const brregCount = (path: string) => h.replica.counts()[`brreg ${path}`] ?? 0;
const enheter = (n: number) => h.replica.data.orgnr.activeEnheter.slice(0, n);

describe("batching", () => {
  it("5,000 distinct orgnr in one tick → ceil(5000 / batch max) list requests; every caller gets its own unit", async () => {
    const s = services();
    const numbers = enheter(5000);
    expect(numbers).toHaveLength(5000);
    const answers = await Promise.all(numbers.map((n) => s.brreg.unit(n)));
    const baseBytes = `${h.replica.brregBaseUrl}/enheter?size=2000&organisasjonsnummer=`.length;
    const batchMax = effectiveBatchMax(
      { maxKeys: s.config.batchMaxKeys, maxUrlBytes: s.config.batchMaxUrlBytes, baseBytes },
      10,
    );
    expect(brregCount("/enheter")).toBe(Math.ceil(5000 / batchMax));
    expect(h.replica.requests).toHaveLength(Math.ceil(5000 / batchMax));
    answers.forEach((answer, i) => {
      expect(answer.state).toBe("found");
      expect(answer.state === "found" && answer.unit.organisasjonsnummer).toBe(numbers[i]);
    });
  });

  it("with batchMaxKeys 500 (URL limit not binding): exactly 10 list requests for 5,000", async () => {
    const s = services({ batchMaxKeys: 500 });
    await Promise.all(enheter(5000).map((n) => s.brreg.unit(n)));
    expect(brregCount("/enheter")).toBe(10);
  });

  it("10,000 identical asks → 1 request", async () => {
    const s = services();
    const [orgnr] = enheter(1);
    const answers = await Promise.all(Array.from({ length: 10_000 }, () => s.brreg.unit(orgnr!)));
    expect(new Set(answers).size).toBe(1);
    expect(h.replica.requests).toHaveLength(1);
  });

  it("a 414 (URL too long) or a 400 about the list: halve and retry, every caller still answered", async () => {
    const s = services();
    h.replica.setFaults({ maxUrlLength: 3000, maxOrgnrList: 150 });
    const numbers = enheter(1200);
    const answers = await Promise.all(numbers.map((n) => s.brreg.unit(n)));
    expect(answers.every((a, i) => a.state === "found" && a.unit.organisasjonsnummer === numbers[i])).toBe(true);
    const statuses = h.replica.requests.map((r) => r.status);
    expect(statuses).toContain(414);
    expect(statuses).toContain(400);
    expect(h.replica.requests.filter((r) => /^\/(under)?enheter\/\d{9}$/.test(r.path))).toHaveLength(0);
  });

  it("a 500 for one batch does not fail keys in another batch", async () => {
    const s = services({ batchMaxKeys: 100 });
    h.replica.setFaults({ failNext: [{ status: 500, pathPattern: /^\/enheter$/ }] });
    const results = await Promise.allSettled(enheter(200).map((n) => s.brreg.unit(n)));
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(100);
    expect(rejected.every((r) => r.status === "rejected" && isServiceUnavailableError(r.reason))).toBe(true);
    expect(results.filter((r) => r.status === "fulfilled" && r.value.state === "found")).toHaveLength(100);
  });

  it("misses of the lists fall back to single look-ups, each number asked once", async () => {
    const s = services();
    const { deleted, removed, underenheter } = h.replica.data.orgnr;
    const asked = [deleted[0]!, removed[0]!, underenheter[0]!];
    const answers = await Promise.all([...asked, ...asked].map((n) => s.brreg.unit(n)));
    expect(answers.slice(0, 3).map((a) => a.state)).toEqual(["deleted", "removed", "found"]);
    expect(brregCount("/enheter")).toBe(1);
    expect(brregCount("/underenheter")).toBe(1);
    const singles = h.replica.requests.filter((r) => /^\/(under)?enheter\/\d{9}$/.test(r.path)).map((r) => r.path);
    expect(new Set(singles).size).toBe(singles.length);
    expect(singles).toContain(`/enheter/${removed[0]}`);
    expect(singles.some((p) => p.endsWith(underenheter[0]!))).toBe(false);
  });
});

describe("resilience", () => {
  it("429 and 503 are retried, obeying Retry-After", async () => {
    const s = services();
    h.replica.setFaults({
      failNext: [
        { status: 429, pathPattern: /^\/enheter/, retryAfterSeconds: 1 },
        { status: 503, pathPattern: /^\/enheter/, retryAfterSeconds: 1 },
      ],
    });
    const [orgnr] = enheter(1);
    await expect(Promise.resolve(s.brreg.unit(orgnr!))).resolves.toMatchObject({ state: "found" });
    const times = h.replica.requests.map((r) => r.at);
    expect(h.replica.requests.map((r) => r.status)).toEqual([429, 503, 200]);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(950);
    expect(s.metrics.snapshot().retries).toBe(2);
  });

  it("a hanging server: every promise settles (rejects) within timeout + margin", async () => {
    const s = services({ timeoutMs: 800, batchMaxKeys: 50 });
    h.replica.setFaults({ hangRate: 1 });
    const started = Date.now();
    const results = await Promise.allSettled(enheter(500).map((n) => s.brreg.unit(n)));
    // 10 list requests over 6 connection slots: two waves, each timing out 800 ms after it is
    // sent (queueing does not count against the timeout). The margin absorbs a loaded machine.
    const waves = Math.ceil(10 / s.config.concurrencyPerHost);
    expect(Date.now() - started).toBeLessThan(waves * 800 + s.config.batchWindowMs + 4000);
    expect(results.every((r) => r.status === "rejected" && isTimeoutError(r.reason))).toBe(true);
  });

  it("an HTML error page becomes ServiceUnavailableError, not a JSON crash", async () => {
    const s = services();
    h.replica.setFaults({ htmlRate: 1 });
    const [orgnr] = enheter(1);
    const error = await Promise.resolve(s.brreg.unit(orgnr!)).catch((e: unknown) => e);
    expect(isServiceUnavailableError(error)).toBe(true);
  });
});

describe("persistence and revalidation", () => {
  it("a new services instance over the same persistent store answers from cache with 0 requests", async () => {
    const numbers = enheter(1000);
    const one = services({ store: createIdbStore({ dbName: "replica-warm" }) });
    const first = await Promise.all(numbers.map((n) => one.brreg.unit(n)));
    await one.close();
    h.replica.resetLog();
    const two = services({ store: createIdbStore({ dbName: "replica-warm" }) });
    const again = await Promise.all(numbers.map((n) => two.brreg.unit(n)));
    expect(again).toEqual(first);
    expect(h.replica.requests).toHaveLength(0);
  });

  it("after mutate(), revalidation makes 1 request per API plus refetches of exactly the changed entries", async () => {
    const s = services();
    const numbers = enheter(50);
    await Promise.all(numbers.map((n) => s.brreg.unit(n)));
    const today = new Date().toISOString().slice(0, 10);
    const codes = (id: number) => ({
      key: `klass/${id}/test/codesAt/${today}/nb`,
      api: "klass" as const,
      url: `${h.replica.klassBaseUrl}/classifications/${id}/codesAt?date=${today}&language=nb`,
      transform: (body: unknown) => (body as { codes: Array<{ code: string; name: string }> }).codes,
    });
    const before = (await s.cache.get(codes(131))) as Array<{ code: string; name: string }>;
    await s.cache.get(codes(104));
    const code = before[0]!.code;

    h.replica.mutate({ kind: "brreg-unit", orgnr: numbers[3]!, patch: { navn: "Nytt Navn AS" } });
    h.replica.mutate({ kind: "brreg-unit", orgnr: numbers[7]!, patch: { navn: "Annet Navn AS" } });
    h.replica.mutate({ kind: "brreg-delete", orgnr: numbers[9]!, slettedato: "2026-01-01" });
    h.replica.mutate({ kind: "klass-rename", classificationId: 131, code, name: "Omdøpt" });
    h.replica.resetLog();

    const report = await s.revalidate();
    const paths = h.replica.requests.map((r) => `${r.api} ${r.path}`);
    expect(paths.filter((p) => p === "brreg /oppdateringer/enheter")).toHaveLength(1);
    expect(paths.filter((p) => p === "klass /classifications")).toHaveLength(1);
    // The changed units come back in one list request (the deleted one is not in lists: its single
    // look-up follows, as on a cold load); 131's metadata says which version changed, and the
    // cached code list (a key shape revalidation does not know) is refetched as its version changed.
    expect(paths.filter((p) => !p.endsWith("/oppdateringer/enheter") && p !== "klass /classifications").sort()).toEqual(
      [
        "brreg /enheter",
        "brreg /enheter/" + numbers[9],
        "klass /classifications/131",
        "klass /classifications/131/codesAt",
      ].sort(),
    );
    expect(
      h.replica.requests
        .find((r) => r.path === "/enheter")
        ?.query.organisasjonsnummer?.split(",")
        .sort(),
    ).toEqual([numbers[3], numbers[7], numbers[9]].sort());
    expect(report.brreg).toMatchObject({ refetched: 3 });
    expect(report.klass).toMatchObject({ refetched: 1 });
    expect(s.brreg.unit(numbers[3]!)).toMatchObject({ state: "found", unit: { navn: "Nytt Navn AS" } });
    expect(s.brreg.unit(numbers[9]!)).toMatchObject({ state: "deleted" });
    expect((s.cache.get(codes(131)) as Array<{ code: string; name: string }>).find((c) => c.code === code)?.name).toBe(
      "Omdøpt",
    );
  });

  it("a removal (Fjernet / 410) evicts the unit on revalidation", async () => {
    const s = services();
    const [orgnr] = enheter(1);
    await s.brreg.unit(orgnr!);
    h.replica.mutate({ kind: "brreg-remove", orgnr: orgnr! });
    await s.revalidate();
    const after = await Promise.resolve(s.brreg.unit(orgnr!));
    expect(after).toMatchObject({ state: "removed", orgnr });
  });
});

describe("offline", () => {
  it("offline with a warm store: cached values are served and counted stale", async () => {
    const small = await startReplica({ seed: 5, enheter: 300, underenheter: 50 });
    const store = createIdbStore({ dbName: "replica-offline" });
    const numbers = small.data.orgnr.activeEnheter.slice(0, 20);
    const one = services({ store }, small);
    await Promise.all(numbers.map((n) => one.brreg.unit(n)));
    await one.close();
    await small.close();
    const two = services({ store, clock: clockAhead(25 * 60 * 60 * 1000) }, small);
    const answers = await Promise.all(numbers.map((n) => two.brreg.unit(n)));
    expect(answers.every((a) => a.state === "found")).toBe(true);
    expect(two.metrics.snapshot().staleServes).toBe(20);
  });

  it("offline with a cold store: OfflineError, promptly", async () => {
    const small = await startReplica({ seed: 6, enheter: 300, underenheter: 50 });
    const numbers = small.data.orgnr.activeEnheter.slice(0, 20);
    await small.close();
    const cold = services({}, small);
    const started = Date.now();
    const results = await Promise.allSettled(numbers.map((n) => cold.brreg.unit(n)));
    expect(results.every((r) => r.status === "rejected" && isOfflineError(r.reason))).toBe(true);
    // Promptly: short backoffs only, far below the request timeout (room for a loaded machine).
    expect(Date.now() - started).toBeLessThan(cold.config.timeoutMs / 3);
  });
});

/**
 * BRREG look-ups through the fetch layer against the replica servers: unknown numbers and search
 * pages are cached (and dropped when the feed reports a change), and a burst of look-ups queues
 * for connection slots without timing out requests that were never sent.
 */
import { startReplica } from "../../../replica";
import { isPromise } from "../../../src/core/maybePromise";
import { movableClock, unknownNumbers, useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 7, enheter: 2000, underenheter: 500 }, { retryBaseDelayMs: 20, maxRetries: 0 });
const services = h.services;
const HOUR = 60 * 60 * 1000;

describe("BRREG: unknown numbers and search pages are cached", () => {
  it("an unknown number is remembered under both registers for an hour: a warm look-up is synchronous, 0 requests, and revalidation does not extend it", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const [nobody] = unknownNumbers(h.replica, 1);
    await s.brreg.unit(nobody!);
    h.replica.resetLog();
    const warm = s.brreg.unit(nobody!);
    expect(isPromise(warm)).toBe(false);
    expect(warm).toEqual({ state: "not-registered", orgnr: nobody });
    expect(isPromise(s.brreg.unitIn("underenheter", nobody!))).toBe(false);
    expect(h.replica.requests).toHaveLength(0);
    await s.revalidate();
    clock.move(HOUR + 1000);
    await s.revalidate();
    h.replica.resetLog();
    expect(isPromise(s.brreg.unit(nobody!))).toBe(true);
  });

  it("a search page is cached (no request on repeat) and served stale when the service fails", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const params = { navn: "AS", size: "5", page: "0" };
    const first = await s.brreg.search("enheter", params);
    h.replica.resetLog();
    await expect(s.brreg.search("enheter", { page: "0", size: "5", navn: "AS" })).resolves.toEqual(first);
    expect(h.replica.requests).toHaveLength(0);
    clock.move(HOUR + 1000);
    h.replica.setFaults({ errorRates: { 503: 1 } });
    await expect(s.brreg.search("enheter", params)).resolves.toEqual(first);
    expect(s.metrics.snapshot().staleServes).toBe(1);
  });

  it("a cached search page is dropped when the register's feed reports a change, so the search asks again", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const params = { navn: "AS", size: "5", page: "0" };
    const before = await s.brreg.search("enheter", params);
    const first = before.units[0]!;
    await s.revalidate(); // baseline
    h.replica.mutate({ kind: "brreg-unit", orgnr: first.organisasjonsnummer, patch: { navn: `${first.navn} ENDRET` } });
    clock.move(1000);
    await s.revalidate();
    h.replica.resetLog();
    const after = await s.brreg.search("enheter", params);
    expect(h.replica.requests.map((r) => r.path)).toEqual(["/enheter"]);
    expect(after.units.map((u) => u.navn)).toContain(`${first.navn} ENDRET`);
  });
});

describe("a burst of look-ups", () => {
  it("single look-ups queue without timing out requests never sent (300 unknown numbers, 50 ms server, 2 s timeout)", async () => {
    const slow = await startReplica({ seed: 8, enheter: 300, underenheter: 50, latencyMs: 50 });
    try {
      // Batches of 50, so each batch's absent numbers are few enough to be checked singly (two
      // requests each, 600 in all), as a column with a few unknown numbers per batch is.
      const s = services({ timeoutMs: 2000, batchMaxKeys: 50 }, slow);
      const results = await Promise.allSettled(unknownNumbers(slow, 300).map((n) => s.brreg.unit(n)));
      const failed = results.filter((r) => r.status === "rejected");
      expect(failed).toHaveLength(0);
      expect(slow.requests.filter((r) => /^\/(enheter|underenheter)\/\d+$/.test(r.path))).toHaveLength(600);
    } finally {
      await h.closeServices();
      await slow.close();
    }
  }, 60_000);
});

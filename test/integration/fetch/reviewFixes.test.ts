/**
 * The fetch layer against the replica servers, on what a review found: a wrong base URL is an
 * outage (never #N/A), unknown numbers and searches are cached, a burst of look-ups does not time
 * out requests that were never sent, removal drops roles, a renamed correspondence target is
 * refetched, and cached data is kept apart per base URL.
 */
import { startReplica, type Replica } from "../../replica";
import type { Clock } from "../../../src/core/clock";
import { isNotFoundError, isServiceUnavailableError } from "../../../src/core/errors";
import { isValidOrgnr } from "../../../src/core/brreg/orgnr";
import { isPromise } from "../../../src/core/maybePromise";
import { createMemoryStore } from "../../../src/core/store";
import { useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 7, enheter: 2000, underenheter: 500 }, { retryBaseDelayMs: 20, maxRetries: 0 });
const services = h.services;
const HOUR = 60 * 60 * 1000;

/** A real-timer clock whose "now" the test moves. */
function movableClock(): Clock & { move(ms: number): void } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    move: (ms) => void (offset += ms),
  };
}

function unknownNumbers(target: Replica, n: number): string[] {
  const found: string[] = [];
  for (let x = 999_000_000; found.length < n; x++) {
    const text = String(x);
    if (isValidOrgnr(text) && !target.data.unit(text)) found.push(text);
  }
  return found;
}

const rejection = (value: unknown): Promise<unknown> => Promise.resolve(value).then(() => new Error("resolved"), (e: unknown) => e);
const today = () => new Date().toISOString().slice(0, 10);

describe("a wrong base URL is an outage, not #N/A", () => {
  it("BRREG: the list endpoint's 404 and a failed probe → ServiceUnavailableError naming the base URL", async () => {
    const s = services({ brregBaseUrl: `${h.replica.brregBaseUrl}/x` });
    const error = await rejection(s.brreg.unit("923609016"));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/\/x does not answer as Enhetsregisteret; check Settings/);
    // A second 404 asks no second probe.
    h.replica.resetLog();
    await rejection(s.brreg.unit(h.replica.data.orgnr.activeEnheter[0]!));
    expect(h.replica.requests.filter((r) => r.path === "/x/enheter" && !("organisasjonsnummer" in r.query))).toHaveLength(0);
  });

  it("KLASS: \"No endpoint\" at a wrong base → ServiceUnavailableError after one probe", async () => {
    const s = services({ klassBaseUrl: `${h.replica.klassBaseUrl}/x` });
    const error = await rejection(s.klass.classification(131));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/does not answer as KLASS; check Settings/);
    expect(h.replica.requests.filter((r) => r.path.endsWith("/classifications"))).toHaveLength(1);
  });

  it("real not-found stays NotFoundError: an unknown classification, and an unknown orgnr is 'not registered'", async () => {
    const s = services();
    const error = await rejection(s.klass.classification(99999));
    expect(isNotFoundError(error)).toBe(true);
    expect((error as Error).message).toMatch(/Classification not found with id = 99999/);
    const [nobody] = unknownNumbers(h.replica, 1);
    await expect(Promise.resolve(s.brreg.unit(nobody!))).resolves.toEqual({ state: "not-registered", orgnr: nobody });
  });
});

describe("caching what was not cached", () => {
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

it("a burst of single look-ups queues without timing out requests never sent (300 unknown numbers, 50 ms server, 2 s timeout)", async () => {
  const slow = await startReplica({ seed: 8, enheter: 300, underenheter: 50, latencyMs: 50 });
  try {
    const s = services({ timeoutMs: 2000 }, slow);
    const results = await Promise.allSettled(unknownNumbers(slow, 300).map((n) => s.brreg.unit(n)));
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(0);
  } finally {
    await h.closeServices();
    await slow.close();
  }
}, 60_000);

describe("revalidation covers what feeds cover, and only that", () => {
  it("Fjernet drops the unit's roles too; revalidation does not keep roles fresh", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const x = h.replica.data.orgnr.withRoles.find((o) => h.replica.data.orgnr.activeEnheter.includes(o))!;
    const y = h.replica.data.orgnr.withRoles.find((o) => o !== x && h.replica.data.orgnr.activeEnheter.includes(o))!;
    await s.brreg.unit(x);
    await s.brreg.roller(x);
    await s.brreg.roller(y);
    await s.revalidate(); // baseline
    h.replica.mutate({ kind: "brreg-remove", orgnr: x });
    clock.move(23 * HOUR);
    const report = await s.revalidate();
    expect(report.brreg.evicted).toBe(1);
    clock.move(2 * HOUR); // 25 h after the roles were fetched
    h.replica.resetLog();
    const rolesOfRemoved = await rejection(s.brreg.roller(x));
    expect(h.replica.requests.map((r) => r.path)).toEqual([`/enheter/${x}/roller`]);
    expect(rolesOfRemoved).toBeInstanceOf(Error);
    // y's roles were fetched 25 h ago; the feed says nothing about roles, so they are stale.
    expect(isPromise(s.brreg.roller(y))).toBe(true);
    // What the store still holds about x is the remembered 410 of its roles, without data.
    await s.flush();
    const keys = (await s.store.keys()).filter((k) => k.endsWith(x));
    expect(keys).toEqual([`brreg/roller/${x}`]);
    expect((await s.store.getMany(keys))[0]).toMatchObject({ removed: {}, value: undefined });
  });

  it("a correspondence is refetched when only its TARGET classification changed", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const date = today();
    const before = await s.klass.correspondsAt(104, 131, date, "nb");
    const item = before.find((i) => (i as { targetCode?: string }).targetCode === "0301") as { targetName?: string } | undefined;
    expect(item?.targetName).toMatch(/^Oslo/);
    await s.revalidate(); // baseline
    await new Promise((resolve) => setTimeout(resolve, 20));
    h.replica.mutate({ kind: "klass-rename", classificationId: 131, code: "0301", name: "Oslo RENAMED" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    clock.move(23 * HOUR);
    await s.revalidate();
    clock.move(7 * HOUR);
    h.replica.resetLog();
    const after = s.klass.correspondsAt(104, 131, date, "nb");
    expect(isPromise(after)).toBe(false);
    const renamed = (after as typeof before).find((i) => (i as { targetCode?: string }).targetCode === "0301") as { targetName?: string };
    expect(renamed.targetName).toBe("Oslo RENAMED");
    expect(h.replica.requests).toHaveLength(0);
  });
});

it("one store, two configurations: an instance over other base URLs never serves the first one's data", async () => {
  const other = await startReplica({ seed: 9, enheter: 300, underenheter: 50 });
  try {
    const store = createMemoryStore();
    const a = services({ store });
    const [orgnr] = h.replica.data.orgnr.activeEnheter;
    await a.brreg.unit(orgnr!);
    await a.close();
    const b = services({ store }, other);
    other.resetLog();
    await b.brreg.unit(orgnr!);
    expect(other.requests.length).toBeGreaterThan(0);
    // The same configuration again shares the store, as before.
    h.replica.resetLog();
    const again = services({ store });
    expect(await again.brreg.unit(orgnr!)).toMatchObject({ state: "found" });
    expect(h.replica.requests).toHaveLength(0);
  } finally {
    await h.closeServices();
    await other.close();
  }
});

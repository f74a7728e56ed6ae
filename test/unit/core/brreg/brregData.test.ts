import { createBrregData } from "../../../../src/core/brreg/createBrregData";
import { TieredCache } from "../../../../src/core/cache/tieredCache";
import { FetchHttpClient } from "../../../../src/core/http/httpClient";
import { isPromise } from "../../../../src/core/maybePromise";
import { Metrics } from "../../../../src/core/metrics";
import { createMemoryStore } from "../../../../src/core/store/memoryStore";
import { FakeClock } from "../../../support/fakeClock";
import { BRREG, brregHandler, register, unit, type FakeRegister } from "../../../support/fakeBrregApi";
import { empty, fakeFetch, json, type Handler } from "../../../support/fakeFetch";
import { isServiceUnavailableError } from "../../../../src/core/errors";
import { SINGLE_CHECKS_PER_BATCH } from "../../../../src/core/brreg/lookupRules";

function setup(reg: FakeRegister, options: { handler?: Handler; batchMaxKeys?: number } = {}) {
  const clock = new FakeClock();
  const fetch = fakeFetch(options.handler ?? brregHandler(reg));
  const metrics = new Metrics({ brreg: BRREG });
  const http = new FetchHttpClient({ fetch, clock, metrics, maxRetries: 0 });
  const cache = new TieredCache({ http, store: createMemoryStore(), clock, metrics });
  const brreg = createBrregData({
    http,
    cache,
    baseUrl: BRREG,
    metrics,
    scheduler: clock,
    ...(options.batchMaxKeys ? { batchMaxKeys: options.batchMaxKeys } : {}),
  });
  const paths = () =>
    fetch.calls.map(
      (c) =>
        new URL(c.url).pathname.replace(/^.*\/api\//, "") +
        (new URL(c.url).searchParams.has("organisasjonsnummer") ? "?list" : ""),
    );
  return { clock, fetch, metrics, cache, brreg, paths };
}

const orgnrs = (n: number) => Array.from({ length: n }, (_, i) => String(800_000_000 + i));

describe("BrregData.unit", () => {
  it("resolves every state with lists first, then singles only for what is missing", async () => {
    const reg = register();
    reg.enheter.set("100000001", unit("100000001"));
    reg.underenheter.set("100000002", unit("100000002", { overordnetEnhet: "100000001" }));
    reg.enheter.set("100000003", unit("100000003", { slettedato: "2021-03-01" }));
    reg.removed.add("100000004");
    const { brreg, clock, paths } = setup(reg);
    const all = Promise.all(
      ["100000001", "100000002", "100000003", "100000004", "100000005"].map((n) => brreg.unit(n)),
    );
    await clock.advance(100);
    const [found, under, deleted, removed, none] = await all;
    expect(found).toMatchObject({ state: "found", register: "enheter", unit: { navn: "Unit 100000001" } });
    expect(under).toMatchObject({ state: "found", register: "underenheter" });
    expect(deleted).toMatchObject({ state: "deleted", register: "enheter", unit: { slettedato: "2021-03-01" } });
    expect(removed).toMatchObject({ state: "removed", orgnr: "100000004" });
    expect(none).toEqual({ state: "not-registered", orgnr: "100000005" });
    expect(paths().sort()).toEqual(
      [
        "enheter/100000003",
        "enheter/100000004",
        "enheter/100000005",
        "enheter?list",
        "underenheter/100000003",
        "underenheter/100000005",
        "underenheter?list",
      ]
        .sort()
        .filter((p) => p !== "underenheter/100000003"),
    );
  });

  it("5,000 numbers in one tick → ceil(5000 / batch max) list requests; each caller gets its own unit", async () => {
    const reg = register();
    for (const n of orgnrs(5000)) reg.enheter.set(n, unit(n));
    const { brreg, clock, fetch, metrics } = setup(reg, { batchMaxKeys: 500 });
    const all = Promise.all(orgnrs(5000).map((n) => brreg.unit(n)));
    await clock.advance(100);
    const answers = await all;
    expect(fetch.calls).toHaveLength(10);
    answers.forEach((a, i) =>
      expect(a).toMatchObject({ state: "found", unit: { organisasjonsnummer: String(800_000_000 + i) } }),
    );
    expect(metrics.snapshot()).toMatchObject({ batches: 10, batchedKeys: 5000 });
    // warm: synchronous, same objects, no requests
    const warm = brreg.unit("800000042");
    expect(isPromise(warm)).toBe(false);
    expect(warm).toBe(answers[42]);
  });

  it("10,000 identical asks → 1 request", async () => {
    const reg = register();
    reg.enheter.set("923609016", unit("923609016"));
    const { brreg, clock, fetch } = setup(reg);
    const all = Promise.all(Array.from({ length: 10_000 }, () => brreg.unit("923609016")));
    await clock.advance(100);
    expect(new Set(await all).size).toBe(1);
    expect(fetch.calls).toHaveLength(1);
  });

  it("a 500 for one batch fails only that batch's numbers", async () => {
    const reg = register();
    for (const n of orgnrs(4)) reg.enheter.set(n, unit(n));
    const handler = brregHandler(reg);
    const { brreg, clock } = setup(reg, {
      batchMaxKeys: 2,
      handler: (url) => (url.includes("800000000") ? empty(500) : handler(url)),
    });
    const all = Promise.allSettled(orgnrs(4).map((n) => brreg.unit(n)));
    await clock.advance(100);
    expect((await all).map((r) => r.status)).toEqual(["rejected", "rejected", "fulfilled", "fulfilled"]);
  });

  it("serves a stale unit (counted) when the service fails", async () => {
    const reg = register();
    reg.enheter.set("923609016", unit("923609016"));
    let down = false;
    const handler = brregHandler(reg);
    const { brreg, clock, metrics } = setup(reg, { handler: (url) => (down ? empty(503) : handler(url)) });
    const first = brreg.unit("923609016");
    await clock.advance(50);
    await first;
    clock.jump(25 * 60 * 60 * 1000);
    down = true;
    const stale = brreg.unit("923609016");
    expect(isPromise(stale)).toBe(true);
    await clock.advance(50);
    await expect(stale).resolves.toMatchObject({ state: "found" });
    expect(metrics.staleServes).toBe(1);
  });

  it("unitIn asks only the register named", async () => {
    const reg = register();
    reg.enheter.set("100000001", unit("100000001"));
    const { brreg, clock, paths } = setup(reg);
    const answer = brreg.unitIn("underenheter", "100000001");
    await clock.advance(50);
    await expect(answer).resolves.toEqual({ state: "not-registered", orgnr: "100000001" });
    expect(paths()).toEqual(["underenheter?list", "underenheter/100000001"]);
  });
});

describe("BrregData.unit: numbers in no register", () => {
  it("a column of unregistered numbers costs its list requests only, all #N/A unchecked, and a warm ask costs none", async () => {
    const reg = register();
    const { brreg, clock, fetch, paths } = setup(reg, { batchMaxKeys: 500 });
    const numbers = orgnrs(2000);
    const all = Promise.all(numbers.map((n) => brreg.unit(n)));
    await clock.run(all, 10);
    const answers = await all;
    // 2 × ceil(2000 / 500): one enheter and one underenheter list per batch, no single look-up.
    expect(paths().sort()).toEqual([
      ...Array<string>(4).fill("enheter?list"),
      ...Array<string>(4).fill("underenheter?list"),
    ]);
    answers.forEach((a, i) => expect(a).toEqual({ state: "not-registered", orgnr: numbers[i], unchecked: true }));
    const warm = numbers.map((n) => brreg.unit(n));
    expect(warm.some(isPromise)).toBe(false);
    expect(fetch.calls).toHaveLength(8);
  });

  it("a few numbers missing from a batch are still told apart singly (deleted, removed, not registered)", async () => {
    const reg = register();
    const numbers = orgnrs(SINGLE_CHECKS_PER_BATCH + 10);
    for (const n of numbers.slice(10)) reg.enheter.set(n, unit(n));
    reg.enheter.set(numbers[0]!, unit(numbers[0]!, { slettedato: "2021-03-01" }));
    reg.removed.add(numbers[1]!);
    const { brreg, clock } = setup(reg);
    const all = Promise.all(numbers.map((n) => brreg.unit(n)));
    await clock.run(all, 10);
    const answers = await all;
    expect(answers[0]).toMatchObject({ state: "deleted" });
    expect(answers[1]).toMatchObject({ state: "removed" });
    expect(answers[2]).toEqual({ state: "not-registered", orgnr: numbers[2] });
  });

  it("a unit registered since replaces a cached 'not registered' once revalidation refetches it (the feed's Ny)", async () => {
    const reg = register();
    const { brreg, clock } = setup(reg);
    const first = brreg.unit("100000002");
    await clock.run(Promise.resolve(first), 10);
    await expect(first).resolves.toEqual({ state: "not-registered", orgnr: "100000002" });
    expect(brreg.unit("100000002")).toEqual({ state: "not-registered", orgnr: "100000002" });
    reg.underenheter.set("100000002", unit("100000002", { overordnetEnhet: "100000001" }));
    const refreshed = brreg.refreshUnits("underenheter", ["100000002"]);
    await clock.run(refreshed, 10);
    expect((await refreshed).get("100000002")).toBe("refetched");
    expect(brreg.unit("100000002")).toMatchObject({ state: "found", register: "underenheter" });
  });
});

describe("BrregData other look-ups", () => {
  it("roller are cached; search maps an empty answer without _embedded", async () => {
    const reg = register();
    const { brreg, fetch } = setup(reg);
    await expect(brreg.roller("100000001")).resolves.toHaveLength(1);
    expect(isPromise(brreg.roller("100000001"))).toBe(false);
    await expect(brreg.search("enheter", { navn: "jibberish" })).resolves.toEqual({
      units: [],
      page: { size: 20, totalElements: 0, totalPages: 0, number: 0 },
    });
    expect(fetch.calls).toHaveLength(2);
  });
});

describe("BrregData.unit: answers that mean an outage, and list answers that page", () => {
  it("a 404 or 410 from the list endpoint is an outage (check the base URL), not #N/A for every key", async () => {
    for (const status of [404, 410]) {
      const { brreg, clock } = setup(register(), { handler: () => empty(status) });
      const answer = Promise.resolve(brreg.unit("923609016")).catch((e: unknown) => e);
      await clock.advance(50);
      const error = await answer;
      expect(isServiceUnavailableError(error)).toBe(true);
      expect((error as Error).message).toBe(`answered ${status} for the list endpoint: check the base URL`);
    }
  });

  it("an empty or unit-less 200 for a single look-up is an outage, not an internal TypeError", async () => {
    const reg = register();
    const handler = brregHandler(reg);
    for (const body of ["", "null"]) {
      const { brreg, clock } = setup(reg, {
        handler: (url) => (url.includes("organisasjonsnummer=") ? handler(url) : new Response(body, { status: 200 })),
      });
      const answer = Promise.resolve(brreg.unit("923609016")).catch((e: unknown) => e);
      await clock.advance(50);
      expect(isServiceUnavailableError(await answer)).toBe(true);
    }
  });

  it("a list answer with fewer units than asked for pages on (page.totalElements) instead of falling to singles", async () => {
    const reg = register();
    for (const n of orgnrs(5)) reg.enheter.set(n, unit(n));
    const perPage = 2;
    const handler = (url: string): Response => {
      const parsed = new URL(url);
      const wanted = (parsed.searchParams.get("organisasjonsnummer") ?? "")
        .split(",")
        .filter((n) => reg.enheter.has(n));
      const page = Number(parsed.searchParams.get("page") ?? 0);
      const units = wanted.slice(page * perPage, (page + 1) * perPage).map((n) => reg.enheter.get(n));
      const register_ = parsed.pathname.endsWith("/underenheter") ? "underenheter" : "enheter";
      return json({
        _embedded: { [register_]: register_ === "enheter" ? units : [] },
        page: {
          size: perPage,
          totalElements: wanted.length,
          totalPages: Math.ceil(wanted.length / perPage),
          number: page,
        },
      });
    };
    const { brreg, clock, paths, fetch } = setup(reg, { handler });
    const all = Promise.all(orgnrs(5).map((n) => brreg.unit(n)));
    await clock.advance(100);
    expect((await all).every((a) => a.state === "found")).toBe(true);
    expect(paths()).toEqual(["enheter?list", "enheter?list", "enheter?list"]);
    expect(fetch.calls.map((c) => new URL(c.url).searchParams.get("page"))).toEqual([null, "1", "2"]);
  });
});

describe("BrregData.refreshUnit (revalidation)", () => {
  it("unit entries are marked transformed: cache.refresh of a brreg key evicts rather than storing a raw BrregUnit", async () => {
    const reg = register();
    reg.enheter.set("100000001", unit("100000001"));
    const { brreg, clock, cache } = setup(reg);
    const first = brreg.unit("100000001");
    await clock.advance(50);
    await first;
    await expect(cache.refresh("brreg/enhet/100000001")).resolves.toBe("evicted");
    await expect(brreg.refreshUnit("enheter", "100000001")).resolves.toBe("absent");
  });

  it("a 410 for a unit drops its cached roles", async () => {
    const reg = register();
    reg.enheter.set("100000004", unit("100000004"));
    const { brreg, clock, cache } = setup(reg);
    await brreg.roller("100000004");
    const first = brreg.unit("100000004");
    await clock.advance(50);
    await first;
    reg.removed.add("100000004");
    await expect(brreg.refreshUnit("enheter", "100000004")).resolves.toBe("removed");
    expect(cache.peek("brreg/roller/100000004")).toBeUndefined();
    expect(await cache.keys("brreg/roller/")).toEqual([]);
  });
});

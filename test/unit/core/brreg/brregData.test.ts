import { createBrregData } from "../../../../src/core/brreg/brregData";
import { TieredCache } from "../../../../src/core/cache/tieredCache";
import { FetchHttpClient } from "../../../../src/core/http/httpClient";
import { isPromise } from "../../../../src/core/maybePromise";
import { Metrics } from "../../../../src/core/metrics";
import { createMemoryStore } from "../../../../src/core/store/memoryStore";
import { FakeClock } from "../helpers/fakeClock";
import { BRREG, brregHandler, register, unit, type FakeRegister } from "../helpers/fakeBrreg";
import { empty, fakeFetch, type Handler } from "../helpers/fakeFetch";

function setup(reg: FakeRegister, options: { handler?: Handler; batchMaxKeys?: number } = {}) {
  const clock = new FakeClock();
  const fetch = fakeFetch(options.handler ?? brregHandler(reg));
  const metrics = new Metrics({ brreg: BRREG });
  const http = new FetchHttpClient({ fetch, clock, metrics, maxRetries: 0 });
  const cache = new TieredCache({ http, store: createMemoryStore(), clock, metrics });
  const brreg = createBrregData({ http, cache, baseUrl: BRREG, metrics, scheduler: clock, ...(options.batchMaxKeys ? { batchMaxKeys: options.batchMaxKeys } : {}) });
  const paths = () => fetch.calls.map((c) => new URL(c.url).pathname.replace(/^.*\/api\//, "") + (new URL(c.url).searchParams.has("organisasjonsnummer") ? "?list" : ""));
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
    const all = Promise.all(["100000001", "100000002", "100000003", "100000004", "100000005"].map((n) => brreg.unit(n)));
    await clock.advance(100);
    const [found, under, deleted, removed, none] = await all;
    expect(found).toMatchObject({ state: "found", register: "enheter", unit: { navn: "Unit 100000001" } });
    expect(under).toMatchObject({ state: "found", register: "underenheter" });
    expect(deleted).toMatchObject({ state: "deleted", register: "enheter", unit: { slettedato: "2021-03-01" } });
    expect(removed).toMatchObject({ state: "removed", orgnr: "100000004" });
    expect(none).toEqual({ state: "not-registered", orgnr: "100000005" });
    expect(paths().sort()).toEqual([
      "enheter/100000003", "enheter/100000004", "enheter/100000005", "enheter?list",
      "underenheter/100000003", "underenheter/100000005", "underenheter?list",
    ].sort().filter((p) => p !== "underenheter/100000003"));
  });

  it("5,000 numbers in one tick → ceil(5000 / batch max) list requests; each caller gets its own unit", async () => {
    const reg = register();
    for (const n of orgnrs(5000)) reg.enheter.set(n, unit(n));
    const { brreg, clock, fetch, metrics } = setup(reg, { batchMaxKeys: 500 });
    const all = Promise.all(orgnrs(5000).map((n) => brreg.unit(n)));
    await clock.advance(100);
    const answers = await all;
    expect(fetch.calls).toHaveLength(10);
    answers.forEach((a, i) => expect(a).toMatchObject({ state: "found", unit: { organisasjonsnummer: String(800_000_000 + i) } }));
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
    const { brreg, clock } = setup(reg, { batchMaxKeys: 2, handler: (url) => (url.includes("800000000") ? empty(500) : handler(url)) });
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

describe("BrregData other look-ups", () => {
  it("roller are cached; search maps an empty answer without _embedded", async () => {
    const reg = register();
    const { brreg, fetch } = setup(reg);
    await expect(brreg.roller("100000001")).resolves.toHaveLength(1);
    expect(isPromise(brreg.roller("100000001"))).toBe(false);
    await expect(brreg.search("enheter", { navn: "jibberish" })).resolves.toEqual({ units: [], page: { size: 20, totalElements: 0, totalPages: 0, number: 0 } });
    expect(fetch.calls).toHaveLength(2);
  });
});

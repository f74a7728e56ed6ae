import { createServices } from "../../../src/core/services";
import { isCancelledError } from "../../../src/core/errors";
import { createMemoryStore } from "../../../src/core/store/memoryStore";
import { FakeClock } from "../../support/fakeClock";
import { BRREG, brregHandler, register, unit } from "../../support/fakeBrregApi";
import { fakeFetch, json } from "../../support/fakeFetch";
import { fakeKlassFetch } from "../../support/fakeKlassApi";
import { CRAFTED, REAL_BRREG, REAL_KLASS } from "../../support/fnv1a32";
import { klassCodename } from "../../../src/core/klass";

describe("createServices", () => {
  it("validates options eagerly, naming the option", () => {
    expect(() => createServices({ fetch: fakeFetch(() => "hang"), batchMaxKeys: 0 })).toThrow(/"batchMaxKeys"/);
    expect(() => createServices({ fetch: fakeFetch(() => "hang"), brregBaseUrl: "not a url" })).toThrow(
      /"brregBaseUrl"/,
    );
  });

  it("builds one instance of everything with a klass slot and a metrics snapshot", async () => {
    const services = createServices({ fetch: fakeFetch(() => "hang"), store: createMemoryStore() });
    expect(services.config.klassBaseUrl).toBe("https://data.ssb.no/api/klass/v1");
    expect(services.config.brregBaseUrl).toBe("https://data.brreg.no/enhetsregisteret/api");
    expect(typeof services.klass.classification).toBe("function");
    expect(services.metrics.snapshot()).toMatchObject({ requests: 0, hits: 0, misses: 0, staleServes: 0 });
    await services.close();
  });

  it("close() settles everything waiting or in flight with CancelledError", async () => {
    const clock = new FakeClock();
    const reg = register();
    reg.enheter.set("100000001", unit("100000001"));
    const handler = brregHandler(reg);
    const fetch = fakeFetch((url) => (url.includes("100000002") ? "hang" : handler(url)));
    const services = createServices({
      fetch,
      store: createMemoryStore(),
      clock,
      scheduler: clock,
      brregBaseUrl: BRREG,
    });
    const waiting = Promise.allSettled([services.brreg.unit("100000001")]);
    const inFlight = services.brreg.unit("100000002");
    await clock.advance(20); // the second batch is now in flight and hangs
    const settled = Promise.allSettled([inFlight]);
    await services.close();
    const [[first], [second]] = await Promise.all([waiting, settled]);
    expect(first?.status).toBe("rejected");
    expect(second?.status === "rejected" && isCancelledError(second.reason)).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });
});

describe("createServices: clock and store namespace", () => {
  it("exposes the injected clock (KLASS functions read 'today' from it)", async () => {
    const clock = new FakeClock();
    const services = createServices({
      fetch: fakeFetch(() => "hang"),
      store: createMemoryStore(),
      clock,
      scheduler: clock,
    });
    expect(services.clock).toBe(clock);
    await services.close();
  });

  it("a shared store keeps each pair of base URLs apart", async () => {
    const store = createMemoryStore();
    const a = createServices({ fetch: fakeFetch(() => "hang"), store, brregBaseUrl: "https://a.example/api" });
    const b = createServices({ fetch: fakeFetch(() => "hang"), store, brregBaseUrl: "https://b.example/api" });
    await a.store.setMany([["brreg/enhet/1", { x: 1 }]]);
    expect(await b.store.getMany(["brreg/enhet/1"])).toEqual([undefined]);
    expect(await a.store.getMany(["brreg/enhet/1"])).toEqual([{ x: 1 }]);
    await Promise.all([a.close(), b.close()]);
  });
});

describe("createServices: crafted base URLs over a shared store", () => {
  it("KLASS.CODENAME on the real services never answers what a crafted-URL instance cached, and asks the network", async () => {
    const store = createMemoryStore();
    const klass = fakeKlassFetch();
    // The crafted instance's KLASS answers like the real one, but Oslo is someone else.
    const evil = fakeFetch(async (url) =>
      json(
        JSON.parse(
          JSON.stringify(await klass(url.replace(CRAFTED.klassBaseUrl, REAL_KLASS))).replace(/Oslo/g, "Attacker"),
        ),
      ),
    );
    const theirs = createServices({ fetch: evil, store, ...CRAFTED });
    const env = (s: typeof theirs) => ({ klass: s.klass, now: () => Date.parse("2025-06-01T12:00:00Z") });
    expect(await klassCodename(env(theirs), 131, "0301", "2024-01-01")).toEqual([["Attacker"]]);
    await theirs.close();

    const honest = fakeFetch(async (url) => json(await klass(url)));
    const mine = createServices({ fetch: honest, store, klassBaseUrl: REAL_KLASS, brregBaseUrl: REAL_BRREG });
    expect(await klassCodename(env(mine), 131, "0301", "2024-01-01")).toEqual([["Oslo"]]);
    expect(honest.calls.length).toBeGreaterThan(0);
    await mine.close();
  });
});

describe("createServices: a blocked persistent store", () => {
  it("a store that never answers: a look-up still answers from the network, and close() settles", async () => {
    const clock = new FakeClock();
    const reg = register();
    reg.enheter.set("100000001", unit("100000001"));
    const never = () => new Promise<never>(() => undefined);
    const blocked = { kind: "blocked", getMany: never, setMany: never, delMany: never, keys: never, clear: never };
    const services = createServices({
      fetch: fakeFetch(brregHandler(reg)),
      store: blocked,
      clock,
      scheduler: clock,
      brregBaseUrl: BRREG,
    });
    const lookup = services.brreg.unit("100000001");
    await clock.advance(2_100); // one store timeout; then the store is skipped
    await expect(lookup).resolves.toMatchObject({ state: "found" });
    const closed = services.close();
    await clock.advance(2_100);
    await expect(closed).resolves.toBeUndefined();
    expect(services.metrics.snapshot().storeTimeouts).toBeGreaterThan(0);
  });
});

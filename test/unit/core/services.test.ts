import { createServices } from "../../../src/core/services";
import { isCancelledError } from "../../../src/core/errors";
import { createMemoryStore } from "../../../src/core/store/memoryStore";
import { FakeClock } from "./helpers/fakeClock";
import { BRREG, brregHandler, register, unit } from "./helpers/fakeBrreg";
import { fakeFetch } from "./helpers/fakeFetch";

describe("createServices", () => {
  it("validates options eagerly, naming the option", () => {
    expect(() => createServices({ fetch: fakeFetch(() => "hang"), batchMaxKeys: 0 })).toThrow(/"batchMaxKeys"/);
    expect(() => createServices({ fetch: fakeFetch(() => "hang"), brregBaseUrl: "not a url" })).toThrow(/"brregBaseUrl"/);
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
    const services = createServices({ fetch, store: createMemoryStore(), clock, scheduler: clock, brregBaseUrl: BRREG });
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

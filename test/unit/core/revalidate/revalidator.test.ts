import { createServices } from "../../../../src/core/services";
import { createMemoryStore, type MemoryStore } from "../../../../src/core/store/memoryStore";
import { klassTime } from "../../../../src/core/revalidate/klassChanges";
import { FakeClock } from "../helpers/fakeClock";
import { BRREG, brregHandler, register, unit, type FakeRegister } from "../helpers/fakeBrreg";
import { fakeFetch, json } from "../helpers/fakeFetch";

const KLASS = "https://data.ssb.no/api/klass/v1";

interface FakeKlass {
  /** id → lastModified (ms) */
  modified: Map<number, number>;
  names: Map<string, string>;
}

function handler(reg: FakeRegister, klass: FakeKlass) {
  const brreg = brregHandler(reg);
  return (url: string): Response => {
    if (url.startsWith(BRREG)) return brreg(url);
    const parsed = new URL(url);
    if (parsed.pathname.endsWith("/classifications")) {
      const since = Date.parse((parsed.searchParams.get("changedSince") ?? "").replace("+0000", "Z"));
      const changed = [...klass.modified].filter(([, at]) => at >= since).map(([id]) => ({ id, name: `C${id}` }));
      return json({ _embedded: { classifications: changed }, page: { size: 20, totalElements: changed.length } });
    }
    const id = /classifications\/(\d+)/.exec(parsed.pathname)?.[1] ?? "";
    if (parsed.pathname.endsWith(`/classifications/${id}`)) {
      // The metadata: one version, carrying its own lastModified (as the API's versions do).
      const lastModified = klassTime(klass.modified.get(Number(id)) ?? 0);
      return json({ id: Number(id), name: `C${id}`, lastModified, versions: [{ id: Number(id) * 10, name: "v", validFrom: "2024-01-01", lastModified }] });
    }
    return json({ codes: [{ code: "01", name: klass.names.get(id) ?? "?" }] });
  };
}

function setup(clock: FakeClock, store: MemoryStore, reg: FakeRegister, klass: FakeKlass) {
  const fetch = fakeFetch(handler(reg, klass));
  const services = createServices({ fetch, store, clock, scheduler: clock, klassBaseUrl: KLASS, brregBaseUrl: BRREG, maxRetries: 0 });
  return { fetch, services };
}

const codesRequest = (id: number) => ({ key: `klass/${id}/codesAt/2024-01-01/nb`, api: "klass" as const, url: `${KLASS}/classifications/${id}/codesAt?date=2024-01-01`, transform: (b: unknown) => (b as { codes: unknown[] }).codes });

describe("revalidation", () => {
  it("one feed request per API, then refetches of exactly the changed cached entries", async () => {
    const clock = new FakeClock();
    const store = createMemoryStore();
    const reg = register();
    for (const n of ["100000001", "100000002", "100000003"]) reg.enheter.set(n, unit(n));
    const klass: FakeKlass = { modified: new Map([[131, 0], [104, 0]]), names: new Map([["131", "Oslo"], ["104", "Viken"]]) };
    const { services, fetch } = setup(clock, store, reg, klass);
    await services.revalidate(); // sets the baseline; nothing cached yet → no requests
    expect(fetch.calls).toHaveLength(0);

    const warm = Promise.all(["100000001", "100000002", "100000003"].map((n) => services.brreg.unit(n)));
    await clock.advance(50);
    await warm;
    await services.cache.get(codesRequest(131));
    await services.cache.get(codesRequest(104));
    fetch.calls.length = 0;

    clock.jump(60_000);
    reg.enheter.set("100000002", unit("100000002", { navn: "Renamed AS" }));
    reg.updates.push({ register: "enheter", orgnr: "100000002", type: "Endring", dato: new Date(clock.now()).toISOString() });
    reg.updates.push({ register: "enheter", orgnr: "100000003", type: "Fjernet", dato: new Date(clock.now()).toISOString() });
    reg.updates.push({ register: "enheter", orgnr: "999999999", type: "Ny", dato: new Date(clock.now()).toISOString() });
    klass.modified.set(131, clock.now());
    klass.names.set("131", "Oslo kommune");
    clock.jump(1_000);

    const report = await services.revalidate();
    const paths = fetch.calls.map((c) => c.url.replace(/^.*\/(api|v1)\//, ""));
    expect(paths.filter((p) => p.startsWith("oppdateringer/"))).toHaveLength(1); // no underenheter cached → that feed is skipped
    expect(paths.filter((p) => p.startsWith("classifications?"))).toHaveLength(1);
    // The changed unit comes back through the list endpoint (batched, not `enheter/{orgnr}`); 131's
    // metadata is asked for first, and shows that its 2024 version changed.
    expect(paths.filter((p) => !p.startsWith("oppdateringer/") && !p.startsWith("classifications?")).sort())
      .toEqual(["classifications/131/codesAt?date=2024-01-01", "classifications/131?includeFuture=true", "enheter?size=1&organisasjonsnummer=100000002"]);
    expect(report.brreg).toMatchObject({ feedRequests: 1, changed: 3, refetched: 1, evicted: 1 });
    expect(report.klass).toMatchObject({ feedRequests: 1, changed: 1, refetched: 1 });
    expect(services.brreg.unit("100000002")).toMatchObject({ unit: { navn: "Renamed AS" } });
    expect(services.cache.get(codesRequest(131))).toEqual([{ code: "01", name: "Oslo kommune" }]);
    expect(paths.find((p) => p.includes("dato="))).toContain(encodeURIComponent(new Date(Date.UTC(2026, 0, 15, 12, 0, 0)).toISOString()));
    expect(fetch.calls.find((c) => c.url.includes("changedSince"))?.url).toContain(encodeURIComponent(klassTime(Date.UTC(2026, 0, 15, 12, 0, 0))));
    await services.close();
  });

  it("the last sync is persisted: a new instance continues from it", async () => {
    const clock = new FakeClock();
    const store = createMemoryStore();
    const reg = register();
    const klass: FakeKlass = { modified: new Map(), names: new Map() };
    const one = setup(clock, store, reg, klass);
    await one.services.revalidate();
    await one.services.close();
    const at = (await one.services.store.getMany(["sync/brreg"]))[0];
    clock.jump(5_000);
    const two = setup(clock, store, reg, klass);
    await two.services.revalidate();
    expect(at).toEqual({ at: Date.UTC(2026, 0, 15, 12, 0, 0) });
    expect((await two.services.store.getMany(["sync/brreg"]))[0]).toEqual({ at: Date.UTC(2026, 0, 15, 12, 0, 5) });
    await two.services.close();
  });

  it("a failed feed keeps the last sync and reports the error", async () => {
    const clock = new FakeClock();
    const store = createMemoryStore();
    const reg = register();
    reg.enheter.set("100000001", unit("100000001"));
    const klass: FakeKlass = { modified: new Map(), names: new Map() };
    let down = false;
    const inner = handler(reg, klass);
    const fetch = fakeFetch((url) => (down ? new Response("", { status: 503 }) : inner(url)));
    const services = createServices({ fetch, store, clock, scheduler: clock, klassBaseUrl: KLASS, brregBaseUrl: BRREG, maxRetries: 0 });
    await services.revalidate();
    const p = services.brreg.unit("100000001");
    await clock.advance(50);
    await p;
    down = true;
    clock.jump(1000);
    const report = await services.revalidate();
    expect(report.brreg.error).toMatchObject({ kind: "service-unavailable" });
    expect((await services.store.getMany(["sync/brreg"]))[0]).toEqual({ at: Date.UTC(2026, 0, 15, 12, 0, 0) });
    await services.close();
  });
});

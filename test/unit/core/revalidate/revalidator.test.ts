import { createServices } from "../../../../src/core/services";
import { createMemoryStore, type MemoryStore } from "../../../../src/core/store/memoryStore";
import { klassTime } from "../../../../src/core/revalidate/klassChanges";
import { FakeClock } from "../../../support/fakeClock";
import { BRREG, brregHandler, register, unit, type FakeRegister } from "../../../support/fakeBrregApi";
import { fakeFetch, json } from "../../../support/fakeFetch";

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
      return json({
        _embedded: { classifications: changed },
        _links: {},
        page: { size: 20, totalElements: changed.length, totalPages: 1, number: 0 },
      });
    }
    const id = /classifications\/(\d+)/.exec(parsed.pathname)?.[1] ?? "";
    if (parsed.pathname.endsWith(`/classifications/${id}`)) {
      // The metadata: one version, carrying its own lastModified (as the API's versions do).
      const lastModified = klassTime(klass.modified.get(Number(id)) ?? 0);
      return json({
        id: Number(id),
        name: `C${id}`,
        lastModified,
        versions: [{ id: Number(id) * 10, name: "v", validFrom: "2024-01-01", lastModified }],
      });
    }
    return json({ codes: [{ code: "01", name: klass.names.get(id) ?? "?" }] });
  };
}

function setup(clock: FakeClock, store: MemoryStore, reg: FakeRegister, klass: FakeKlass) {
  const fetch = fakeFetch(handler(reg, klass));
  const services = createServices({
    fetch,
    store,
    clock,
    scheduler: clock,
    klassBaseUrl: KLASS,
    brregBaseUrl: BRREG,
    maxRetries: 0,
  });
  return { fetch, services };
}

const codesRequest = (id: number) => ({
  key: `klass/${id}/codesAt/2024-01-01/nb`,
  api: "klass" as const,
  url: `${KLASS}/classifications/${id}/codesAt?date=2024-01-01`,
  transform: (b: unknown) => (b as { codes: unknown[] }).codes,
});

describe("revalidation", () => {
  it("one feed request per API, then refetches of exactly the changed cached entries", async () => {
    const clock = new FakeClock();
    const store = createMemoryStore();
    const reg = register();
    for (const n of ["100000001", "100000002", "100000003"]) reg.enheter.set(n, unit(n));
    const klass: FakeKlass = {
      modified: new Map([
        [131, 0],
        [104, 0],
      ]),
      names: new Map([
        ["131", "Oslo"],
        ["104", "Viken"],
      ]),
    };
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
    reg.updates.push({
      register: "enheter",
      orgnr: "100000002",
      type: "Endring",
      dato: new Date(clock.now()).toISOString(),
    });
    reg.updates.push({
      register: "enheter",
      orgnr: "100000003",
      type: "Fjernet",
      dato: new Date(clock.now()).toISOString(),
    });
    reg.updates.push({
      register: "enheter",
      orgnr: "999999999",
      type: "Ny",
      dato: new Date(clock.now()).toISOString(),
    });
    klass.modified.set(131, clock.now());
    klass.names.set("131", "Oslo kommune");
    clock.jump(1_000);

    const report = await services.revalidate();
    const paths = fetch.calls.map((c) => c.url.replace(/^.*\/(api|v1)\//, ""));
    expect(paths.filter((p) => p.startsWith("oppdateringer/"))).toHaveLength(1); // no underenheter cached → that feed is skipped
    expect(paths.filter((p) => p.startsWith("classifications?"))).toHaveLength(1);
    // The changed unit comes back through the list endpoint (batched, not `enheter/{orgnr}`); 131's
    // metadata is asked for first, and shows that its 2024 version changed.
    expect(paths.filter((p) => !p.startsWith("oppdateringer/") && !p.startsWith("classifications?")).sort()).toEqual([
      "classifications/131/codesAt?date=2024-01-01",
      "classifications/131?includeFuture=true",
      "enheter?size=1&organisasjonsnummer=100000002",
    ]);
    expect(report.brreg).toMatchObject({ feedRequests: 1, changed: 3, refetched: 1, evicted: 1 });
    expect(report.klass).toMatchObject({ feedRequests: 1, changed: 1, refetched: 1 });
    expect(services.brreg.unit("100000002")).toMatchObject({ unit: { navn: "Renamed AS" } });
    expect(services.cache.get(codesRequest(131))).toEqual([{ code: "01", name: "Oslo kommune" }]);
    expect(paths.find((p) => p.includes("dato="))).toContain(
      encodeURIComponent(new Date(Date.UTC(2026, 0, 15, 12, 0, 0)).toISOString()),
    );
    expect(fetch.calls.find((c) => c.url.includes("changedSince"))?.url).toContain(
      encodeURIComponent(klassTime(Date.UTC(2026, 0, 15, 12, 0, 0))),
    );
    await services.close();
  });

  it("a cached 'not registered' gives way to the unit once the feed reports it Ny, in either register", async () => {
    const clock = new FakeClock();
    const store = createMemoryStore();
    const reg = register();
    const klass: FakeKlass = { modified: new Map(), names: new Map() };
    const { services } = setup(clock, store, reg, klass);
    await services.revalidate(); // the baseline
    const numbers = ["100000001", "100000002"];
    const first = Promise.all(numbers.map((n) => services.brreg.unit(n)));
    await clock.run(first, 10);
    expect((await first).map((l) => l.state)).toEqual(["not-registered", "not-registered"]);

    clock.jump(60_000);
    const dato = new Date(clock.now()).toISOString();
    reg.enheter.set("100000001", unit("100000001", { navn: "Ny Hovedenhet AS" }));
    reg.underenheter.set("100000002", unit("100000002", { navn: "Ny Underenhet" }));
    reg.updates.push({ register: "enheter", orgnr: "100000001", type: "Ny", dato });
    reg.updates.push({ register: "underenheter", orgnr: "100000002", type: "Ny", dato });
    clock.jump(1_000);
    await clock.run(services.revalidate(), 10);

    // Within the hour "not registered" is remembered for, and with no request: the feed replaced it.
    expect(services.brreg.unit("100000001")).toMatchObject({ state: "found", unit: { navn: "Ny Hovedenhet AS" } });
    expect(services.brreg.unit("100000002")).toMatchObject({ state: "found", unit: { navn: "Ny Underenhet" } });
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
    const services = createServices({
      fetch,
      store,
      clock,
      scheduler: clock,
      klassBaseUrl: KLASS,
      brregBaseUrl: BRREG,
      maxRetries: 0,
    });
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

/**
 * Batched refetches: revalidation costs a feed plus batched refetches: changed units through the list endpoint in
 * ceil(changed / batch max) requests (singles only for what lists miss), and a changed
 * classification its metadata plus the version lists whose lastModified moved.
 */
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
const OLD = Date.UTC(2025, 0, 1);

/** Classification 131 with seven versions, each with its own lastModified and names. */
function klass131() {
  const modified = new Map(YEARS.map((y) => [`${y}-01-01`, OLD]));
  const names = new Map(YEARS.map((y) => [`${y}-01-01`, `Oslo ${y}`]));
  const handle = (parsed: URL): Response => {
    if (parsed.pathname.endsWith("/classifications")) {
      const since = Date.parse((parsed.searchParams.get("changedSince") ?? "").replace("+0000", "Z"));
      const last = Math.max(...modified.values());
      return json({ _embedded: { classifications: last >= since ? [{ id: 131 }] : [] }, _links: {} });
    }
    if (parsed.pathname.endsWith("/classifications/131")) {
      const versions = YEARS.map((y, i) => ({
        id: 1000 + i,
        name: `v${y}`,
        validFrom: `${y}-01-01`,
        ...(i < YEARS.length - 1 ? { validTo: `${y + 1}-01-01` } : {}),
        lastModified: klassTime(modified.get(`${y}-01-01`) ?? OLD),
      }));
      return json({
        id: 131,
        name: "Kommuneinndeling",
        lastModified: klassTime(Math.max(...modified.values())),
        versions,
      });
    }
    const date = parsed.searchParams.get("date") ?? "";
    return json({ codes: [{ code: "0301", parentCode: null, level: "1", name: names.get(date) ?? "?" }] });
  };
  return { modified, names, handle };
}

describe("batched revalidation", () => {
  it("100 changed units → ceil(100 / batch max) list requests + singles for what lists miss; 131 → metadata + 1 version list", async () => {
    const clock = new FakeClock();
    const reg = register();
    const numbers = Array.from({ length: 300 }, (_, i) => String(300_000_000 + i));
    for (const n of numbers) reg.enheter.set(n, unit(n));
    const k = klass131();
    const brreg = brregHandler(reg);
    const fetch = fakeFetch((url) => (url.startsWith(BRREG) ? brreg(url) : k.handle(new URL(url))));
    const batchMaxKeys = 30;
    const s = createServices({
      fetch,
      store: createMemoryStore(),
      clock,
      scheduler: clock,
      klassBaseUrl: KLASS,
      brregBaseUrl: BRREG,
      maxRetries: 0,
      batchMaxKeys,
    });
    await s.revalidate(); // baseline

    const warm = Promise.all(numbers.map((n) => s.brreg.unit(n)));
    await clock.advance(50);
    await warm;
    await s.brreg.roller(numbers[1]!);
    await s.klass.classification(131);
    for (const y of YEARS) await s.klass.versionCodes(131, `${y}-01-01`, "nb", false);
    expect(await s.cache.keys("klass/131/")).toHaveLength(8);
    fetch.calls.length = 0;

    clock.jump(60_000);
    const dato = new Date(clock.now()).toISOString();
    const changed = numbers.filter((_, i) => i % 3 === 0).slice(0, 100);
    const [deleted, removed, gone, ...renamed] = changed;
    for (const n of renamed) reg.enheter.set(n, unit(n, { navn: `Ny ${n}` }));
    reg.enheter.set(deleted!, unit(deleted!, { slettedato: "2026-01-01" })); // lists omit it; single: 200
    reg.enheter.delete(removed!);
    reg.removed.add(removed!); // single: 410
    reg.enheter.delete(gone!); // single: 404
    for (const n of changed) reg.updates.push({ register: "enheter", orgnr: n, type: "Endring", dato });
    reg.updates.push({ register: "enheter", orgnr: numbers[1]!, type: "Fjernet", dato });
    k.modified.set("2022-01-01", clock.now());
    k.names.set("2022-01-01", "Oslo omdøpt");
    clock.jump(1_000);

    const report = await s.revalidate();
    const paths = fetch.calls.map((c) => c.url.replace(/^.*\/(api|v1)\//, ""));
    const lists = paths.filter((p) => p.startsWith("enheter?") && p.includes("organisasjonsnummer="));
    // The gone unit's 404 is checked once against the base URL (a probe), as on any single look-up.
    const probes = paths.filter((p) => p === "enheter?size=1");
    expect(probes).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith("oppdateringer/"))).toEqual([
      expect.stringMatching(/^oppdateringer\/enheter\?/),
    ]);
    expect(lists).toHaveLength(Math.ceil(changed.length / batchMaxKeys));
    const asked = lists.flatMap((p) => new URL(`${BRREG}/${p}`).searchParams.get("organisasjonsnummer")!.split(","));
    expect(asked.sort()).toEqual([...changed].sort());
    expect(paths.filter((p) => /^enheter\/\d{9}$/.test(p)).sort()).toEqual(
      [`enheter/${deleted}`, `enheter/${removed}`, `enheter/${gone}`].sort(),
    );
    expect(report.brreg).toMatchObject({ feedRequests: 1, changed: 101, refetched: 98, removed: 1, evicted: 2 });

    const klass = paths.filter((p) => p.startsWith("classifications"));
    expect(klass.map((p) => (p.startsWith("classifications?changedSince=") ? "feed" : p)).sort()).toEqual([
      "classifications/131/codesAt?date=2022-01-01&language=nb",
      "classifications/131?includeFuture=true",
      "feed",
    ]);
    expect(report.klass).toMatchObject({ feedRequests: 1, changed: 1, refetched: 2, evicted: 0 });
    expect(fetch.calls).toHaveLength(1 + lists.length + 3 + probes.length + 3);

    fetch.calls.length = 0;
    expect(s.brreg.unit(renamed[0]!)).toMatchObject({ state: "found", unit: { navn: `Ny ${renamed[0]}` } });
    expect(s.brreg.unit(deleted!)).toMatchObject({ state: "deleted" });
    expect(s.brreg.unit(removed!)).toMatchObject({ state: "removed" });
    expect(s.klass.versionCodes(131, "2022-01-01", "nb", false)).toEqual([
      expect.objectContaining({ name: "Oslo omdøpt" }),
    ]);
    expect(s.klass.versionCodes(131, "2023-01-01", "nb", false)).toEqual([
      expect.objectContaining({ name: "Oslo 2023" }),
    ]);
    expect(fetch.calls).toHaveLength(0);
    expect(await s.cache.keys(`brreg/roller/${numbers[1]}`)).toEqual([]); // Fjernet still evicts, with roles
    expect(await s.cache.keys(`brreg/enhet/${numbers[1]}`)).toEqual([]);
    expect(await s.cache.keys(`brreg/enhet/${gone}`)).toEqual([]);
    await s.close();
  });
});

describe("revalidation of cached roles", () => {
  it("refetches the roles of a hovedenhet the feed reports changed, and no other unit's", async () => {
    const clock = new FakeClock();
    const reg = register();
    const numbers = ["300000001", "300000002", "300000003"];
    for (const n of numbers) reg.enheter.set(n, unit(n));
    const fetch = fakeFetch(brregHandler(reg));
    const s = createServices({
      fetch,
      store: createMemoryStore(),
      clock,
      scheduler: clock,
      klassBaseUrl: KLASS,
      brregBaseUrl: BRREG,
      maxRetries: 0,
    });
    await s.revalidate(); // baseline
    for (const n of numbers) await s.brreg.roller(n);
    clock.jump(60_000);
    reg.updates.push({
      register: "enheter",
      orgnr: numbers[1]!,
      type: "Endring",
      dato: new Date(clock.now()).toISOString(),
    });
    clock.jump(1_000);
    fetch.calls.length = 0;

    const report = await s.revalidate();
    const roller = fetch.calls.map((c) => c.url).filter((url) => url.endsWith("/roller"));
    expect(roller).toEqual([`${BRREG}/enheter/${numbers[1]}/roller`]);
    expect(report.brreg).toMatchObject({ feedRequests: 1, changed: 1, refetched: 1 });
    await s.close();
  });
});

/**
 * Revalidation costs a feed plus batched refetches: changed units through the list endpoint in
 * ceil(changed / batch max) requests (singles only for what lists miss), and a changed
 * classification its metadata plus the version lists whose lastModified moved.
 */
import { createServices } from "../../../../src/core/services";
import { createMemoryStore } from "../../../../src/core/store/memoryStore";
import { klassTime } from "../../../../src/core/revalidate/klassChanges";
import { FakeClock } from "../helpers/fakeClock";
import { BRREG, brregHandler, register, unit } from "../helpers/fakeBrreg";
import { fakeFetch, json } from "../helpers/fakeFetch";

const KLASS = "https://data.ssb.no/api/klass/v1";
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
      return json({ _embedded: { classifications: last >= since ? [{ id: 131 }] : [] } });
    }
    if (parsed.pathname.endsWith("/classifications/131")) {
      const versions = YEARS.map((y, i) => ({
        id: 1000 + i, name: `v${y}`, validFrom: `${y}-01-01`, ...(i < YEARS.length - 1 ? { validTo: `${y + 1}-01-01` } : {}),
        lastModified: klassTime(modified.get(`${y}-01-01`) ?? OLD),
      }));
      return json({ id: 131, name: "Kommuneinndeling", lastModified: klassTime(Math.max(...modified.values())), versions });
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
    const s = createServices({ fetch, store: createMemoryStore(), clock, scheduler: clock, klassBaseUrl: KLASS, brregBaseUrl: BRREG, maxRetries: 0, batchMaxKeys });
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
    expect(paths.filter((p) => p.startsWith("oppdateringer/"))).toEqual([expect.stringMatching(/^oppdateringer\/enheter\?/)]);
    expect(lists).toHaveLength(Math.ceil(changed.length / batchMaxKeys));
    const asked = lists.flatMap((p) => new URL(`${BRREG}/${p}`).searchParams.get("organisasjonsnummer")!.split(","));
    expect(asked.sort()).toEqual([...changed].sort());
    expect(paths.filter((p) => /^enheter\/\d{9}$/.test(p)).sort()).toEqual([`enheter/${deleted}`, `enheter/${removed}`, `enheter/${gone}`].sort());
    expect(report.brreg).toMatchObject({ feedRequests: 1, changed: 101, refetched: 98, removed: 1, evicted: 2 });

    const klass = paths.filter((p) => p.startsWith("classifications"));
    expect(klass.map((p) => (p.startsWith("classifications?changedSince=") ? "feed" : p)).sort())
      .toEqual(["classifications/131/codesAt?date=2022-01-01&language=nb", "classifications/131?includeFuture=true", "feed"]);
    expect(report.klass).toMatchObject({ feedRequests: 1, changed: 1, refetched: 2, evicted: 0 });
    expect(fetch.calls).toHaveLength(1 + lists.length + 3 + probes.length + 3);

    fetch.calls.length = 0;
    expect(s.brreg.unit(renamed[0]!)).toMatchObject({ state: "found", unit: { navn: `Ny ${renamed[0]}` } });
    expect(s.brreg.unit(deleted!)).toMatchObject({ state: "deleted" });
    expect(s.brreg.unit(removed!)).toMatchObject({ state: "removed" });
    expect(s.klass.versionCodes(131, "2022-01-01", "nb", false)).toEqual([expect.objectContaining({ name: "Oslo omdøpt" })]);
    expect(s.klass.versionCodes(131, "2023-01-01", "nb", false)).toEqual([expect.objectContaining({ name: "Oslo 2023" })]);
    expect(fetch.calls).toHaveLength(0);
    expect(await s.cache.keys(`brreg/roller/${numbers[1]}`)).toEqual([]); // Fjernet still evicts, with roles
    expect(await s.cache.keys(`brreg/enhet/${numbers[1]}`)).toEqual([]);
    expect(await s.cache.keys(`brreg/enhet/${gone}`)).toEqual([]);
    await s.close();
  });
});

import { startReplica, type Replica } from "../../../replica";
import { createServices, type Services } from "../../../src/core/services";
import {
  findVersionAt,
  klassChanges,
  klassCodename,
  klassCodes,
  klassCodesRange,
  klassCorrespond,
  klassCorresponds,
  klassHierarchy,
  klassCorrespondTable,
  klassDetect,
  klassInfo,
  klassLevel,
  klassParent,
  klassSearch,
  klassTrail,
  klassUpdateCode,
  klassValid,
  klassVariant,
  klassVariantCodes,
  type KlassEnv,
} from "../../../src/core/klass";
import { createKlassData } from "../../../src/core/klass/createKlassData";
import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";

/**
 * The KLASS domain over the real fetch layer (createServices) against the replica KLASS on
 * loopback: the must-show facts from the recorded data, every function, and request counts.
 */
let replica: Replica;
let services: Services;
let env: KlassEnv;

const NOW = Date.parse("2026-11-22T12:00:00Z");
const resolved = async <T>(v: MaybePromise<T>): Promise<T> => (isPromise(v) ? await v : v);
/** A call's outcome as a promise, whether it throws now (cached data) or rejects later. */
const settled = <T>(call: () => MaybePromise<T>): Promise<T> => (async () => resolved(call()))();
const kind = (v: unknown) => (v as { kind?: string }).kind;
const klassRequests = () => replica.requests.filter((r) => r.api === "klass");

beforeAll(async () => {
  replica = await startReplica({ seed: 1 });
});
afterAll(async () => {
  await replica.close();
});
beforeEach(() => {
  services = createServices({ klassBaseUrl: replica.klassBaseUrl, brregBaseUrl: replica.brregBaseUrl, maxRetries: 0 });
  env = { klass: services.klass, now: () => NOW };
  replica.resetLog();
});
afterEach(async () => {
  await services.close();
});

describe("must-show facts from the recorded data", () => {
  test("104 at 2016–2018: 16 and 17 end 2018-01-01 and 50 Trøndelag starts", async () => {
    const out = await resolved(
      klassCodesRange(
        env,
        104,
        "2016-01-01",
        "2018-01-02",
        null,
        "16,17,50",
        "code,name,validFromInRequestedRange,validToInRequestedRange",
      ),
    );
    expect(out).toEqual([
      ["code", "name", "validFromInRequestedRange", "validToInRequestedRange"],
      ["16", "Sør-Trøndelag", "2016-01-01", "2018-01-01"],
      ["17", "Nord-Trøndelag", "2016-01-01", "2018-01-01"],
      ["50", "Trøndelag", "2018-01-01", "2018-01-02"],
    ]);
  });

  test("104 changes 2019→2020: 01, 02, 06 → 30 Viken", async () => {
    const out = await resolved(klassChanges(env, 104, "2019-01-01", "2020-01-02"));
    for (const old of ["01", "02", "06"])
      expect(out).toContainEqual([old, expect.any(String), "30", "Viken", "2020-01-01"]);
  });

  test("ranges are half-open like the API's: a change on `to` itself is outside [from, to)", async () => {
    const out = await resolved(klassChanges(env, 104, "2019-01-01", "2020-01-01"));
    expect(out).toEqual([["oldCode", "oldName", "newCode", "newName", "changeOccurred"]]);
  });

  test("a change on `from` itself is inside [from, to), though the API leaves it out of its own `from`", async () => {
    const out = await resolved(klassChanges(env, 104, "2018-01-01", "2019-01-01"));
    expect(out.slice(1).map((r) => `${r[0]}>${r[2]} ${r[4]}`)).toEqual(["16>50 2018-01-01", "17>50 2018-01-01"]);
    // An early `from` is clamped to 104's first version (2016-01-01): the same rows.
    expect(await resolved(klassChanges(env, 104, "1900-01-01", "2019-01-01"))).toEqual(out);
    expect(
      klassRequests()
        .map((r) => r.url)
        .filter((u) => u.includes("/changes")),
    ).toEqual([
      expect.stringContaining("/104/changes?from=2017-12-31&to=2019-01-01"),
      expect.stringContaining("/104/changes?from=2016-01-01&to=2019-01-01"),
    ]);
  });

  test("104 → 131: 12 Hordaland → 1201 Bergen, and back", async () => {
    const [row] = (await resolved(klassCorrespond(env, 104, 131, "12", "2019-06-01"))) as [unknown[]];
    expect(row).toContain("1201");
    expect(await resolved(klassCorrespond(env, 131, 104, "1201", "2019-06-01"))).toEqual([["12"]]);
    const table = await resolved(klassCorresponds(env, 104, 131, "2019-06-01"));
    expect(table).toContainEqual(["12", "Hordaland", "1201", "Bergen"]);
  });

  test("UPDATECODE: 0101 Halden (2019) → 3001 (2020) → 3101 (2024); 1507 split names 1508 and 1580", async () => {
    expect(await resolved(klassUpdateCode(env, 131, "0101", "2019-01-01", "2020-01-01"))).toEqual([["3001"]]);
    const out = await resolved(
      klassUpdateCode(
        env,
        131,
        [["0101"], ["101"], ["1507"]],
        [["2019-01-01"], ["2019-01-01"], ["2020-01-01"]],
        "2024-01-01",
      ),
    );
    expect(out.slice(0, 2)).toEqual([["3101"], ["3101"]]);
    expect(kind(out[2]![0])).toBe("not-found");
    expect((out[2]![0] as Error).message).toMatch(/1507 was split into (1508, 1580|1580, 1508)/);
  });
});

describe("KLASS.TRAIL over the replica", () => {
  test("1507 Ålesund across 2024: split with both successors; 0101 Halden across 2020 and 2024: the two-step trail", async () => {
    const split = await resolved(klassTrail(env, 131, [["1507"]], "2023-01-01", "2024-01-01"));
    expect(split[0]).toEqual(["1507 → 1508, 1580 (2024)", "split", "1508, 1580"]);
    replica.resetLog();
    const out = await resolved(klassTrail(env, 131, [["0101"], ["0301"]], "2019-01-01", "2024-01-01"));
    expect(out[0]![0]).toBe("0101 → 3001 (2020) → 3101 (2024)");
    expect(out[0]![2]).toBe("3101");
    expect(out[0]![1]).toBe("recoded");
    expect(out[1]).toEqual(["0301", "unchanged", "0301"]);
    // The code list at 2019 and ONE changes request for 2019 → 2024, however many codes.
    expect(klassRequests().filter((r) => r.path.endsWith("/changes"))).toHaveLength(1);
  });

  test("a county merge (01 Østfold → 30 Viken, 2020), a code not valid at fromDate, and an outage", async () => {
    const out = await resolved(klassTrail(env, 104, [["01"], ["50"]], "2019-01-01", "2020-01-01"));
    expect(out[0]).toEqual(["01 → 30 (2020)", "merged", "30"]);
    expect(out[1]).toEqual(["50", "unchanged", "50"]);
    const unknown = await resolved(klassTrail(env, 104, "77", "2019-01-01", "2020-01-01"));
    expect(kind(unknown[0]![0])).toBe("not-found");
    replica.setFaults({ failNext: [{ status: 503, pathPattern: /\/131\/changes/ }] });
    const [[cell]] = (await resolved(klassTrail(env, 131, "0101", "2019-01-01", "2024-01-01"))) as [[unknown]];
    expect(kind(cell)).toBe("service-unavailable");
    replica.setFaults({});
  });
});

describe("wide hierarchies over the replica's SN2007", () => {
  test('HIERARCHY for a column: a column per level, one codesAt request; CODES "wide" from the same cached list', async () => {
    const out = await resolved(klassHierarchy(env, 6, [["01.110"], ["01"], ["01.999"]], "2024-01-01", "code"));
    expect(out[0]).toEqual(["A", "01", "01.1", "01.11", "01.110"]);
    expect(out[1]).toEqual(["A", "01", "", "", ""]);
    expect(kind(out[2]![0])).toBe("not-found");
    const named = await resolved(klassHierarchy(env, 6, "01.110", "2024-01-01"));
    expect(named[0]!.slice(0, 2)).toEqual(["A", "Jordbruk, skogbruk og fiske"]);
    expect(named[0]).toHaveLength(10);
    const wide = await resolved(klassCodes(env, 6, "2024-01-01", undefined, "01*", "wide, code"));
    expect(wide[0]).toEqual(["level1Code", "level2Code", "level3Code", "level4Code", "level5Code"]);
    expect(wide).toContainEqual(["A", "01", "01.1", "01.11", "01.110"]);
    expect(wide.slice(1).every((r) => r[4] !== "")).toBe(true);
    expect(klassRequests().filter((r) => r.path.endsWith("/codesAt"))).toHaveLength(1);
  });
});

describe("correspondence tables by id and variants, as KLASS.INFO lists them", () => {
  test("INFO lists 131's tables with ids; CORRESPONDTABLE spills one by its id; an unknown id is not-found", async () => {
    const tables = (await resolved(klassInfo(env, 131, "correspondenceTables", 2024))) as unknown[][];
    expect(tables[0]).toEqual(["id", "name", "source", "target", "version", "validFrom", "validTo"]);
    expect(tables.length).toBeGreaterThan(1);
    const row = tables.find((r) => String(r[2]).startsWith("Fylkesinndeling"))!;
    expect(row[4]).toBe("Kommuneinndeling 2024");
    expect(row.slice(5)).toEqual(["2024-01-01", "2026-01-01"]);
    const table = await resolved(klassCorrespondTable(env, row[0]));
    expect(table[0]).toEqual(["sourceCode", "sourceName", "targetCode", "targetName"]);
    expect(table).toContainEqual(["03", "Oslo", "0301", "Oslo"]);
    const missing = await settled(() => klassCorrespondTable(env, 999999)).catch((e: unknown) => e);
    expect(kind(missing)).toBe("not-found");
    const variants = (await resolved(klassInfo(env, 6, "variants"))) as unknown[][];
    expect(variants.map((r) => r[1])).toContain("A*10");
  });
});

describe("KLASS.DETECT over the replica", () => {
  test("a column of 2019 municipality codes → 131 with the 2019 version, ≥ 95 % valid", async () => {
    const codes = (await resolved(klassCodes(env, 131, "2019-06-01", undefined, undefined, "code")))
      .slice(1)
      .map((r) => [r[0]]);
    replica.resetLog();
    const out = await resolved(klassDetect(env, codes));
    const [id, , version, from, to, share] = out[1]!;
    expect(id).toBe(131);
    expect(String(version)).toMatch(/2019$/);
    expect(String(from) <= "2019-01-01" && to === "2020-01-01").toBe(true);
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(out.map((r) => r[0])).toEqual(expect.arrayContaining([104, 106, 6]));
    // One request per candidate version (and each candidate's metadata), however many codes.
    const versions = async (id: number) =>
      (await resolved(services.klass.classification(id))).versions?.filter((v) => v.published?.includes("nb") ?? true)
        .length ?? 0;
    const perVersion = (await versions(131)) + (await versions(104)) + (await versions(106)) + (await versions(6));
    // (less the 2019 list, cached by the KLASS.CODES call above)
    expect(klassRequests().filter((r) => r.path.endsWith("/codesAt"))).toHaveLength(perVersion - 1);
  });

  test("SN2007 subclasses written without dots → 6", async () => {
    const subclasses = (await resolved(klassCodes(env, 6, "2024-01-01", 5, undefined, "code")))
      .slice(1)
      .map((r) => [String(r[0]).replace(/\./g, "")]);
    expect(subclasses.length).toBeGreaterThan(20);
    const out = await resolved(klassDetect(env, subclasses));
    expect(out[1]![0]).toBe(6);
    expect(out[1]![5]).toBe(1);
  });
});

describe("look-ups", () => {
  test("CODENAME at dates across versions; the 2026 rename; a missing code says when it was valid", async () => {
    const out = await resolved(
      klassCodename(env, 131, [["0301"], ["301"], ["0101"]], [["2024-01-01"], ["2026-06-01"], ["2024-01-01"]]),
    );
    expect(out[0]).toEqual(["Oslo"]);
    expect(out[1]).toEqual(["Oslo - Oslove"]);
    expect(kind(out[2]![0])).toBe("not-found");
    expect((out[2]![0] as Error).message).toMatch(
      /^0101 is not in 131 at 2024-01-01 \(valid \d{4}–2019\); see KLASS\.UPDATECODE$/,
    );
  });

  test("LEVEL, PARENT, VALID over SN2007", async () => {
    expect(await resolved(klassLevel(env, 6, "01.110", "2024-01-01"))).toEqual([[5]]);
    expect(await resolved(klassLevel(env, 6, "01110", "2024-01-01"))).toEqual([[5]]);
    expect(await resolved(klassParent(env, 6, "01.110", 1, "2024-01-01"))).toEqual([["A"]]);
    expect(await resolved(klassValid(env, 131, [["0301"], ["0101"]], "2024-01-01"))).toEqual([[true], [false]]);
  });

  test("CODES with level, selectCodes and columns; an unpublished language is #N/A saying so", async () => {
    const out = await resolved(klassCodes(env, 6, "2024-01-01", 1, "A-C", "code,name", "en"));
    expect(out.map((r) => r[0])).toEqual(["code", "A", "B", "C"]);
    await expect(settled(() => klassCodes(env, 6, "2024-01-01", null, null, null, "nn"))).rejects.toMatchObject({
      kind: "not-found",
      message: expect.stringMatching(/not published in language "nn" \(published: nb, en\)/),
    });
  });

  test("VARIANT and VARIANTCODES (A*10 of SN2007), by name, finer codes walked up", async () => {
    const groups = await resolved(klassVariantCodes(env, 6, "A*10", "2024-01-01", 1, "code,name"));
    expect(groups[0]).toEqual(["code", "name"]);
    expect(groups.length).toBe(11);
    replica.resetLog();
    const out = await resolved(
      klassVariant(env, 6, "A*10", [["A"], ["01.110"], ["B"]], [["2024-01-01"], ["2010-06-01"], ["2024-01-01"]]),
    );
    expect(out).toEqual([["1"], ["1"], ["2"]]);
    expect(klassRequests().filter((r) => r.path.endsWith("/variant")).length).toBe(0); // cached by VARIANTCODES above
  });

  test("VARIANT by id (variants/1501) answers exactly as by name (A*10): finer codes walked up, same requests, none per cell", async () => {
    const column = Array.from({ length: 700 }, (_, i) => [["A", "01.110", "01110", "01.1", "B", "C", "XX"][i % 7]]);
    const dates = column.map((_, i) => [i % 2 === 0 ? "2024-01-01" : "2023-06-01"]);
    const run = async (variant: string | number) => {
      const own = createServices({
        klassBaseUrl: replica.klassBaseUrl,
        brregBaseUrl: replica.brregBaseUrl,
        maxRetries: 0,
      });
      try {
        replica.resetLog();
        const out = await resolved(klassVariant({ klass: own.klass, now: () => NOW }, 6, variant, column, dates));
        const paths = klassRequests()
          .map((r) => r.path)
          .sort();
        const cells = out.map(([cell]) =>
          cell instanceof Error ? `${kind(cell)}: ${cell.message.replace(/variant .* at/, "variant at")}` : cell,
        );
        const byLevel = await resolved(
          klassVariant({ klass: own.klass, now: () => NOW }, 6, variant, [["01.110"], ["C"]], "2024-01-01", 2),
        );
        return { cells, paths, byLevel };
      } finally {
        await own.close();
      }
    };
    const byName = await run("A*10");
    const byId = await run(1501);
    expect(byName.cells.slice(0, 7)).toEqual([
      "1",
      "1",
      "1",
      "1",
      "2",
      "2",
      "not-found: XX is not in variant at 2024-01-01",
    ]);
    expect(byId.cells).toEqual(byName.cells);
    expect(byId.byLevel).toEqual([["A"], ["C"]]);
    expect(byName.byLevel).toEqual(byId.byLevel);
    // One variant request, the metadata and one code list (for the walk up) each way: never one per cell.
    expect(byName.paths).toEqual(["/classifications/6", "/classifications/6/codesAt", "/classifications/6/variant"]);
    expect(byId.paths).toEqual(["/classifications/6", "/classifications/6/codesAt", "/variants/1501"]);
  });

  test("SEARCH and INFO", async () => {
    const hits = await resolved(klassSearch(env, "kommune"));
    expect(hits[0]).toEqual(["id", "name", "snippet"]);
    expect(hits.some((r) => r[0] === 131)).toBe(true);
    expect(hits.every((r) => !String(r[2]).includes("<"))).toBe(true);
    expect(await resolved(klassInfo(env, 131, "name"))).toBe("Standard for kommuneinndeling");
  });
});

describe("families as the real API lists them (no id per family)", () => {
  test("the ids come from the self links, and each opens its family page", async () => {
    const raw = (await (
      await fetch(`${replica.klassBaseUrl}/classificationfamilies?language=nb`, {
        headers: { Accept: "application/json" },
      })
    ).json()) as { _embedded: { classificationFamilies: Array<Record<string, unknown>> } };
    expect(raw._embedded.classificationFamilies.some((f) => "id" in f)).toBe(false);
    const families = await resolved(services.klass.families("nb"));
    const region = families.find((f) => f.name === "Region");
    expect(region?.id).toBe(15);
    const page = await resolved(services.klass.family(region!.id, "nb", false));
    expect(page.id).toBe(15);
    expect(page.classifications.map((c) => c.id).sort()).toEqual([104, 106, 131]);
    expect(klassRequests().filter((r) => r.path.includes("undefined"))).toEqual([]);
  });
});

describe("KLASS.SEARCH pages", () => {
  /** The same search access over the services' cache, with small pages to force paging. */
  const paged = (searchPageSize: number, searchMaxResults?: number): KlassEnv => ({
    klass: createKlassData({
      cache: services.cache,
      http: services.http,
      baseUrl: replica.klassBaseUrl,
      searchPageSize,
      searchMaxResults,
    }),
    now: () => NOW,
  });
  const searches = () => klassRequests().filter((r) => r.path === "/classifications/search");

  test("a query with more than one page: every page followed, same table as one large page", async () => {
    const whole = await resolved(klassSearch(env, "for", true));
    expect(searches()).toHaveLength(1); // the page size asked is the cap, so one request
    const total = whole.length - 1;
    expect(total).toBeGreaterThan(4);
    replica.resetLog();
    const out = await resolved(klassSearch(paged(2), "for", true));
    expect(out).toEqual(whole);
    expect(searches()).toHaveLength(Math.ceil(total / 2));
    expect(searches().map((r) => r.query.page ?? "0")).toEqual(
      Array.from({ length: Math.ceil(total / 2) }, (_, i) => String(i)),
    );
    replica.resetLog();
    expect(await resolved(klassSearch(paged(2), "for", true))).toEqual(whole); // cached, page by page
    expect(searches()).toHaveLength(0);
  });

  test("cut at the cap: the last row is a note, and no page past the cap is asked for", async () => {
    const whole = await resolved(klassSearch(env, "for", true));
    replica.resetLog();
    const out = await resolved(klassSearch(paged(2, 3), "for", true));
    expect(out.slice(0, 4)).toEqual(whole.slice(0, 4));
    expect(out).toHaveLength(5);
    expect(out[4]).toEqual([
      `Showing the first 3 of ${whole.length - 1}: KLASS.SEARCH returns at most 3 results. Use more specific words to see the rest.`,
      "",
      "",
    ]);
    expect(searches()).toHaveLength(2);
  });
});

describe("range answers, languages and revalidation", () => {
  test("CODESRANGE lists a renamed code twice, each with its own period", async () => {
    const out = await resolved(
      klassCodesRange(
        env,
        104,
        "2019-01-01",
        "2020-01-02",
        null,
        "18",
        "code,name,validFromInRequestedRange,validToInRequestedRange",
      ),
    );
    expect(out).toEqual([
      ["code", "name", "validFromInRequestedRange", "validToInRequestedRange"],
      ["18", "Nordland", "2019-01-01", "2020-01-01"],
      ["18", "Nordland - Nordlánnda", "2020-01-01", "2020-01-02"],
    ]);
  });

  test("names in English come from the English list (one more request, per language)", async () => {
    const nb = await resolved(klassCodename(env, 6, "A", "2024-01-01"));
    const en = await resolved(klassCodename(env, 6, "A", "2024-01-01", "EN"));
    expect(nb).not.toEqual(en);
    expect(
      klassRequests()
        .filter((r) => r.path.endsWith("/codesAt"))
        .map((r) => r.query.language),
    ).toEqual(["nb", "en"]);
  });

  test("after a change in KLASS, revalidation refetches that classification's entries and the new name shows", async () => {
    // Its own replica: the mutation must not leak into the other tests.
    const own = await startReplica({ seed: 1 });
    const svc = createServices({ klassBaseUrl: own.klassBaseUrl, brregBaseUrl: own.brregBaseUrl, maxRetries: 0 });
    const e: KlassEnv = { klass: svc.klass, now: () => NOW };
    try {
      expect(await resolved(klassCodename(e, 131, "0301", "2024-06-01"))).toEqual([["Oslo"]]);
      await resolved(klassCodename(e, 104, "03", "2024-06-01"));
      own.mutate({
        kind: "klass-rename",
        classificationId: 131,
        code: "0301",
        name: "Oslo kommune",
        versionValidFrom: "2024-01-01",
      });
      own.resetLog();
      await svc.revalidate();
      const refetched = own.requests.filter((r) => r.api === "klass").map((r) => r.path);
      expect(refetched.some((p) => p.startsWith("/classifications/131"))).toBe(true);
      expect(refetched.some((p) => p.startsWith("/classifications/104"))).toBe(false);
      expect(await resolved(klassCodename(e, 131, "0301", "2024-06-01"))).toEqual([["Oslo kommune"]]);
    } finally {
      await svc.close();
      await own.close();
    }
  });
});

describe("request efficiency and failures", () => {
  test("100,000 look-ups over one classification and 20 dates: requests ≤ distinct versions + metadata", async () => {
    const dates = Array.from(
      { length: 20 },
      (_, i) => `${2016 + (i % 11)}-${String(1 + (i % 12)).padStart(2, "0")}-15`,
    );
    const codes = ["0301", "301", "1103", "9999"];
    const out = await resolved(
      klassCodename(
        env,
        131,
        Array.from({ length: 100_000 }, (_, i) => [codes[i % 4]]),
        Array.from({ length: 100_000 }, (_, i) => [dates[i % 20]]),
      ),
    );
    expect(out).toHaveLength(100_000);
    const meta = await resolved(services.klass.classification(131));
    const versions = new Set(dates.map((d) => findVersionAt(meta, d)?.from));
    const count = klassRequests().length;
    expect(count).toBeLessThanOrEqual(versions.size + 1);
    // The same again, warm: synchronous, no request.
    const again = klassCodename(env, 131, [["0301"]], [[dates[3]]]);
    expect(isPromise(again)).toBe(false);
    expect(klassRequests().length).toBe(count);
    console.log(`KLASS requests for 100,000 look-ups over 20 dates: ${count} (${versions.size} versions + metadata)`);
  });

  test("misses cost one history request per classification, for the 'valid …' message", async () => {
    const out = await resolved(
      klassCodename(env, 131, [["1201"], ["0101"], ["1201"]], [["2022-07-15"], ["2024-01-01"], ["2026-02-01"]]),
    );
    expect(out.map((r) => (r[0] as Error).message)).toEqual([
      "1201 is not in 131 at 2022-07-15 (valid 2016–2019); see KLASS.UPDATECODE",
      "0101 is not in 131 at 2024-01-01 (valid 2016–2019); see KLASS.UPDATECODE",
      "1201 is not in 131 at 2026-02-01 (valid 2016–2019); see KLASS.UPDATECODE",
    ]);
    expect(klassRequests().map((r) => r.path)).toEqual([
      "/classifications/131",
      "/classifications/131/codesAt",
      "/classifications/131/codesAt",
      "/classifications/131/codesAt",
      "/classifications/131/codes",
    ]);
  });

  test("VARIANTCODES by id, CORRESPOND for a column in one request", async () => {
    const groups = await resolved(klassVariantCodes(env, 6, 1501, "2024-01-01", 1, "code"));
    expect(groups.length).toBe(11);
    replica.resetLog();
    const out = await resolved(klassCorrespond(env, 131, 104, [["0301"], ["1201"], ["1103"]], "2019-06-01"));
    expect(out).toEqual([["03"], ["12"], ["11"]]);
    expect(klassRequests().filter((r) => r.path.endsWith("correspondsAt")).length).toBeLessThanOrEqual(2);
  });

  test("a 503 is a service failure, never not-found", async () => {
    replica.setFaults({ failNext: [{ status: 503, pathPattern: /codesAt/ }] });
    const [[cell]] = (await resolved(klassCodename(env, 131, "0301", "2024-01-01"))) as [[unknown]];
    expect(kind(cell)).toBe("service-unavailable");
    replica.setFaults({});
    // Not remembered as an answer: the next call loads and answers.
    expect(await resolved(klassCodename(env, 131, "0301", "2024-01-01"))).toEqual([["Oslo"]]);
  });

  test("an unknown classification is #N/A from the API", async () => {
    await expect(resolved(klassCodename(env, 99999, "0301", "2024-01-01"))).rejects.toMatchObject({
      kind: "not-found",
    });
  });
});

import { klassCodename, klassLevel, klassParent, klassValid } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { counted, errorOf, resolved, sync } from "./helpers";

describe("KLASS.CODENAME", () => {
  test("name at a date; leading zeros restored; numbers accepted", async () => {
    const env = testEnv();
    expect(await resolved(klassCodename(env, 131, "0301", "2024-01-01"))).toEqual([["Oslo"]]);
    expect(sync(klassCodename(env, "131", 301, "2024-06-30"))).toEqual([["Oslo"]]);
    expect(sync(klassCodename(env, 131, [["301"]], [[45292]]))).toEqual([["Oslo"]]);
  });

  test("the version follows the date (half-open ranges) and today is the default", async () => {
    const env = testEnv({ today: "2026-03-01" });
    expect(await resolved(klassCodename(env, 131, "0301", null))).toEqual([["Oslo - Oslove"]]);
    expect(await resolved(klassCodename(env, 131, "0301", "2025-12-31"))).toEqual([["Oslo"]]);
    expect(await resolved(klassCodename(env, 131, "3001", "2023-12-31"))).toEqual([["Halden"]]);
    errorOf((await resolved(klassCodename(env, 131, "3001", "2024-01-01")))[0]![0], "not-found");
  });

  test("a column of 3 codes is one invocation and one request per version, blanks stay blank", async () => {
    const env = testEnv();
    const out = await resolved(klassCodename(env, 131, [["0301"], ["1201"], [""], ["9999"], ["4601"]], "2020-06-01"));
    expect(out.slice(0, 4)).toEqual([["Oslo"], ["Bergen"], [""], ["Uoppgitt"]]);
    expect(errorOf(out[4]![0], "not-found")).toMatch(/4601 is not a code in 131/);
    expect(env.cache.fetches.filter((u) => u.includes("codesAt"))).toHaveLength(1);
  });

  test("a missing code says when it was valid and points at UPDATECODE", async () => {
    const env = testEnv();
    const [[value]] = (await resolved(klassCodename(env, 131, "0101", "2024-01-01"))) as [[unknown]];
    expect(errorOf(value, "not-found")).toBe(
      "0101 is not in 131 at 2024-01-01 (valid 2016–2019); see KLASS.UPDATECODE",
    );
  });

  test("a warm miss reads the code history once, not per call (the history is indexed once)", async () => {
    const env = testEnv();
    await resolved(klassCodename(env, 131, "0101", "2024-01-01"));
    const history = await resolved(env.klass.codesInRange(131, "2016-01-01", undefined, "nb"));
    const probe = counted(history);
    const klass = { ...env.klass, codesInRange: () => probe.items };
    const warm = { ...env, klass };
    const [[first]] = sync(klassCodename(warm, 131, "0101", "2024-01-01")) as [[unknown]];
    expect(errorOf(first, "not-found")).toMatch(/valid 2016–2019/);
    probe.reset();
    for (let i = 0; i < 100; i++) errorOf(sync(klassCodename(warm, 131, "0101", "2024-01-01"))[0]![0], "not-found");
    expect(probe.reads()).toBe(0);
  });

  test("a date before every version, and an unpublished language, are #N/A saying so", async () => {
    const env = testEnv();
    const [[early]] = (await resolved(klassCodename(env, 131, "0301", "1990-01-01"))) as [[unknown]];
    expect(errorOf(early, "not-found")).toMatch(/no version valid at 1990-01-01; versions cover 2016-01-01/);
    const [[lang]] = (await resolved(klassCodename(env, 131, "0301", "2016-06-01", "en"))) as [[unknown]];
    expect(errorOf(lang, "not-found")).toMatch(/not published in language "en"/);
  });

  test("bad arguments throw #VALUE! for the call, bad dates per element", async () => {
    const env = testEnv();
    expect(() => klassCodename(env, "kommune", "0301")).toThrow(/classification must be a positive whole number/);
    expect(() => klassCodename(env, 131, "0301", null, "de")).toThrow(/nb, nn or en/);
    const out = await resolved(klassCodename(env, 131, "0301", [["2024-01-01"], ["2024-13-01"]]));
    expect(out[0]).toEqual(["Oslo"]);
    expect(errorOf(out[1]![0], "invalid-input")).toMatch(/not a real day/);
  });

  test("ids that are not safe positive integers and out-of-range dates are #VALUE!, with no request", async () => {
    const env = testEnv();
    for (const id of [1e21, 1e308, 2 ** 53 + 1, "1".repeat(1_000_000), 0, -1, 1.5])
      expect(() => klassCodename(env, id, "0301", "2024-01-01")).toThrow(/1 to 9007199254740991/);
    const out = await resolved(klassCodename(env, 131, "0301", [[2958466], [1e12], [1e21], ["10000-01-01"]]));
    for (const row of out) expect(errorOf(row[0], "invalid-input")).toMatch(/1900-01-01 to 9999-12-31/);
    // Only the classification's metadata is read: no code list for a date that is none.
    expect(env.cache.fetches).toEqual(["http://klass.test/api/klass/v1/classifications/131?includeFuture=true"]);
  });

  test("a code longer than 1,000 characters is #VALUE! in its own cell", async () => {
    const env = testEnv();
    const out = await resolved(klassCodename(env, 131, [["0301"], ["0".repeat(1_000_000)]], "2024-01-01"));
    expect(out[0]).toEqual(["Oslo"]);
    expect(errorOf(out[1]![0], "invalid-input")).toMatch(/^code is 1,000,000 characters long; at most 1,000/);
  });

  test("a service failure stays a service failure, never not-found", async () => {
    const env = testEnv({ down: true });
    await expect(resolved(klassCodename(env, 131, "0301", "2024-01-01"))).rejects.toMatchObject({
      kind: "service-unavailable",
    });
  });

  test("100,000 look-ups over 20 dates: requests ≤ versions touched + metadata; warm path synchronous", async () => {
    const env = testEnv();
    const dates = Array.from({ length: 20 }, (_, i) => `${2016 + (i % 10)}-0${1 + (i % 9)}-15`);
    const codes = ["0301", "1201", "301", "9999"];
    const grid = Array.from({ length: 100_000 }, (_, i) => [codes[i % codes.length]]);
    const dateGrid = Array.from({ length: 100_000 }, (_, i) => [dates[i % dates.length]]);
    const out = await resolved(klassCodename(env, 131, grid, dateGrid));
    expect(out).toHaveLength(100_000);
    expect(out.every((row) => typeof row[0] === "string")).toBe(true);
    const versions = new Set(
      dates.map((d) => ["2016", "2018", "2019", "2020", "2024", "2026"].filter((y) => `${y}-01-01` <= d).pop()),
    );
    expect(env.cache.fetches.length).toBeLessThanOrEqual(versions.size + 1);
    // Warm: every single-cell call answers synchronously (sync throws on a promise), no request.
    const before = env.cache.fetches.length;
    for (let i = 0; i < 10_000; i++) sync(klassCodename(env, 131, codes[i % 4], dates[i % 20]));
    expect(env.cache.fetches.length).toBe(before);
  });
});

describe("KLASS.LEVEL, KLASS.VALID, KLASS.PARENT", () => {
  test("level as a number; SN2007 codes typed without separators", async () => {
    const env = testEnv();
    expect(await resolved(klassLevel(env, 6, "01.110", "2024-01-01"))).toEqual([[5]]);
    expect(await resolved(klassLevel(env, 6, "01110", "2024-01-01"))).toEqual([[5]]);
    expect(await resolved(klassCodename(env, 6, "0111", "2024-01-01"))).toEqual([["Dyrking av korn"]]);
  });

  test("Excel's numbers 1.1 and 2.1 (typed 01.1, 02.1) name the groups, not divisions 11 and 21", async () => {
    const env = testEnv();
    const out = await resolved(klassCodename(env, 6, [[1.1], [2.1], [11], ["21"]], "2024-01-01"));
    expect(out).toEqual([
      ["Dyrking av ettårige vekster"],
      ["Skogskjøtsel og andre skogbruksaktiviteter"],
      ["Produksjon av drikkevarer"],
      ["Produksjon av farmasøytiske råvarer og preparater"],
    ]);
    expect(await resolved(klassParent(env, 6, 1.1, null, "2024-01-01"))).toEqual([["01"]]);
  });

  test("VALID answers TRUE/FALSE, also for dates without a version; errors stay errors", async () => {
    const env = testEnv();
    expect(await resolved(klassValid(env, 131, [["0301"], ["0101"], ["abc"]], "2024-01-01"))).toEqual([
      [true],
      [false],
      [false],
    ]);
    expect(await resolved(klassValid(env, 131, "0301", "1990-01-01"))).toEqual([[false]]);
    await expect(resolved(klassValid(testEnv({ down: true }), 131, "0301"))).rejects.toMatchObject({
      kind: "service-unavailable",
    });
  });

  test("PARENT: the parent, or the ancestor at a level; the top has none", async () => {
    const env = testEnv();
    expect(await resolved(klassParent(env, 6, "01.110", null, "2024-01-01"))).toEqual([["01.11"]]);
    expect(await resolved(klassParent(env, 6, "01.110", 1, "2024-01-01"))).toEqual([["A"]]);
    expect(await resolved(klassParent(env, 6, "01.110", "2", "2024-01-01"))).toEqual([["01"]]);
    const [[top]] = (await resolved(klassParent(env, 6, "A", null, "2024-01-01"))) as [[unknown]];
    expect(errorOf(top, "not-found")).toMatch(/A has no parent.*top level/);
  });
});

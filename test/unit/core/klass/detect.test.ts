import { klassCodes, klassDetect } from "../../../../src/core/klass";
import { detectMatches } from "../../../../src/core/klass/detect";
import { testEnv } from "../../../support/klassEnv";
import { errorOf, resolved } from "./helpers";

const column = (codes: readonly unknown[]) => codes.map((c) => [c]);

describe("KLASS.DETECT: which classification and version a column of codes belongs to", () => {
  test("2019 municipality codes → 131, the 2018–2019 versions (the same list), 100 % valid", async () => {
    const env = testEnv();
    const list = (await resolved(klassCodes(env, 131, "2019-06-01", undefined, undefined, "code"))).slice(1);
    const out = await resolved(klassDetect(env, column([...list.map((r) => r[0]), ""])));
    expect(out[0]).toEqual([
      "classification",
      "name",
      "version",
      "validFrom",
      "validTo",
      "share",
      "valid",
      "codes",
      "changedSince",
    ]);
    const [id, name, version, from, to, share, valid, codes, changed] = out[1]!;
    expect([id, name, version, from, to]).toEqual([
      131,
      "Standard for kommuneinndeling",
      "Kommuneinndeling 2018 – Kommuneinndeling 2019",
      "2018-01-01",
      "2020-01-01",
    ]);
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect([valid, codes]).toEqual([list.length, list.length]);
    // 0101 and 0104 were renumbered in 2020, 1507 split in 2024 …: no longer valid today (2025).
    expect(changed).toBeGreaterThanOrEqual(2);
    expect(out.slice(2).map((r) => r[0])).toEqual(expect.arrayContaining([104, 6]));
  });

  test("SN2007 codes without dots (and as numbers) → 6, though some are also county and municipality codes", async () => {
    const out = await resolved(klassDetect(testEnv(), column(["01110", "0111", "01", "02", 5, "021", "11"])));
    expect(out[1]!.slice(0, 3)).toEqual([6, "Standard for næringsgruppering (SN2007)", "SN2007"]);
    expect(out[1]!.slice(5, 8)).toEqual([1, 7, 7]);
    expect(out[1]![5]).toBeGreaterThan(out[2]![5] as number);
  });

  test("costs one request per candidate version, cached: a second call asks for nothing", async () => {
    const env = testEnv();
    await resolved(klassDetect(env, column(["0301"])));
    const lists = () => env.cache.fetches.filter((u) => !u.includes("/classifications/106")).length;
    const asked = lists();
    // One list per version: 131's six, 104's three, SN2007's one (the fake KLASS has no 106: left out).
    expect(env.cache.fetches.filter((u) => u.includes("/codesAt"))).toHaveLength(6 + 3 + 1);
    await resolved(klassDetect(env, column(["0301", "1201"])));
    expect(lists()).toBe(asked);
  });

  test("malformed is #VALUE!; no code valid anywhere is #N/A saying what to do; an outage is not #N/A", async () => {
    expect(() => klassDetect(testEnv(), column(["", null]))).toThrow(/range has no codes/);
    expect(() => klassDetect(testEnv(), column(["0301"]), "x")).toThrow(/candidates must be a positive whole number/);
    const none = await resolved(klassDetect(testEnv(), column(["ZZZ-1"]))).catch((e: unknown) => e);
    expect(errorOf(none, "not-found")).toMatch(/none of the 1 codes is valid in any version of 131, 104, 106, 6/);
    const down = await resolved(klassDetect(testEnv({ down: true }), column(["0301"]))).catch((e: unknown) => e);
    expect((down as { kind?: string }).kind).toBe("service-unavailable");
  });
});

describe("detectMatches: the typed best match the taskpane proposes", () => {
  test("2019 municipality codes → 131, the run 2018–2019 with its latest version's first day", async () => {
    const env = testEnv();
    const list = (await resolved(klassCodes(env, 131, "2019-06-01", undefined, undefined, "code"))).slice(1);
    const { codes, matches } = await resolved(detectMatches(env, column(list.map((r) => r[0]))));
    expect(codes).toBe(list.length);
    expect(matches[0]).toMatchObject({
      classificationId: 131,
      name: "Standard for kommuneinndeling",
      versions: ["Kommuneinndeling 2018", "Kommuneinndeling 2019"],
      validFrom: "2018-01-01",
      latestFrom: "2019-01-01",
      validTo: "2020-01-01",
      share: 1,
      valid: list.length,
    });
  });
});

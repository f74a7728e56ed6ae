import { klassTrail, klassUpdateCode, traceTrail, trailText } from "../../../../src/core/klass";
import type { KlassCodeChange } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { errorOf, resolved, sync } from "./helpers";

const ch = (
  oldCode: string | null,
  newCode: string | null,
  changeOccurred: string,
  oldName: string | null = oldCode && "x",
  newName: string | null = newCode && "x",
): KlassCodeChange => ({ oldCode, oldName, newCode, newName, changeOccurred });

describe("traceTrail: every change on the way, with a flag", () => {
  const changes = [
    ch("0101", "3001", "2020-01-01"),
    ch("3001", "3101", "2024-01-01"),
    ch("0104", "3002", "2020-01-01"),
    ch("0136", "3002", "2020-01-01"),
    ch("1507", "1508", "2024-01-01"),
    ch("1507", "1580", "2024-01-01"),
    ch("1508", "1509", "2026-01-01"),
    ch("0301", "0301", "2026-01-01", "Oslo", "Oslo - Oslove"),
    ch("1850", null, "2020-01-01"),
  ];
  test("renumberings: 0101 → 3001 (2020) → 3101 (2024), recoded", () => {
    const t = traceTrail("0101", changes, "2019-01-01", "2024-01-01");
    expect(t).toMatchObject({ codes: ["3101"], flag: "recoded" });
    expect(trailText(t)).toBe("0101 → 3001 (2020) → 3101 (2024)");
    expect(trailText(traceTrail("0101", changes, "2019-01-01", "2023-01-01"))).toBe("0101 → 3001 (2020)");
  });
  test("a split lists every successor and follows each further", () => {
    const t = traceTrail("1507", changes, "2020-01-01", "2024-01-01");
    expect(t).toMatchObject({ codes: ["1508", "1580"], flag: "split" });
    expect(trailText(t)).toBe("1507 → 1508, 1580 (2024)");
    expect(trailText(traceTrail("1507", changes, "2020-01-01", "2026-01-01"))).toBe(
      "1507 → 1508, 1580 (2024) → 1509, 1580 (2026)",
    );
  });
  test("several old codes into one new: merged", () => {
    expect(traceTrail("0104", changes, "2019-01-01", "2020-01-01")).toMatchObject({ codes: ["3002"], flag: "merged" });
    expect(traceTrail("0136", changes, "2019-01-01", "2020-01-01").flag).toBe("merged");
  });
  test("same code, new name: renamed; no change: unchanged; no successor: ceased", () => {
    const renamed = traceTrail("0301", changes, "2024-01-01", "2026-01-01");
    expect(renamed).toMatchObject({ codes: ["0301"], flag: "renamed" });
    expect(trailText(renamed)).toBe("0301 → 0301 renamed (2026)");
    expect(traceTrail("0301", changes, "2019-01-01", "2025-01-01")).toEqual({
      code: "0301",
      steps: [],
      codes: ["0301"],
      flag: "unchanged",
    });
    const ceased = traceTrail("1850", changes, "2019-01-01", "2024-01-01");
    expect(ceased).toMatchObject({ codes: [], flag: "ceased" });
    expect(trailText(ceased)).toBe("1850 → ceased (2020)");
  });
  test("the range is (after, upTo]: a change on `after` is the start, one after upTo is not reached", () => {
    expect(traceTrail("3001", changes, "2024-01-01", "2026-01-01").flag).toBe("unchanged");
    expect(traceTrail("0101", changes, "2019-01-01", "2019-12-31").codes).toEqual(["0101"]);
  });
  test("a mid-year change shows its date", () =>
    expect(trailText(traceTrail("A", [ch("A", "B", "2021-07-01")], "2021-01-01", "2022-01-01"))).toBe(
      "A → B (2021-07-01)",
    ));
});

describe("KLASS.TRAIL", () => {
  test("0101 Halden across 2020 and 2024: the two-step trail", async () => {
    const env = testEnv();
    expect(await resolved(klassTrail(env, 131, "0101", "2019-01-01", "2024-01-01"))).toEqual([
      ["0101 → 3001 (2020) → 3101 (2024)", "recoded", "3101"],
    ]);
  });
  test("1507 Ålesund across 2024: a split with both successors", async () => {
    expect(await resolved(klassTrail(testEnv(), 131, "1507", 2023, 2024))).toEqual([
      ["1507 → 1508, 1580 (2024)", "split", "1508, 1580"],
    ]);
  });
  test("a column: one row per code, blanks stay blank, an unknown code is its own #N/A", async () => {
    const out = await resolved(klassTrail(testEnv(), 131, [["0101"], [""], ["0301"], ["9998"]], 2019, 2026));
    expect(out[0]).toEqual(["0101 → 3001 (2020) → 3101 (2024)", "recoded", "3101"]);
    expect(out[1]).toEqual(["", "", ""]);
    expect(out[2]).toEqual(["0301 → 0301 renamed (2026)", "renamed", "0301"]);
    expect(errorOf(out[3]![0], "not-found")).toBe(
      "9998 is not in 131 at 2019-01-01; give the date at which it was valid",
    );
    expect(out[3]![1]).toBe(out[3]![0]);
  });
  test("a row of codes gives a row per code too; a code typed as a number keeps its zero", async () => {
    const out = await resolved(klassTrail(testEnv(), 131, [["0101", 301]], 2019, 2024));
    expect(out.map((r) => r[2])).toEqual(["3101", "0301"]);
  });
  test("same version at both dates: unchanged without a changes request", async () => {
    const env = testEnv();
    expect(await resolved(klassTrail(env, 131, "3001", "2020-06-01", "2023-06-01"))).toEqual([
      ["3001", "unchanged", "3001"],
    ]);
    expect(env.cache.fetches.filter((u) => u.includes("/changes"))).toEqual([]);
  });
  test("shares UPDATECODE's requests: cached after it, a column costs the list and one changes request", async () => {
    const env = testEnv();
    await resolved(klassUpdateCode(env, 131, "0101", "2019-01-01", "2024-01-01"));
    const before = env.cache.fetches.length;
    const out = sync(klassTrail(env, 131, [["0101"], ["1507"]], "2019-01-01", "2024-01-01"));
    expect(out.map((r) => r[1])).toEqual(["recoded", "split"]);
    expect(env.cache.fetches.length).toBe(before);
  });
  test("malformed arguments are #VALUE! with how to fix them", () => {
    const env = testEnv();
    expect(() => klassTrail(env, 131, "0101", null)).toThrow(/fromDate is missing/);
    expect(() => klassTrail(env, 131, "0101", 2024, 2020)).toThrow(/toDate \(2020-01-01\) is before fromDate/);
    expect(() =>
      klassTrail(
        env,
        131,
        [
          ["0101", "0104"],
          ["1507", "0301"],
        ],
        2019,
      ),
    ).toThrow(/codes must be one column or one row \(got 2×2\)/);
    expect(() => klassTrail(env, "x", "0101", 2019)).toThrow(/classification/);
  });
  test("an outage is an outage, never not-found", async () => {
    const out = await resolved(klassTrail(testEnv({ down: true }), 131, "0101", 2019, 2024)).catch((e: unknown) => e);
    const cell = Array.isArray(out) ? (out as unknown[][])[0]![0] : out;
    expect((cell as { kind?: string }).kind).toBe("service-unavailable");
  });
});

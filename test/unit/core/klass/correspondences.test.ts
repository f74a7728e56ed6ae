import { klassCorrespond, klassCorresponds } from "../../../../src/core/klass";
import type { KlassCorrespondenceItem } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { errorOf, resolved, sync } from "./helpers";

describe("correspondences", () => {
  test("104 → 131: 12 Hordaland → 1201 Bergen among its targets, spilled across the row", async () => {
    const env = testEnv();
    const [row] = (await resolved(klassCorrespond(env, 104, 131, "12", "2016-06-01"))) as [unknown[]];
    expect(row[0]).toBe("1201");
    expect(row.length).toBeGreaterThan(20);
    expect(new Set(row).size).toBe(row.length);
  });

  test("a column of codes: one row each, padded to the widest; one table request", async () => {
    const env = testEnv();
    const out = await resolved(klassCorrespond(env, 104, 131, [["03"], ["3"], ["88"]], "2016-06-01"));
    expect(out[0]![0]).toBe("0301");
    expect(out[0]!.slice(1).every((v) => v === "")).toBe(true);
    expect(out[1]![0]).toBe("0301");
    expect(errorOf(out[2]![0], "not-found")).toMatch(/88 has no correspondence from 104 to 131/);
    expect(env.cache.fetches.filter((u) => u.includes("correspondsAt"))).toHaveLength(1);
  });

  test("a column of 300,000 codes spills without a crash (no argument spread over the rows)", async () => {
    const env = testEnv();
    const column = Array.from({ length: 300_000 }, (_, i) => [i % 2 ? "03" : "12"]);
    const out = await resolved(klassCorrespond(env, 104, 131, column, "2016-06-01"));
    expect(out).toHaveLength(300_000);
    expect(out[0]![0]).toBe("1201");
    expect(out[1]![0]).toBe("0301");
    expect(out[1]!.length).toBe(out[0]!.length);
  });

  test("source codes normalise like any code list: padded, separator-free, and ambiguity is #VALUE!", async () => {
    const base = testEnv();
    const row = (sourceCode: string, targetCode: string): KlassCorrespondenceItem =>
      ({ sourceCode, sourceName: sourceCode, targetCode, targetName: targetCode }) as KlassCorrespondenceItem;
    const items = [
      row("01", "A"),
      row("01.1", "B"),
      row("11", "C"),
      row("01.110", "D"),
      row("1.10", "E"),
      row("11.0", "F"),
    ];
    const env = { ...base, klass: { ...base.klass, correspondsAt: () => items } };
    const out = await resolved(klassCorrespond(env, 104, 131, [[1.1, "01110", "1", "110", "11"]], "2016-06-01"));
    expect(out[0]!.slice(0, 3)).toEqual(["B", "D", "A"]);
    expect(errorOf(out[0]![3], "invalid-input")).toMatch(/110 is ambiguous: it could be 1\.10 or 11\.0/);
    expect(out[0]![4]).toBe("C");
  });

  test("131 → 104 is answered from the 104 → 131 table, inverted; the direction is remembered", async () => {
    const env = testEnv();
    expect(await resolved(klassCorrespond(env, 131, 104, "1201", "2016-06-01"))).toEqual([["12"]]);
    expect(env.cache.fetches.filter((u) => u.includes("correspondsAt"))).toEqual([
      expect.stringContaining("/classifications/131/correspondsAt?targetClassificationId=104&date=2016-01-01"),
      expect.stringContaining("/classifications/104/correspondsAt?targetClassificationId=131&date=2016-01-01"),
    ]);
    const before = env.cache.fetches.length;
    expect(sync(klassCorrespond(env, 131, 104, [["301"], ["1201"]], "2017-03-01"))).toEqual([["03"], ["12"]]);
    expect(env.cache.fetches.length).toBe(before);
  });

  test("dates within the same pair of versions share one request", async () => {
    const env = testEnv();
    await resolved(klassCorrespond(env, 104, 131, "12", [["2016-01-01"], ["2016-06-01"], ["2017-12-31"]]));
    expect(env.cache.fetches.filter((u) => u.includes("correspondsAt"))).toHaveLength(1);
  });

  test("no table either way is #N/A", async () => {
    await expect(resolved(klassCorresponds(testEnv(), 6, 131, "2016-06-01"))).rejects.toMatchObject({
      kind: "not-found",
      message: "no correspondence between 6 and 131 at 2016-06-01",
    });
  });

  test("CORRESPONDS: the table with default columns, either direction", async () => {
    const env = testEnv();
    const out = await resolved(klassCorresponds(env, 104, 131, "2016-06-01"));
    expect(out[0]).toEqual(["sourceCode", "sourceName", "targetCode", "targetName"]);
    expect(out).toContainEqual(["12", "Hordaland", "1201", "Bergen"]);
    const back = await resolved(klassCorresponds(env, 131, 104, "2016-06-01", "sourceCode,targetCode"));
    expect(back).toContainEqual(["1201", "12"]);
  });
});

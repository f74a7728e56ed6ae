import { followChanges, klassChanges, klassUpdateCode } from "../../../../src/core/klass";
import { changesRequestFrom } from "../../../../src/core/klass/changes";
import type { KlassCodeChange } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { counted, errorOf, resolved } from "./helpers";

const ch = (oldCode: string | null, newCode: string | null, changeOccurred: string): KlassCodeChange => ({
  oldCode,
  oldName: oldCode && "x",
  newCode,
  newName: newCode && "y",
  changeOccurred,
});

describe("KLASS.CHANGES", () => {
  const changesUrls = (env: ReturnType<typeof testEnv>) => env.cache.fetches.filter((u) => /\/changes\?/.test(u));

  test("104 2019→2020: 01, 02, 06 → 30 Viken", async () => {
    const env = testEnv();
    const out = await resolved(klassChanges(env, 104, "2019-01-01", "2020-01-02"));
    expect(out[0]).toEqual(["oldCode", "oldName", "newCode", "newName", "changeOccurred"]);
    for (const old of ["01", "02", "06"])
      expect(out).toContainEqual([old, expect.any(String), "30", "Viken", "2020-01-01"]);
  });
  test("from is required", () => expect(() => klassChanges(testEnv(), 104, null)).toThrow(/from is missing/));

  test("the days [from, to): a change on `from` is in (the API is asked from the day before), one on `to` is out", async () => {
    const env = testEnv();
    // The API leaves out changes on its `from`: 16/17 → 50 took effect on 2018-01-01 itself.
    const on2018 = await resolved(klassChanges(env, 104, "2018-01-01", "2019-01-01"));
    expect(on2018.slice(1).map((r) => `${r[0]}>${r[2]} ${r[4]}`)).toEqual(["16>50 2018-01-01", "17>50 2018-01-01"]);
    expect(changesUrls(env)).toEqual([expect.stringMatching(/104\/changes\?from=2017-12-31&to=2019-01-01(&|$)/)]);
    // `to` is the first day after the range: the reform of 2020-01-01 is out of [2019, 2020) …
    expect(await resolved(klassChanges(env, 104, "2019-01-01", "2020-01-01"))).toEqual([
      ["oldCode", "oldName", "newCode", "newName", "changeOccurred"],
    ]);
    expect(changesUrls(env)[1]).toMatch(/changes\?from=2018-12-31&to=2020-01-01(&|$)/);
    // … and in [2020, 2021), whose `from` is that day.
    expect((await resolved(klassChanges(env, 104, "2020-01-01", "2021-01-01"))).length).toBe(14);
    expect(() => klassChanges(testEnv(), 104, "2020-01-01", "2020-01-01")).toThrow(/must be after from/);
  });

  test("an early `from` is clamped to the first version's start; a range before it asks for no changes", async () => {
    const env = testEnv();
    // 1 is Excel's first day (serial 1 = 1900-01-01).
    const fromYear1 = await resolved(klassChanges(env, 104, 1, "2019-01-01"));
    expect(fromYear1.slice(1).map((r) => r[0])).toEqual(["16", "17"]);
    expect(await resolved(klassChanges(env, 104, "1900-01-01", "2019-01-01"))).toEqual(fromYear1);
    // 104's first version starts 2016-01-01: both ask from that day, the same (cached) request.
    expect(changesUrls(env)).toEqual([expect.stringMatching(/104\/changes\?from=2016-01-01&to=2019-01-01(&|$)/)]);
    expect(await resolved(klassChanges(env, 104, "1900-01-01", "2016-01-01"))).toEqual([
      ["oldCode", "oldName", "newCode", "newName", "changeOccurred"],
    ]);
    expect(changesUrls(env)).toHaveLength(1);
  });

  test("changesRequestFrom: the day before, never before the first version, none for a range before it", async () => {
    const meta = await resolved(testEnv().klass.classification(104));
    expect(changesRequestFrom(meta, "2018-01-01", "2019-01-01")).toBe("2017-12-31");
    expect(changesRequestFrom(meta, "2016-01-01", "2019-01-01")).toBe("2016-01-01");
    expect(changesRequestFrom(meta, "1900-01-01", "2019-01-01")).toBe("2016-01-01");
    expect(changesRequestFrom(meta, "1900-01-01", "2016-01-01")).toBeUndefined();
  });

  test("an outage is an outage, never an empty table", async () => {
    await expect(
      resolved(klassChanges(testEnv({ down: true }), 104, "2019-01-01", "2021-01-01")),
    ).rejects.toMatchObject({
      kind: "service-unavailable",
    });
  });
});

describe("following change tables", () => {
  const changes = [
    ch("0101", "3001", "2020-01-01"),
    ch("3001", "3101", "2024-01-01"),
    ch("1507", "1508", "2024-01-01"),
    ch("1507", "1580", "2024-01-01"),
    ch("0301", "0301", "2026-01-01"),
    ch("1850", null, "2020-01-01"),
    ch("7", "7", "2020-01-01"),
    ch("7", "8", "2020-01-01"),
  ];
  test("renumberings follow through every version; renames keep the code", () => {
    expect(followChanges("0101", changes, "2019-01-01", "2024-01-01")).toBe("3101");
    expect(followChanges("0101", changes, "2019-01-01", "2023-01-01")).toBe("3001");
    expect(followChanges("0301", changes, "2019-01-01", "2026-01-01")).toBe("0301");
    expect(followChanges("7", changes, "2019-01-01", "2026-01-01")).toBe("7");
  });
  test("a split names the successors; a removal says so", () => {
    expect(() => followChanges("1507", changes, "2020-01-01", "2024-01-01")).toThrow(
      "1507 was split into 1508, 1580 at 2024-01-01; choose one of them",
    );
    expect(() => followChanges("1850", changes, "2019-01-01", "2024-01-01")).toThrow(/ceased to exist at 2020-01-01/);
  });
  test("backwards in time", () =>
    expect(followChanges("3101", changes, "2019-01-01", "2024-01-01", true)).toBe("0101"));
  test("a change set is indexed once: following more codes reads no change rows again", () => {
    const probe = counted(changes);
    expect(followChanges("0101", probe.items, "2019-01-01", "2024-01-01")).toBe("3101");
    expect(followChanges("3101", probe.items, "2019-01-01", "2024-01-01", true)).toBe("0101");
    probe.reset();
    for (let i = 0; i < 100; i++) {
      expect(followChanges("0101", probe.items, "2019-01-01", "2024-01-01")).toBe("3101");
      expect(followChanges("3101", probe.items, "2019-01-01", "2024-01-01", true)).toBe("0101");
      expect(() => followChanges("1507", probe.items, "2020-01-01", "2024-01-01")).toThrow(/split into 1508, 1580/);
    }
    expect(probe.reads()).toBe(0);
  });
  test("a change out of the range is not followed; a code that came from nothing is not a source", () => {
    const more = [...changes, ch(null, "9999", "2021-01-01"), ch("3101", "3201", "2028-01-01")];
    expect(followChanges("0101", more, "2019-01-01", "2024-01-01")).toBe("3101");
    expect(followChanges("0101", more, "2019-01-01", "2028-01-01")).toBe("3201");
    expect(followChanges("3101", more, "2024-01-01", "2027-12-31")).toBe("3101");
  });
});

describe("KLASS.UPDATECODE", () => {
  test("0101 Halden (2019) → 3001 (2020) → 3101 (2024)", async () => {
    const env = testEnv();
    expect(await resolved(klassUpdateCode(env, 131, "0101", "2019-01-01", "2020-01-01"))).toEqual([["3001"]]);
    expect(await resolved(klassUpdateCode(env, 131, "101", 2019, 2024))).toEqual([["3101"]]);
    expect(await resolved(klassUpdateCode(env, 131, "3101", 2024, 2019))).toEqual([["0101"]]);
  });
  test("a column of codes: codes list + one changes request per version pair; split and unknown per row", async () => {
    const env = testEnv();
    const out = await resolved(
      klassUpdateCode(env, 131, [["0101"], ["0104"], ["0301"], ["1507"], ["4601"], [""]], "2019-06-01", "2025-01-01"),
    );
    expect(out.slice(0, 3)).toEqual([["3101"], ["3103"], ["0301"]]);
    expect(errorOf(out[3]![0], "not-found")).toMatch(/1507 was split into 1508, 1580 at 2024-01-01/);
    expect(errorOf(out[4]![0], "not-found")).toMatch(/4601 is not in 131 at 2019-06-01/);
    expect(out[5]).toEqual([""]);
    expect(env.cache.fetches.map((u) => new URL(u).pathname.split("/").pop())).toEqual(["131", "codesAt", "changes"]);
  });
  test("same version: the code as is; toDate defaults to today", async () => {
    const env = testEnv({ today: "2025-06-15" });
    expect(await resolved(klassUpdateCode(env, 131, "3101", "2024-03-01"))).toEqual([["3101"]]);
    expect(await resolved(klassUpdateCode(env, 131, "0101", "2018-03-01"))).toEqual([["3101"]]);
    expect(() => klassUpdateCode(env, 131, "0101", null)).toThrow(/fromDate is missing/);
  });
});

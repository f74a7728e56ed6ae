import { followChanges, klassChanges, klassUpdateCode } from "../../../../src/core/klass";
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
  test("104 2019→2020: 01, 02, 06 → 30 Viken ([from, to) sent to the API as given)", async () => {
    const env = testEnv();
    const out = await resolved(klassChanges(env, 104, "2019-01-01", "2020-01-02"));
    expect(out[0]).toEqual(["oldCode", "oldName", "newCode", "newName", "changeOccurred"]);
    for (const old of ["01", "02", "06"])
      expect(out).toContainEqual([old, expect.any(String), "30", "Viken", "2020-01-01"]);
    expect(env.cache.fetches[0]).toMatch(/changes\?from=2019-01-01&to=2020-01-02/);
  });
  test("from is required", () => expect(() => klassChanges(testEnv(), 104, null)).toThrow(/from is missing/));
  test("the range is half-open: `to` goes to the API unchanged, and must come after from", async () => {
    const env = testEnv();
    await resolved(klassChanges(env, 104, "2019-01-01", "2020-01-01"));
    expect(env.cache.fetches[0]).toMatch(/changes\?from=2019-01-01&to=2020-01-01(&|$)/);
    expect(() => klassChanges(testEnv(), 104, "2020-01-01", "2020-01-01")).toThrow(/must be after from/);
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

import { klassCodes, klassHierarchy } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { errorOf, resolved, sync } from "./helpers";

const A = ["A", "Jordbruk, skogbruk og fiske"];

describe("KLASS.HIERARCHY: one row per code, a column per level from the top", () => {
  test("SN2007 01.110 → A, 01, 01.1, 01.11, 01.110 with names", async () => {
    expect(await resolved(klassHierarchy(testEnv(), 6, "01.110", "2024-01-01"))).toEqual([
      [
        ...A,
        "01",
        "Jordbruk",
        "01.1",
        "Dyrking av ettårige vekster",
        "01.11",
        "Dyrking av korn",
        "01.110",
        "Dyrking av korn, unntatt ris",
      ],
    ]);
  });
  test("codes only, names only; a higher code leaves the deeper levels blank; the code is normalised", async () => {
    const env = testEnv();
    expect(await resolved(klassHierarchy(env, 6, [["01110"], ["02"]], 2024, "code"))).toEqual([
      ["A", "01", "01.1", "01.11", "01.110"],
      ["A", "02", "", "", ""],
    ]);
    expect(sync(klassHierarchy(env, 6, "01.11", 2024, "name"))).toEqual([
      ["Jordbruk, skogbruk og fiske", "Jordbruk", "Dyrking av ettårige vekster", "Dyrking av korn", ""],
    ]);
  });
  test("a column: blanks stay blank rows, a missing code is #N/A across its row, one list request", async () => {
    const env = testEnv();
    const out = await resolved(klassHierarchy(env, 6, [["01.110"], [""], ["99.999"]], 2024, "code"));
    expect(out[1]).toEqual(["", "", "", "", ""]);
    expect(errorOf(out[2]![0], "not-found")).toMatch(/99\.999/);
    expect(out[2]!.every((c) => c === out[2]![0])).toBe(true);
    expect(env.cache.fetches.filter((u) => u.includes("/codesAt"))).toHaveLength(1);
  });
  test("municipalities (one level): the code and its name", async () => {
    expect(await resolved(klassHierarchy(testEnv(), 131, "0301", "2024-01-01"))).toEqual([["0301", "Oslo"]]);
  });
  test("malformed arguments are #VALUE! with how to fix them; an outage is not #N/A", async () => {
    const env = testEnv();
    expect(() => klassHierarchy(env, 6, "01", 2024, "parent")).toThrow(/columns: "parent" is not one of code, name/);
    expect(() =>
      klassHierarchy(
        env,
        6,
        [
          ["01", "02"],
          ["05", "11"],
        ],
        2024,
      ),
    ).toThrow(/one column or one row/);
    const down = await resolved(klassHierarchy(testEnv({ down: true }), 6, "01", 2024)).catch((e: unknown) => e);
    const cell = Array.isArray(down) ? (down as unknown[][])[0]![0] : down;
    expect((cell as { kind?: string }).kind).toBe("service-unavailable");
  });
});

describe('KLASS.CODES with columns "wide": the whole table, one row per lowest code', () => {
  test("header level1Code … and a row per code that is no other code's parent", async () => {
    const out = await resolved(klassCodes(testEnv(), 6, 2024, undefined, undefined, "wide"));
    expect(out[0]).toEqual([
      "level1Code",
      "level1Name",
      "level2Code",
      "level2Name",
      "level3Code",
      "level3Name",
      "level4Code",
      "level4Name",
      "level5Code",
      "level5Name",
    ]);
    expect(out).toContainEqual([
      ...A,
      "01",
      "Jordbruk",
      "01.1",
      "Dyrking av ettårige vekster",
      "01.11",
      "Dyrking av korn",
      "01.110",
      "Dyrking av korn, unntatt ris",
    ]);
    expect(out).toContainEqual([
      ...A,
      "02",
      "Skogbruk",
      "02.1",
      "Skogskjøtsel og andre skogbruksaktiviteter",
      "",
      "",
      "",
      "",
    ]);
    // 01, 01.1, 01.11 are parents: never rows of their own.
    expect(out.filter((r) => r[2] === "01" && r[4] === "")).toEqual([]);
  });
  test('"wide, code" with a level: the codes at that level with their ancestors; selectCodes still applies', async () => {
    const env = testEnv();
    expect(await resolved(klassCodes(env, 6, 2024, 2, "01, 02", "wide, code"))).toEqual([
      ["level1Code", "level2Code"],
      ["A", "01"],
      ["A", "02"],
    ]);
  });
  test('other fields beside "wide" are #VALUE! saying what it takes', () =>
    expect(() => klassCodes(testEnv(), 6, 2024, undefined, undefined, "wide, level")).toThrow(
      /"wide" takes only "code" and\/or "name"/,
    ));
});

import { klassInfo } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { resolved } from "./helpers";

describe("KLASS.INFO", () => {
  test("one field, or all fields and the versions", async () => {
    const env = testEnv({ today: "2025-06-15" });
    expect(await resolved(klassInfo(env, 131, "name"))).toBe("Standard for kommuneinndeling");
    expect(await resolved(klassInfo(env, 131, "currentversion"))).toBe("Kommuneinndeling 2024");
    const all = (await resolved(klassInfo(env, 131))) as unknown[][];
    expect(all[0]).toEqual(["field", "value"]);
    expect(all).toContainEqual(["version Kommuneinndeling 2016", "2016-01-01 – 2018-01-01 (nb)"]);
    expect(() => klassInfo(env, 131, "nam")).toThrow(/did you mean "name"/);
  });
});

describe("KLASS.INFO lists correspondence tables and variants with ids and validity", () => {
  test("correspondenceTables: every version's, once each, from one versions/{id} request per version", async () => {
    const env = testEnv();
    const out = (await resolved(klassInfo(env, 131, "correspondenceTables"))) as unknown[][];
    expect(out).toEqual([
      ["id", "name", "source", "target", "version", "validFrom", "validTo"],
      [
        71,
        "Fylkesinndeling 2016 - Kommuneinndeling 2016",
        "Fylkesinndeling 2016",
        "Kommuneinndeling 2016",
        "Kommuneinndeling 2016",
        "2016-01-01",
        "2018-01-01",
      ],
    ]);
    expect(env.cache.fetches.filter((u) => /\/versions\/\d+/.test(u))).toHaveLength(6);
  });
  test("a date narrows to that version (none listed there: the header only); the same table from the other side", async () => {
    const env = testEnv();
    expect(await resolved(klassInfo(env, 131, "correspondenceTables", "2024-06-01"))).toEqual([
      ["id", "name", "source", "target", "version", "validFrom", "validTo"],
    ]);
    const from104 = (await resolved(klassInfo(env, 104, "correspondencetables", 2016))) as unknown[][];
    expect(from104[1]?.slice(0, 2)).toEqual([71, "Fylkesinndeling 2016 - Kommuneinndeling 2016"]);
  });
  test("variants: id, name, version and the variant's own validity", async () => {
    expect(await resolved(klassInfo(testEnv(), 6, "variants"))).toEqual([
      ["id", "name", "version", "validFrom", "validTo"],
      [1111, "Næringsgrupper", "SN2007", "2009-01-01", "2035-01-01"],
    ]);
  });
  test("versions with a year: every version valid at some time in it; with a day: the one valid then", async () => {
    const env = testEnv();
    expect(await resolved(klassInfo(env, 131, "versions", 2024))).toBe("Kommuneinndeling 2024 (2024-01-01–2026-01-01)");
    expect(await resolved(klassInfo(env, 131, "versions", "2019-06-01"))).toBe(
      "Kommuneinndeling 2019 (2019-01-01–2020-01-01)",
    );
    expect(String(await resolved(klassInfo(env, 131, "versions")))).toMatch(
      /^Kommuneinndeling 2016 .*; Kommuneinndeling 2026/,
    );
    expect(() => klassInfo(env, 131, "versions", "2024-13-01")).toThrow(/not a real day/);
  });
  test("an outage is an outage, never an empty list", async () => {
    await expect(resolved(klassInfo(testEnv({ down: true }), 131, "variants"))).rejects.toMatchObject({
      kind: "service-unavailable",
    });
  });
});

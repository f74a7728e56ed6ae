import { klassInfo, klassSearch, stripHtml } from "../../../src/core/klass";
import { testEnv } from "./support/env";
import { resolved } from "./helpers";

describe("KLASS.SEARCH", () => {
  test("id (from the self link when absent), name, snippet without HTML", async () => {
    const out = await resolved(klassSearch(testEnv(), "ARENA"));
    expect(out[0]).toEqual(["id", "name", "snippet"]);
    expect(out[1]?.[0]).toBe(31);
    expect(out[1]?.[2]).toMatch(/652 - Ice arena 653/);
    expect(String(out[1]?.[2])).not.toMatch(/<strong>/);
  });
  test("includeCodelists asks for them", async () => {
    const env = testEnv();
    const out = await resolved(klassSearch(env, "ARENA", true));
    expect(out.length).toBe(8);
    expect(env.cache.fetches[0]).toMatch(/includeCodelists=true/);
  });
  test("stripHtml collapses whitespace and entities", () => expect(stripHtml("a <strong>b</strong>\n c &amp; d")).toBe("a b c & d"));
});

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

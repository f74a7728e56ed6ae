import { klassCorrespondTable } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { errorOf, resolved, sync } from "./helpers";

describe("KLASS.CORRESPONDTABLE: a correspondence table by its id", () => {
  test("the maps (recorded 104 → 131) with a header row, in the API's order; one cached request", async () => {
    const env = testEnv();
    const out = await resolved(klassCorrespondTable(env, 71));
    expect(out[0]).toEqual(["sourceCode", "sourceName", "targetCode", "targetName"]);
    expect(out[1]).toEqual(["01", "Østfold", "0101", "Halden"]);
    expect(out).toContainEqual(["12", "Hordaland", "1201", "Bergen"]);
    expect(env.cache.fetches).toEqual([expect.stringMatching(/\/correspondencetables\/71\?language=nb$/)]);
    expect(sync(klassCorrespondTable(env, "71", "targetCode, sourceCode"))[1]).toEqual(["0101", "01"]);
    expect(env.cache.fetches).toHaveLength(1);
  });
  test("an unknown id is not-found (#N/A); a malformed one or column is #VALUE! saying how to fix it", async () => {
    const missing = await resolved(klassCorrespondTable(testEnv(), 99999)).catch((e: unknown) => e);
    expect(errorOf(missing, "not-found")).toMatch(/99999/);
    expect(() => klassCorrespondTable(testEnv(), "abc")).toThrow(/id must be a positive whole number/);
    expect(() => klassCorrespondTable(testEnv(), 71, "targetCod")).toThrow(/did you mean "targetCode"/);
  });
  test("an outage is an outage, never not-found", async () => {
    const down = await resolved(klassCorrespondTable(testEnv({ down: true }), 71)).catch((e: unknown) => e);
    expect((down as { kind?: string }).kind).toBe("service-unavailable");
  });
});

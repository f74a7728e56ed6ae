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

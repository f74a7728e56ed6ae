import { klassCodes, klassCodesRange } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { resolved, sync } from "./helpers";

describe("KLASS.CODES", () => {
  test("header row first, default columns, level as a number, null parent as blank", async () => {
    const env = testEnv();
    const out = await resolved(klassCodes(env, 104, "2016-06-01"));
    expect(out[0]).toEqual(["code", "parentCode", "level", "name"]);
    expect(out[1]).toEqual(["01", "", 1, "Østfold"]);
    expect(out.map((r) => r[0])).toContain("16");
    expect(out.map((r) => r[0])).not.toContain("50");
  });
  test("104 from 2018: 16 and 17 are gone and 50 Trøndelag is there", async () => {
    const out = await resolved(klassCodes(testEnv(), 104, "2018-01-01", null, null, "code,name"));
    const codes = out.map((r) => r[0]);
    expect(codes).toContain("50");
    expect(codes).not.toContain("16");
    expect(codes).not.toContain("17");
  });
  test("selectCodes and level filter on the client: one list request serves every filter", async () => {
    const env = testEnv();
    const a = await resolved(klassCodes(env, 131, "2024-01-01", null, "03*, 1101-1103", ["code", "name"]));
    expect(a).toEqual([
      ["code", "name"],
      ["0301", "Oslo"],
      ["1101", "Eigersund"],
      ["1102", "Sandnes"],
      ["1103", "Stavanger"],
    ]);
    const b = await resolved(klassCodes(env, 6, "2024-01-01", 5, null, [["code"], ["name"]]));
    expect(b).toEqual([
      ["code", "name"],
      ["01.110", "Dyrking av korn, unntatt ris"],
    ]);
    expect(sync(klassCodes(env, 131, "2024-06-01", null, "9999")).length).toBe(2);
    expect(env.cache.fetches.filter((u) => u.includes("codesAt"))).toHaveLength(2); // 131 once, 6 once
  });
  test("columns are checked, with a suggestion", () => {
    expect(() => klassCodes(testEnv(), 131, "2024-01-01", null, null, "code,nmae")).toThrow(/did you mean "name"/);
  });
  test("language en of an SN2007 version", async () => {
    const out = await resolved(klassCodes(testEnv(), 6, "2022-06-01", 1, "A", "code,name", "EN"));
    expect(out[1]?.[0]).toBe("A");
  });
});

describe("KLASS.CODESRANGE", () => {
  test("104 2016–2018: 16 and 17 end 2018-01-01; 50 starts then; to is exclusive, as the API's", async () => {
    const env = testEnv();
    const out = await resolved(
      klassCodesRange(
        env,
        104,
        "2016-01-01",
        "2018-01-02",
        null,
        "16,17,50",
        "code,name,validFromInRequestedRange,validToInRequestedRange",
      ),
    );
    expect(out).toEqual([
      ["code", "name", "validFromInRequestedRange", "validToInRequestedRange"],
      ["16", "Sør-Trøndelag", "2016-01-01", "2018-01-01"],
      ["17", "Nord-Trøndelag", "2016-01-01", "2018-01-01"],
      ["50", "Trøndelag", "2018-01-01", "2018-01-02"],
    ]);
    expect(env.cache.fetches[0]).toMatch(/codes\?from=2016-01-01&to=2018-01-02/);
  });
  test("from is required and to may not precede it", () => {
    expect(() => klassCodesRange(testEnv(), 104, null)).toThrow(/from is missing/);
    expect(() => klassCodesRange(testEnv(), 104, "2018-01-01", "2016-01-01")).toThrow(/must be after from/);
    expect(() => klassCodesRange(testEnv(), 104, "2018-01-01", "2018-01-01")).toThrow(/must be after from/);
  });
});

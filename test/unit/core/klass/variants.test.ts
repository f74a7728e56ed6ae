import { klassVariant, klassVariantCodes } from "../../../../src/core/klass";
import { testEnv } from "../../../support/klassEnv";
import { errorOf, resolved } from "./helpers";

describe("variants", () => {
  test("VARIANT by name: the group of each code (separators restored); a miss is #N/A", async () => {
    const env = testEnv();
    const out = await resolved(
      klassVariant(env, 6, "Næringsgrupper", [["01.110"], ["02"], ["01110"], ["03"]], "2024-01-01"),
    );
    expect(out.slice(0, 3)).toEqual([["G1"], ["G1"], ["G1"]]);
    expect(errorOf(out[3]![0], "not-found")).toMatch(/03 is not in variant "Næringsgrupper"/);
    expect(env.cache.fetches.filter((u) => u.includes("/variant?"))).toHaveLength(1);
    expect(env.cache.fetches.find((u) => u.includes("/variant?"))).toMatch(
      /variantName=N%C3%A6ringsgrupper&from=2009-01-01&language=nb/,
    );
  });
  test("VARIANT: a code finer than the variant's is walked up the classification (05 → B → G2)", async () => {
    const env = testEnv();
    expect(await resolved(klassVariant(env, 6, "Næringsgrupper", [["05"], ["B"]], "2024-01-01"))).toEqual([
      ["G2"],
      ["G2"],
    ]);
    expect(env.cache.fetches.map((u) => new URL(u).pathname.split("/").pop())).toEqual(["6", "variant", "codesAt"]);
  });
  test("VARIANT over a column of dates within one version: one variant request", async () => {
    const env = testEnv();
    const out = await resolved(
      klassVariant(env, 6, "Næringsgrupper", "02", [["2010-01-01"], ["2015-06-30"], ["2024-01-01"]]),
    );
    expect(out).toEqual([["G1"], ["G1"], ["G1"]]);
    expect(env.cache.fetches.filter((u) => u.includes("/variant?"))).toHaveLength(1);
  });
  test("VARIANT by id checks the variant's validity", async () => {
    const env = testEnv();
    expect(await resolved(klassVariant(env, 6, 1111, "02", "2024-01-01"))).toEqual([["G1"]]);
    const [[late]] = (await resolved(klassVariant(env, 6, "1111", "02", "2040-01-01"))) as [[unknown]];
    expect(errorOf(late, "not-found")).toMatch(/not valid at 2040-01-01/);
  });
  test("VARIANTCODES: a table, filtered by level", async () => {
    const out = await resolved(klassVariantCodes(testEnv(), 6, "Næringsgrupper", "2024-01-01", 2, "code,parentCode"));
    expect(out).toEqual([
      ["code", "parentCode"],
      ["01.110", "G1"],
      ["02", "G1"],
      ["B", "G2"],
    ]);
  });
  test("an unknown variant name is #N/A from the API", async () => {
    await expect(resolved(klassVariantCodes(testEnv(), 6, "Nope", "2024-01-01"))).rejects.toMatchObject({
      kind: "not-found",
    });
  });
});

import { useServices } from "../../../support/functionServices";
import * as klass from "../../../../src/functions/klass";
import { testEnv } from "../../../support/klassEnv";
import { isPromise } from "../../../../src/core/maybePromise";

/**
 * The custom-function wrappers over a fake services instance: cell errors come out as Excel's
 * error values (per element inside arrays), a warm call is synchronous, and a service failure is
 * #VALUE! "KLASS unavailable: …", never #N/A.
 */
function install(options: { down?: boolean } = {}) {
  const env = testEnv(options);
  useServices({ klass: env.klass, clock: { now: env.now } });
  return env;
}

test("CODENAME over a column: names and per-element #N/A; the second call is synchronous", async () => {
  install();
  const first = await klass.codename(131, [["0301"], ["0101"]], [["2024-01-01"]]);
  expect(first[0]).toEqual(["Oslo"]);
  expect(first[1]![0]).toMatchObject({
    code: "#N/A",
    message: expect.stringMatching(/0101 is not in 131 at 2024-01-01 \(valid 2016–2019\)/),
  });
  const second = klass.codename(131, [["0301"]], [["2024-01-01"]]);
  expect(isPromise(second)).toBe(false);
});

test("a malformed argument throws #VALUE! with an example", () => {
  install();
  expect(() => klass.codename("x" as never, [["0301"]])).toThrow(expect.objectContaining({ code: "#VALUE!" }));
});

test("a service failure is #VALUE! 'KLASS unavailable', never #N/A", async () => {
  install({ down: true });
  await expect(klass.codename(131, [["0301"]], [["2024-01-01"]])).rejects.toMatchObject({
    code: "#VALUE!",
    message: expect.stringMatching(/^KLASS unavailable: /),
  });
});

test("tables, INFO scalar as [[value]], UPDATECODE", async () => {
  install();
  expect(await klass.codes(104, "2018-01-01", null, "50", [["code", "name"]])).toEqual([
    ["code", "name"],
    ["50", "Trøndelag"],
  ]);
  expect(await klass.info(131, "name")).toEqual([["Standard for kommuneinndeling"]]);
  expect(await klass.updateCode(131, [["0101"]], [["2019-01-01"]], "2024-01-01")).toEqual([["3101"]]);
  const changes = await klass.changes(104, 2019, 2021);
  expect(changes).toContainEqual(["01", "Østfold", "30", "Viken", "2020-01-01"]);
});

test("every KLASS function answers through its wrapper", async () => {
  install();
  const calls: Array<[string, () => unknown]> = [
    ["CODENAME", () => klass.codename(131, [["0301"]], [["2024-01-01"]])],
    ["CODES", () => klass.codes(104, 2016)],
    ["CODESRANGE", () => klass.codesRange(104, 2016, "2018-01-02")],
    ["PARENT", () => klass.parent(6, [["01.110"]], 1, [["2024-01-01"]])],
    ["LEVEL", () => klass.level(6, [["01.110"]], [["2024-01-01"]])],
    ["VALID", () => klass.valid(131, [["0301"]], [["2024-01-01"]])],
    ["VARIANT", () => klass.variant(6, "Næringsgrupper", [["02"]], [["2024-01-01"]])],
    ["VARIANTCODES", () => klass.variantCodes(6, 1111, "2024-01-01")],
    ["CORRESPOND", () => klass.correspond(104, 131, [["12"]], [["2016-06-01"]])],
    ["CORRESPONDS", () => klass.corresponds(104, 131, "2016-06-01")],
    ["CHANGES", () => klass.changes(104, 2019, 2021)],
    ["UPDATECODE", () => klass.updateCode(131, [["0101"]], [[2019]], 2024)],
    ["TRAIL", () => klass.trail(131, [["0101"], ["1507"]], 2019, 2024)],
    ["HIERARCHY", () => klass.hierarchy(6, [["01.110"]], [[2024]])],
    ["CORRESPONDTABLE", () => klass.correspondTable(71)],
    ["DETECT", () => klass.detect([["01110"], ["0111"], ["01"]])],
    ["INFO correspondenceTables", () => klass.info(104, "correspondenceTables", 2016)],
    ["SEARCH", () => klass.search("arena")],
    ["INFO", () => klass.info(131)],
  ];
  for (const [name, call] of calls) {
    const out = (await call()) as unknown[][];
    expect({ name, isGrid: Array.isArray(out) && Array.isArray(out[0]) }).toEqual({ name, isGrid: true });
    expect({ name, errors: out.flat().filter((v) => (v as { code?: string } | null)?.code !== undefined) }).toEqual({
      name,
      errors: [],
    });
  }
});

test("TRAIL: a row per code; #N/A for a code not valid at fromDate; #VALUE! for malformed; an outage is not #N/A", async () => {
  install();
  const out = (await klass.trail(131, [["1507"], ["9998"]], 2023, 2024)) as unknown[][];
  expect(out[0]).toEqual(["1507 → 1508, 1580 (2024)", "split", "1508, 1580"]);
  expect(out[1]![0]).toMatchObject({
    code: "#N/A",
    message: expect.stringMatching(/9998 is not in 131 at 2023-01-01/),
  });
  expect(() => klass.trail(131, [["0101"]], 2024, 2020)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  install({ down: true });
  await expect(klass.trail(131, [["0101"]], 2019, 2024)).rejects.toMatchObject({
    code: "#VALUE!",
    message: expect.stringMatching(/^KLASS unavailable: /),
  });
});

test("HIERARCHY: a row per code across the levels; #N/A for a missing code; #VALUE! for malformed", async () => {
  install();
  const out = (await klass.hierarchy(6, [["01.110"], ["99.999"]], [[2024]], "code")) as unknown[][];
  expect(out[0]).toEqual(["A", "01", "01.1", "01.11", "01.110"]);
  expect(out[1]![0]).toMatchObject({ code: "#N/A" });
  expect(() => klass.hierarchy(6, [["01"]], [[2024]], "parent")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
});

test("CORRESPONDTABLE: an unknown id is #N/A; a malformed id #VALUE!", async () => {
  install();
  await expect(klass.correspondTable(99999)).rejects.toMatchObject({ code: "#N/A" });
  expect(() => klass.correspondTable("x")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
});

test("DETECT: #VALUE! for an empty range, #N/A when nothing matches", async () => {
  install();
  expect(() => klass.detect([[""]])).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  await expect(klass.detect([["ZZZ-1"]])).rejects.toMatchObject({ code: "#N/A" });
});

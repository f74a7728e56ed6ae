import { startReplica, type Replica } from "../../../replica";
import { createServices, type Services } from "../../../src/core/services";
import { useServices } from "../../support/functionServices";
import * as klass from "../../../src/functions/klass";
import { isPromise } from "../../../src/core/maybePromise";

/**
 * The custom functions as Excel calls them (vectorised `any[][]` arguments, cell errors), over the
 * runtime's services pointed at the replica.
 */
let replica: Replica;
let services: Services;

beforeAll(async () => {
  replica = await startReplica({ seed: 1 });
});
afterAll(async () => {
  await replica.close();
});
beforeEach(() => {
  services = createServices({
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
    maxRetries: 0,
    timeoutMs: 2000,
  });
  useServices(services);
  replica.resetLog();
});
afterEach(async () => {
  await services.close();
});

test('=KLASS.CODENAME(131, A2:A10001, "2024-01-01") is one invocation and one code-list request', async () => {
  const column = Array.from({ length: 10_000 }, (_, i) => [["0301", "1103", "301", "0101"][i % 4]]);
  const out = await klass.codename(131, column, [["2024-01-01"]]);
  expect(out).toHaveLength(10_000);
  expect(out.slice(0, 3)).toEqual([["Oslo"], ["Stavanger"], ["Oslo"]]);
  expect(out[3]![0]).toMatchObject({
    code: "#N/A",
    message: expect.stringContaining("0101 is not in 131 at 2024-01-01 (valid 2016–2019); see KLASS.UPDATECODE"),
  });
  const paths = replica.requests.filter((r) => r.api === "klass").map((r) => r.path);
  expect(paths.filter((p) => p.endsWith("/codesAt"))).toHaveLength(1);
  expect(paths.length).toBeLessThanOrEqual(3); // metadata + the version + (for the misses) one history request
  expect(isPromise(klass.codename(131, [["0301"]], [["2024-01-01"]]))).toBe(false);
});

test("spilled tables: header first; CORRESPOND spills targets across the row", async () => {
  const counties = await klass.codes(104, "2018-01-01", null, "50", [["code", "name"]]);
  expect(counties).toEqual([
    ["code", "name"],
    ["50", "Trøndelag"],
  ]);
  const [row] = await klass.correspond(104, 131, [["12"]], [["2019-06-01"]]);
  expect(row).toContain("1201");
  expect(row!.length).toBeGreaterThan(10);
});

test("malformed input is #VALUE! with an example; the service down is #VALUE! 'KLASS unavailable', never #N/A", async () => {
  expect(() => klass.codename(131, [["0301"]], [["31.02.2024"]])).not.toThrow();
  const [[bad]] = (await klass.codename(131, [["0301"]], [["31.02.2024"]])) as [[unknown]];
  expect(bad).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/not a real day; e\.g\./) });
  const down = createServices({
    klassBaseUrl: "http://127.0.0.1:9/api/klass/v1",
    brregBaseUrl: replica.brregBaseUrl,
    maxRetries: 0,
    timeoutMs: 1000,
  });
  useServices(down);
  await expect(klass.codename(131, [["0301"]], [["2024-01-01"]])).rejects.toMatchObject({
    code: "#VALUE!",
    message: expect.stringMatching(/^KLASS unavailable: /),
  });
  await down.close();
});

test('=KLASS.VARIANT(6, 1501, …) answers as =KLASS.VARIANT(6, "A*10", …): finer codes walked up', async () => {
  const codes = [["01.110"], ["A"], ["C"]];
  const byName = await klass.variant(6, "A*10", codes, [["2024-01-01"]]);
  expect(byName).toEqual([["1"], ["1"], ["2"]]);
  expect(await klass.variant(6, 1501, codes, [["2024-01-01"]])).toEqual(byName);
});

import { startReplica, type Replica } from "../../../replica";
import { createServices, type Services } from "../../../src/core/services";
import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";
import { useServices } from "../../support/functionServices";
import { antall } from "../../../src/functions/brreg";

/** BRREG.ANTALL through the real fetch layer against the replica: counts, cost, errors. */
let replica: Replica;
let services: Services;

const settled = async (v: MaybePromise<unknown>): Promise<unknown[][]> => (isPromise(v) ? await v : v) as unknown[][];
const searches = () => replica.requests.filter((r) => r.api === "brreg" && r.path === "/enheter");

/** The replica's own count, asked for directly. */
async function total(query: string): Promise<number> {
  const res = await fetch(`${replica.brregBaseUrl}/enheter?${query}&size=1`);
  return ((await res.json()) as { page: { totalElements: number } }).page.totalElements;
}

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
  });
  useServices(services);
  replica.resetLog();
  replica.setFaults({});
});
afterEach(async () => {
  await services.close();
});

describe("BRREG.ANTALL", () => {
  it("counts per kommune down a column: one size=1 request per distinct value, none warm", async () => {
    const kommuner = replica.data.kommuner.slice(0, 12).map((k) => [k.nummer]);
    const column = [...kommuner, [kommuner[0]![0]]];
    const grid = await settled(antall("kommunenummer", column, "organisasjonsform", [["AS"]]));
    replica.resetLog();
    for (const [i, [nummer]] of column.entries())
      expect(grid[i]).toEqual([await total(`kommunenummer=${nummer}&organisasjonsform=AS`)]);
    expect(grid.some((row) => (row[0] as number) > 0)).toBe(true);
    await services.close();
    services = createServices({
      klassBaseUrl: replica.klassBaseUrl,
      brregBaseUrl: replica.brregBaseUrl,
      maxRetries: 0,
    });
    useServices(services);
    replica.resetLog();
    await settled(antall("kommunenummer", column, "organisasjonsform", [["AS"]]));
    expect(searches()).toHaveLength(kommuner.length);
    expect(searches().every((r) => r.query.size === "1")).toBe(true);
    replica.resetLog();
    const warm = await settled(antall("kommunenummer", column, "organisasjonsform", [["AS"]]));
    expect(warm).toEqual(grid);
    expect(replica.requests).toHaveLength(0);
  });

  it("shows an undocumented value as its own #VALUE! naming the allowed values, and never sends it", async () => {
    const grid = await settled(antall("fraAntallAnsatte", [[5], [2]]));
    expect(searches().map((r) => r.query.fraAntallAnsatte)).toEqual(["5"]);
    expect(grid[0]?.[0]).toBe(await total("fraAntallAnsatte=5"));
    expect(grid[1]?.[0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/0, 1 or above 4/) });
  });

  it("names the nearest filter for a typo, before any request", () => {
    expect(() => antall("kommunenumer", [["0301"]])).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/Did you mean "kommunenummer"/) }),
    );
    expect(replica.requests).toHaveLength(0);
  });

  it("counts underenheter when the register says so: one underenheter?…&size=1 request per value", async () => {
    const subs = replica.data.orgnr.underenheter.slice(0, 3);
    const parents = [...new Set(subs.map((o) => String(replica.data.unit(o)?.overordnetEnhet)))].map((p) => [p]);
    const grid = await settled(
      antall(
        "overordnetEnhet",
        parents,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "underenheter",
      ),
    );
    const requests = replica.requests.filter((r) => r.path === "/underenheter");
    expect(requests).toHaveLength(parents.length);
    expect(requests.every((r) => r.query.size === "1")).toBe(true);
    for (const [i, [parent]] of parents.entries()) {
      const res = await fetch(`${replica.brregBaseUrl}/underenheter?overordnetEnhet=${parent}&size=1`);
      const expected = ((await res.json()) as { page: { totalElements: number } }).page.totalElements;
      expect(grid[i]).toEqual([expected]);
      expect(expected).toBeGreaterThan(0);
    }
  });

  it("shows an outage as #VALUE! 'Enhetsregisteret unavailable', never #N/A", async () => {
    replica.setFaults({ errorRates: { 503: 1 }, api: "brreg" });
    const grid = await settled(antall("organisasjonsform", [["AS"]]));
    expect(grid[0]?.[0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Enhetsregisteret unavailable: /),
    });
  });
});

import { startReplica, type Replica } from "../../../replica";
import { sinceInstant } from "../../../src/core/brreg/changesGrid";
import { isoToExcelDateTime } from "../../../src/core/sheet/excelDate";
import { createServices, type Services } from "../../../src/core/services";
import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";
import { useServices } from "../../support/functionServices";
import { endringer } from "../../../src/functions/brreg";

/** BRREG.ENDRINGER through the real fetch layer against the replica's change feeds. */
let replica: Replica;
let services: Services;

const settled = async (v: MaybePromise<unknown>): Promise<unknown[][]> => (isPromise(v) ? await v : v) as unknown[][];
const feedRequests = () => replica.requests.filter((r) => r.path.startsWith("/oppdateringer/"));
const pad = (n: number) => String(n).padStart(2, "0");
/** Today in local time, as a user types it. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The replica's own feed since `since`, read whole in one request: the last event of `orgnr`. */
async function lastEvent(register: string, since: string, orgnr: string) {
  const res = await fetch(
    `${replica.brregBaseUrl}/oppdateringer/${register}?dato=${encodeURIComponent(since)}&organisasjonsnummer=${orgnr}&size=10000`,
  );
  const body = (await res.json()) as { _embedded?: Record<string, Array<{ endringstype: string; dato: string }>> };
  return Object.values(body._embedded ?? {})[0]?.pop();
}

function fresh(): void {
  services = createServices({ klassBaseUrl: replica.klassBaseUrl, brregBaseUrl: replica.brregBaseUrl, maxRetries: 0 });
  useServices(services);
}

beforeAll(async () => {
  replica = await startReplica({ seed: 3, enheter: 3000, underenheter: 1000 });
});
afterAll(async () => {
  await replica.close();
});
beforeEach(() => {
  fresh();
  replica.resetLog();
  replica.setFaults({});
});
afterEach(async () => {
  await services.close();
});

describe("BRREG.ENDRINGER", () => {
  it("gives a unit changed twice its latest change, an unchanged one nothing, an underenhet its own feed's change", async () => {
    const [twice, unchanged, deleted] = replica.data.orgnr.activeEnheter.slice(10, 13) as [string, string, string];
    const location = replica.data.orgnr.underenheter[5]!;
    replica.mutate({ kind: "brreg-unit", orgnr: twice, patch: { hjemmeside: "www.first.no" } });
    replica.mutate({ kind: "brreg-delete", orgnr: deleted });
    replica.mutate({ kind: "brreg-unit", orgnr: location, patch: { antallAnsatte: 7 } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    replica.mutate({ kind: "brreg-delete", orgnr: twice });
    replica.resetLog();

    const grid = await settled(endringer([[twice], [unchanged], [location], [deleted], ["923609017"]], today()));
    const since = sinceInstant(today());
    const last = await lastEvent("enheter", since, twice);
    expect(last?.endringstype).toBe("Sletting");
    expect(grid[0]).toEqual(["Sletting", isoToExcelDateTime(last!.dato)]);
    expect(grid[1]).toEqual(["", ""]);
    expect(grid[2]).toEqual(["Endring", isoToExcelDateTime((await lastEvent("underenheter", since, location))!.dato)]);
    expect(grid[3]?.[0]).toBe("Sletting");
    expect(grid[4]?.[0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/mod-11/) });
  });

  it("costs the feeds' pages, not the cells: one request per feed cold, none warm or for the same date again", async () => {
    const column = replica.data.orgnr.activeEnheter.slice(0, 1000).map((o) => [o]);
    replica.mutate({ kind: "brreg-unit", orgnr: column[0]![0]!, patch: { hjemmeside: "www.x.no" } });
    replica.resetLog();
    const cold = await settled(endringer(column, today(), [["type"]]));
    expect(cold[0]).toEqual(["Endring"]);
    expect(feedRequests().map((r) => [r.path, r.query.size])).toEqual(
      expect.arrayContaining([
        ["/oppdateringer/enheter", "10000"],
        ["/oppdateringer/underenheter", "10000"],
      ]),
    );
    expect(replica.requests).toHaveLength(2);
    replica.resetLog();
    const warm = endringer(column, today(), [["type"]]);
    expect(isPromise(warm)).toBe(false);
    expect(await settled(endringer([[column[0]![0]]], today()))).toEqual([["Endring", expect.any(Number)]]);
    expect(replica.requests).toHaveLength(0);
  });

  it("shows an outage as #VALUE! 'Enhetsregisteret unavailable', never #N/A", async () => {
    replica.setFaults({ errorRates: { 503: 1 }, api: "brreg" });
    const grid = await settled(endringer([[replica.data.orgnr.activeEnheter[0]]], today()));
    expect(grid[0]?.[0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Enhetsregisteret unavailable: /),
    });
  });

  it("pages a long feed by oppdateringsid: requests = ceil(N / 10,000) per feed", async () => {
    const enheter = replica.data.orgnr.activeEnheter;
    const n = 10_050;
    for (let i = 0; i < n; i++)
      replica.mutate({ kind: "brreg-unit", orgnr: enheter[i % enheter.length]!, patch: { antallAnsatte: i } });
    replica.resetLog();
    // The window starts at local midnight today, so it holds these n changes (and any earlier test's).
    await settled(endringer([[enheter[0]]], today()));
    const pages = feedRequests().filter((r) => r.path === "/oppdateringer/enheter");
    const total = (await (
      await fetch(
        `${replica.brregBaseUrl}/oppdateringer/enheter?dato=${encodeURIComponent(sinceInstant(today()))}&size=1`,
      )
    ).json()) as {
      page: { totalElements: number };
    };
    expect(total.page.totalElements).toBeGreaterThanOrEqual(n);
    expect(pages).toHaveLength(Math.ceil(total.page.totalElements / 10_000));
    expect(pages[0]?.query.dato).toBe(sinceInstant(today()));
    expect(pages[1]?.query.oppdateringsid).toMatch(/^\d+$/);
  });
});

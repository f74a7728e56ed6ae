import { startReplica, type Replica } from "../../../replica";
import { createServices, type Services } from "../../../src/core/services";
import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";
import { useServices } from "../../support/functionServices";
import { movableClock } from "../../support/replicaServices";
import { enhet, sok, underenhet } from "../../../src/functions/brreg";

/**
 * Role fields of BRREG.ENHET over a column, through the real fetch layer against the replica:
 * values from each unit's `enheter/{orgnr}/roller`, one request per unit cold and none warm, the
 * error cases, stale-if-error, and revalidation refetching a changed unit's roles.
 */
let replica: Replica;
let services: Services;
let clock = movableClock();

const settled = async (v: MaybePromise<unknown>): Promise<unknown[][]> => (isPromise(v) ? await v : v) as unknown[][];
const count = (path: RegExp) => replica.requests.filter((r) => r.api === "brreg" && path.test(r.path)).length;
const ROLLER = /^\/enheter\/\d{9}\/roller$/;

type Rolle = {
  type: { kode: string };
  person?: { navn: { fornavn?: string; mellomnavn?: string; etternavn?: string } };
  enhet?: { organisasjonsnummer: string; navn: string[] };
  fratraadt?: boolean;
};

/** The expected cells, read from the replica's own answer by a route independent of the add-in's code. */
async function expected(orgnr: string): Promise<unknown[]> {
  const res = await fetch(`${replica.brregBaseUrl}/enheter/${orgnr}/roller`);
  const body = (await res.json()) as { rollegrupper: Array<{ roller: Rolle[] }> };
  const roles = body.rollegrupper.flatMap((g) => g.roller).filter((r) => r.fratraadt !== true);
  const of = (kode: string) => roles.filter((r) => r.type.kode === kode);
  const name = (r: Rolle) =>
    r.person
      ? [r.person.navn.fornavn, r.person.navn.mellomnavn, r.person.navn.etternavn].filter(Boolean).join(" ")
      : (r.enhet?.navn ?? []).join(" ");
  const names = (kode: string) => of(kode).map(name).join("\n");
  return [
    names("DAGL"),
    names("LEDE"),
    names("NEST"),
    of("MEDL").length,
    names("REVI"),
    of("REVI")
      .map((r) => r.enhet?.organisasjonsnummer ?? "")
      .join("\n"),
    names("REGN"),
    of("REVI").length > 0,
  ];
}
const FIELDS = [
  [
    "dagligLeder",
    "styreleder",
    "nestleder",
    "styremedlemmer.antall",
    "revisor",
    "revisor.organisasjonsnummer",
    "regnskapsforer",
    "harRevisor",
  ],
];

/** Active generated AS units (they have a board, and most an auditor). */
function aksjeselskaper(n: number): string[] {
  const out: string[] = [];
  for (const orgnr of replica.data.orgnr.activeEnheter) {
    const unit = replica.data.unit(orgnr) as { organisasjonsform?: { kode?: string } } | undefined;
    if (unit?.organisasjonsform?.kode === "AS") out.push(orgnr);
    if (out.length === n) break;
  }
  return out;
}

beforeAll(async () => {
  replica = await startReplica({ seed: 1 });
});
afterAll(async () => {
  await replica.close();
});
beforeEach(() => {
  clock = movableClock();
  services = createServices({
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
    maxRetries: 0,
    batchWindowMs: 5,
    clock,
  });
  useServices(services);
  replica.resetLog();
  replica.setFaults({});
});
afterEach(async () => {
  await services.close();
});

describe("BRREG.ENHET role fields over a column", () => {
  it("reads the roles of generated units: one list request and one roles request per unit cold, none warm", async () => {
    const numbers = aksjeselskaper(30);
    const column = numbers.map((n) => [n]);
    const grid = await settled(enhet(column, FIELDS));
    for (const [i, orgnr] of numbers.entries()) expect(grid[i]).toEqual(await expected(orgnr));
    replica.resetLog();
    // The fixture's own requests above are not the add-in's; count the add-in's cold cost on a fresh instance.
    await services.close();
    services = createServices({
      klassBaseUrl: replica.klassBaseUrl,
      brregBaseUrl: replica.brregBaseUrl,
      maxRetries: 0,
      batchWindowMs: 5,
      clock,
    });
    useServices(services);
    await settled(enhet(column, FIELDS));
    expect(count(ROLLER)).toBe(numbers.length);
    expect(count(/^\/enheter$/)).toBe(1);
    replica.resetLog();
    const warm = enhet(column, FIELDS);
    expect(isPromise(warm)).toBe(false);
    expect(replica.requests).toHaveLength(0);
    // Every generated role kind shows up somewhere in the column.
    expect(grid.some((row) => row[2] !== "")).toBe(true);
    expect(grid.some((row) => row[7] === true)).toBe(true);
  });

  it("gives an underenhet empty role cells, a removed unit #N/A, a malformed number #VALUE!", async () => {
    const sub = replica.data.orgnr.underenheter[0]!;
    const removed = replica.data.orgnr.removed[0]!;
    const grid = await settled(enhet([[sub], [removed], ["123"]], [["navn", "dagligLeder", "harRevisor"]]));
    expect(grid[0]).toEqual([replica.data.unit(sub)?.navn, "", false]);
    expect(grid[1]?.[1]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/removed/) });
    expect(grid[2]?.[1]).toMatchObject({ code: "#VALUE!" });
    expect(count(ROLLER)).toBe(0);
  });

  it("shows a roles outage as #VALUE! 'Enhetsregisteret unavailable', then serves the stale copy while it lasts", async () => {
    const [orgnr] = aksjeselskaper(1);
    await settled(enhet([[orgnr]], [["navn"]]));
    replica.setFaults({ errorRates: { 503: 1 }, api: "brreg" });
    const down = await settled(enhet([[orgnr]], [["navn", "styreleder"]]));
    expect(down[0]?.[1]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Enhetsregisteret unavailable: /),
    });
    replica.setFaults({});
    const up = await settled(enhet([[orgnr]], [["styreleder"]]));
    expect(up[0]?.[0]).toBe((await expected(orgnr!))[1]);
    clock.move(30 * 24 * 60 * 60 * 1000);
    replica.setFaults({ errorRates: { 503: 1 }, api: "brreg" });
    const stale = await settled(enhet([[orgnr]], [["styreleder"]]));
    expect(stale[0]?.[0]).toBe(up[0]?.[0]);
  });

  it("refetches a unit's roles when the feed says the unit changed, and only that unit's", async () => {
    const numbers = aksjeselskaper(5);
    await settled(
      enhet(
        numbers.map((n) => [n]),
        [["styreleder"]],
      ),
    );
    replica.mutate({ kind: "brreg-unit", orgnr: numbers[2]!, patch: { navn: "Endret AS" } });
    replica.resetLog();
    await services.revalidate();
    const roller = replica.requests.filter((r) => ROLLER.test(r.path)).map((r) => r.path);
    expect(roller).toEqual([`/enheter/${numbers[2]}/roller`]);
  });

  it("names the nearest fields for a misspelt role field, and refuses role fields in a search", async () => {
    expect(() => enhet([[923609016]], [["styreledr"]])).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/Did you mean "styreleder"/) }),
    );
    await expect(Promise.resolve(sok("", [["organisasjonsform=AS"]], [["navn,dagligLeder"]]))).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/read per unit .* not in a search/),
    });
    expect(replica.requests).toHaveLength(0);
  });
});

describe("BRREG.UNDERENHET parent fields", () => {
  it("resolves overordnetEnhet.navn for a column of underenheter in one list request for the parents", async () => {
    const subs = replica.data.orgnr.underenheter.slice(0, 40);
    const grid = await settled(
      underenhet(
        subs.map((n) => [n]),
        [["overordnetEnhet", "overordnetEnhet.navn"]],
      ),
    );
    for (const [i, sub] of subs.entries()) {
      const parent = String(replica.data.unit(sub)?.overordnetEnhet);
      expect(grid[i]).toEqual([parent, replica.data.unit(parent)?.navn]);
    }
    // One list request for the underenheter, one for their parents (all within one batch).
    expect(replica.requests.filter((r) => r.api === "brreg").map((r) => r.path)).toEqual(["/underenheter", "/enheter"]);
  });
});

import { startReplica, type Replica } from "../../../replica";
import { createServices, type Services } from "../../../src/core/services";
import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";
import { useServices } from "../../support/functionServices";
import { enhet, gyldig, orgform, roller, sok, status, underenhet, underenheter } from "../../../src/functions/brreg";

/**
 * Every BRREG custom function through the real fetch layer (createServices) against the replica
 * Enhetsregisteret on loopback: the recorded real unit, every state, vectorised forms, tables.
 */
let replica: Replica;
let services: Services;

const settled = async (v: MaybePromise<unknown>): Promise<unknown[][]> => (isPromise(v) ? await v : v) as unknown[][];
const brregRequests = () => replica.requests.filter((r) => r.api === "brreg");
const first = <T>(list: readonly T[]): T => {
  const value = list[0];
  if (value === undefined) throw new Error("the replica has no unit of this kind");
  return value;
};

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
    batchWindowMs: 5,
  });
  useServices(services);
  replica.resetLog();
  replica.setFaults({});
});
afterEach(async () => {
  await services.close();
});

describe("BRREG.ENHET", () => {
  it("reads the recorded EQUINOR ASA back with its real values, then from cache synchronously", async () => {
    const fields = [
      [
        "navn",
        "organisasjonsform.kode",
        "forretningsadresse.kommunenummer",
        "naeringskode1.kode",
        "adresse",
        "kapital.belop",
        "konkurs",
      ],
    ];
    expect(await settled(enhet([[923609016]], fields))).toEqual([
      ["EQUINOR ASA", "ASA", "1103", "06.100", "Forusbeen 50, 4035 STAVANGER", 6392018780, false],
    ]);
    const warm = enhet([["923 609 016"]], fields);
    expect(isPromise(warm)).toBe(false);
    expect((warm as unknown[][])[0]?.[0]).toBe("EQUINOR ASA");
    expect(brregRequests()).toHaveLength(1);
  });

  it("gives each state its own answer in one vectorised column", async () => {
    const o = replica.data.orgnr;
    const deleted = o.deleted.find((n) => replica.data.unit(n)?.organisasjonsform !== undefined) ?? first(o.deleted);
    const column = [
      [first(o.activeEnheter)],
      [first(o.underenheter)],
      [deleted],
      [first(o.removed)],
      ["914778271"],
      ["923609017"],
      ["12 34"],
      [""],
    ];
    const grid = await settled(enhet(column, [["navn", "status"]]));
    expect(grid[0]).toEqual([replica.data.unit(first(o.activeEnheter))?.navn, expect.any(String)]);
    expect(grid[1]?.[0]).toBe(replica.data.unit(first(o.underenheter))?.navn);
    expect(grid[2]).toEqual([replica.data.unit(deleted)?.navn, expect.stringMatching(/^Slettet \d{4}-\d{2}-\d{2}$/)]);
    expect(grid[3]).toEqual([
      expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/removed from Enhetsregisteret/) }),
      "Fjernet",
    ]);
    expect(grid[4]?.[0]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/not registered/) });
    expect(grid[5]?.[0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/mod-11/) });
    expect(grid[6]?.[0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/9 digits/) });
    expect(grid[7]).toEqual(["", ""]);
  });

  it("gives a deleted unit its remaining fields and empty cells elsewhere", async () => {
    const deleted = first(replica.data.orgnr.deleted.filter((n) => /^\d+$/.test(n)));
    const grid = await settled(
      enhet([[deleted]], [["navn", "slettedato", "antallAnsatte", "forretningsadresse.poststed"]]),
    );
    expect(grid[0]?.[0]).toBe(replica.data.unit(deleted)?.navn);
    expect(grid[0]?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(grid[0]?.slice(2)).toEqual(["", ""]);
  });

  it("shows an outage as #VALUE! 'Enhetsregisteret unavailable: …', never #N/A", async () => {
    replica.setFaults({ errorRates: { 503: 1 }, api: "brreg" });
    const grid = await settled(enhet([[first(replica.data.orgnr.activeEnheter)]], [["navn"]]));
    expect(grid[0]?.[0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Enhetsregisteret unavailable: /),
    });
  });

  it("rejects an unknown field with the nearest names, before any request", () => {
    expect(() => enhet([[923609016]], [["organisasjonsform.kod"]])).toThrow(
      expect.objectContaining({
        code: "#VALUE!",
        message: expect.stringMatching(/Did you mean "organisasjonsform\.kode"/),
      }),
    );
    expect(brregRequests()).toHaveLength(0);
  });
});

describe("BRREG.UNDERENHET, STATUS, GYLDIG, ORGFORM", () => {
  it("UNDERENHET reads underenheter only", async () => {
    const sub = first(replica.data.orgnr.underenheter);
    const unit = replica.data.unit(sub) as { beliggenhetsadresse?: { poststed?: string }; overordnetEnhet?: string };
    const grid = await settled(underenhet([[sub], [923609016]], [["beliggenhetsadresse.poststed", "overordnetEnhet"]]));
    expect(grid[0]).toEqual([unit.beliggenhetsadresse?.poststed ?? "", unit.overordnetEnhet ?? ""]);
    expect(grid[1]?.[0]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/as an underenhet/) });
  });

  it("STATUS names every state", async () => {
    const o = replica.data.orgnr;
    const only = (list: readonly string[], not: ReadonlyArray<readonly string[]>) =>
      first(list.filter((n) => !not.some((l) => l.includes(n))));
    const bankrupt = first(o.bankrupt);
    const tvang = only(o.underTvangsavvikling, [o.bankrupt]);
    const avvikling = only(o.underAvvikling, [o.bankrupt, o.underTvangsavvikling]);
    const active = only(o.activeEnheter, [o.bankrupt, o.underTvangsavvikling, o.underAvvikling]);
    const grid = await settled(
      status([[active], [bankrupt], [tvang], [avvikling], [first(o.deleted)], [first(o.removed)], ["914778271"]]),
    );
    expect(grid.slice(0, 6).map((r) => r[0])).toEqual([
      "Aktiv",
      "Konkurs",
      "Under tvangsavvikling",
      "Under avvikling",
      expect.stringMatching(/^Slettet \d{4}-\d{2}-\d{2}$/),
      "Fjernet",
    ]);
    expect(grid[6]?.[0]).toMatchObject({ code: "#N/A" });
  });

  it("GYLDIG makes no request; ORGFORM describes codes from one list request", async () => {
    expect(gyldig([[923609016, "923 609 017", "abc"]])).toEqual([[true, false, false]]);
    expect(await settled(orgform([["ASA"], ["as"], ["XYZ"]]))).toEqual([
      ["Allmennaksjeselskap"],
      ["Aksjeselskap"],
      [expect.objectContaining({ code: "#N/A" })],
    ]);
    expect(brregRequests().map((r) => r.path)).toEqual(["/organisasjonsformer"]);
  });
});

describe("tables: ROLLER, UNDERENHETER, SOK", () => {
  it("ROLLER spills the roles under a header, filtered by code", async () => {
    const orgnr = first(replica.data.orgnr.withRoles);
    const all = await settled(roller(orgnr));
    expect(all[0]).toEqual(["Rollegruppe", "Rolle", "Rollebeskrivelse", "Navn", "Fødselsdato/orgnr", "Fratrådt"]);
    expect(all.length).toBeGreaterThan(1);
    for (const row of all.slice(1)) {
      expect(row).toHaveLength(6);
      expect(typeof row[5]).toBe("boolean");
      expect(row[4]).toMatch(/^(\d{4}-\d{2}-\d{2}|\d{9})$/);
    }
    const code = String(all[1]?.[1]);
    const filtered = await settled(roller(orgnr, code));
    expect(filtered.slice(1).every((r) => r[1] === code)).toBe(true);
    expect(filtered.length).toBe(all.filter((r) => r[1] === code).length + 1);
  });

  it("ROLLER says when a number has no roles resource (underenhet, 404) or was removed (410)", async () => {
    await expect(settled(roller(first(replica.data.orgnr.underenheter)))).rejects.toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/has no roles/),
    });
    const removedEnhet = replica.data.orgnr.removed.find(
      (n) => replica.data.unit(n) !== undefined && !("beliggenhetsadresse" in (replica.data.unit(n) ?? {})),
    );
    expect(removedEnhet).toBeDefined();
    await expect(settled(roller(removedEnhet))).rejects.toMatchObject({
      code: "#N/A",
      message: `${removedEnhet} was removed from Enhetsregisteret (410 Gone)`,
    });
  });

  it("UNDERENHETER lists the sub-units of their hovedenhet", async () => {
    const sub = first(replica.data.orgnr.underenheter);
    const parent = String((replica.data.unit(sub) as { overordnetEnhet?: string }).overordnetEnhet);
    const table = await settled(underenheter(parent, [["organisasjonsnummer", "overordnetEnhet"]]));
    expect(table[0]).toEqual(["organisasjonsnummer", "overordnetEnhet"]);
    expect(table.slice(1).map((r) => r[0])).toContain(sub);
    expect(table.slice(1).every((r) => r[1] === parent)).toBe(true);
  });

  it("SOK filters with the API's names and pages in one request", async () => {
    const table = await settled(
      sok(
        "",
        [["organisasjonsform=ASA;konkurs=false"]],
        [["organisasjonsnummer,navn,organisasjonsform.kode,konkurs"]],
        50,
      ),
    );
    expect(table[0]).toEqual(["organisasjonsnummer", "navn", "organisasjonsform.kode", "konkurs"]);
    expect(table.length).toBeGreaterThan(1);
    expect(table.slice(1).every((r) => r[2] === "ASA" && r[3] === false)).toBe(true);
    expect(brregRequests()).toHaveLength(1);
  });

  it("SOK stops at the API's 10,000 cap with a note row, never a 400", async () => {
    const table = await settled(sok("", [[""]], [["organisasjonsnummer"]], 15_000));
    expect(table).toHaveLength(1 + 10_000 + 1);
    expect(String(table[table.length - 1]?.[0])).toMatch(
      /first 10,000 of [\d,]+: Enhetsregisteret returns at most 10,000/,
    );
    expect(brregRequests().map((r) => [r.status, r.query.size, r.query.page])).toEqual([[200, "10000", "0"]]);
  });

  it("SOK names an unknown filter without asking the API", async () => {
    await expect(settled(sok("x", [["naeringkode", "62"]]))).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Unknown search filter "naeringkode".*"naeringskode"/),
    });
    expect(brregRequests()).toHaveLength(0);
  });
});

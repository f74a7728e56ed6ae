import { parseFilters } from "../../../src/core/brreg/filters";
import { searchUnits } from "../../../src/core/brreg/search";
import { sokTable } from "../../../src/core/brreg/searchTables";
import type { BrregRegister } from "../../../src/core/brreg/types";
import { InvalidInputError } from "../../../src/core/errors";
import { useReplicaServices } from "../../support/replicaServices";

/**
 * The documented filter rules of Enhetsregisteret search, held on both sides: the replica answers
 * an undocumented value with the API's 400 `valideringsfeil` body, and the client refuses it with a
 * #VALUE! before any request, so it never sends one.
 */
const env = useReplicaServices({ seed: 1 }, { maxRetries: 0 });

type Case = readonly [BrregRegister, string, string];

/** Values the API documentation rules out, per register. */
const UNDOCUMENTED: readonly Case[] = [
  ["enheter", "fraAntallAnsatte", "2"],
  ["enheter", "fraAntallAnsatte", "3"],
  ["enheter", "fraAntallAnsatte", "4"],
  ["enheter", "tilAntallAnsatte", "1"],
  ["enheter", "tilAntallAnsatte", "3"],
  ["underenheter", "fraAntallAnsatte", "2"],
  ["underenheter", "tilAntallAnsatte", "2"],
  ["enheter", "navnMetodeForSoek", "EKSAKT"],
  ["underenheter", "navnMetodeForSoek", "EKSAKT"],
  ["enheter", "navn", "x".repeat(181)],
  ["enheter", "sort", "oppstartsdato,ASC"],
  ["underenheter", "sort", "stiftelsesdato,ASC"],
  ["enheter", "sort", "navn,UP"],
  ["enheter", "kommunenummer", "Oslo"],
  ["enheter", "forretningsadresse.postnummer", "40350"],
  ["underenheter", "beliggenhetsadresse.kommunenummer", "03011"],
  ["enheter", "institusjonellSektorkode", "12345"],
  ["enheter", "sisteInnsendteAarsregnskap", "24"],
  ["enheter", "fraStiftelsesdato", "2024-13-01"],
  ["underenheter", "fraOppstartsdato", "01.02.2024"],
  ["enheter", "konkurs", "kanskje"],
  ["underenheter", "overordnetEnhet", "12345678"],
  ["enheter", "organisasjonsnummer", "92360901"],
];

/** Documented values, each of which the replica accepts. */
const DOCUMENTED: readonly Case[] = [
  ["enheter", "fraAntallAnsatte", "0"],
  ["enheter", "fraAntallAnsatte", "1"],
  ["enheter", "fraAntallAnsatte", "5"],
  ["enheter", "tilAntallAnsatte", "0"],
  ["enheter", "tilAntallAnsatte", "4"],
  ["underenheter", "tilAntallAnsatte", "50"],
  ["enheter", "navnMetodeForSoek", "FORTLOEPENDE"],
  ["enheter", "sort", "antallAnsatte,DESC"],
  ["underenheter", "sort", "oppstartsdato,ASC"],
  ["enheter", "kommunenummer", "0301,1103"],
  ["underenheter", "beliggenhetsadresse.postnummer", "4035"],
  ["enheter", "sisteInnsendteAarsregnskap", "2023,2024"],
  ["enheter", "fraStiftelsesdato", "2024-02-29"],
  ["enheter", "konkurs", "false"],
  ["underenheter", "overordnetEnhet", "923609016"],
];

async function raw(register: BrregRegister, key: string, value: string): Promise<Response> {
  const query = new URLSearchParams({ [key]: value, size: "1" });
  return fetch(`${env.replica.brregBaseUrl}/${register}?${query.toString()}`);
}

describe("the replica enforces the documented filter rules", () => {
  it.each(UNDOCUMENTED)("%s: %s=%s is a 400 with the API's valideringsfeil body", async (register, key, value) => {
    const res = await raw(register, key, value);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 400, feilmelding: "Feilaktig forespørsel", antallFeil: 1 });
    expect(body.valideringsfeil).toEqual([expect.objectContaining({ parametere: [key] })]);
  });

  it.each(DOCUMENTED)("%s: %s=%s is accepted", async (register, key, value) => {
    expect((await raw(register, key, value)).status).toBe(200);
  });

  it("lists every invalid parameter of one request", async () => {
    const res = await fetch(
      `${env.replica.brregBaseUrl}/enheter?fraAntallAnsatte=2&tilAntallAnsatte=3&navnMetodeForSoek=EKSAKT`,
    );
    const body = (await res.json()) as { antallFeil: number; valideringsfeil: Array<{ parametere: string[] }> };
    expect(body.antallFeil).toBe(3);
    expect(body.valideringsfeil.map((f) => f.parametere[0]).sort()).toEqual([
      "fraAntallAnsatte",
      "navnMetodeForSoek",
      "tilAntallAnsatte",
    ]);
  });
});

describe("the client never sends an undocumented filter value", () => {
  it.each(UNDOCUMENTED)("%s: %s=%s is a #VALUE! before any request", async (register, key, value) => {
    const services = env.services();
    let caught: unknown;
    try {
      await searchUnits(services.brreg, register, parseFilters([[key, value]], register), 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(env.replica.requests).toHaveLength(0);
  });

  it("sends every documented value, and the replica answers each with 200", async () => {
    const services = env.services();
    for (const [register, key, value] of DOCUMENTED)
      await searchUnits(services.brreg, register, parseFilters([[key, value]], register), 1);
    const statuses = env.replica.requests.filter((r) => r.api === "brreg").map((r) => r.status);
    expect(statuses).toHaveLength(DOCUMENTED.length);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});

describe("BRREG.SOK over underenheter", () => {
  it("finds the underenheter of a hovedenhet with their filters, each row a location of that parent", async () => {
    const services = env.services();
    const sub = env.replica.data.orgnr.underenheter[0]!;
    const parent = String(env.replica.data.unit(sub)?.overordnetEnhet);
    const table = await sokTable(
      services.brreg,
      "",
      [["overordnetEnhet", parent]],
      [["organisasjonsnummer", "overordnetEnhet", "beliggenhetsadresse.kommunenummer"]],
      50,
      "underenheter",
    );
    expect(table[0]).toEqual(["organisasjonsnummer", "overordnetEnhet", "beliggenhetsadresse.kommunenummer"]);
    expect(table.slice(1).map((row) => row[0])).toContain(sub);
    expect(table.slice(1).every((row) => row[1] === parent)).toBe(true);
    expect(env.replica.requests.map((r) => r.path)).toEqual(["/underenheter"]);
  });
});

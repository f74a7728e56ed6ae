/**
 * The shapes the add-in checks every answer against (src/core/{klass,brreg}/shapes.ts) accept the
 * replica's answers for the endpoints no recorded answer covers (the recorded ones are checked in
 * test/unit/core/*\/shapes.test.ts): a shape that rejected real data would turn it into an outage.
 */
import { startReplica, type Replica } from "../../../replica";
import { brregBodies } from "../../../src/core/brreg/shapes";
import { klassBodies } from "../../../src/core/klass/shapes";

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 2, enheter: 300, underenheter: 100 });
});
afterAll(() => replica.close());

const body = async (url: string): Promise<unknown> => {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  expect(res.status).toBe(200);
  return res.json();
};

describe("KLASS answers have their endpoints' shapes", () => {
  const k = () => replica.klassBaseUrl;
  test.each([
    ["classifications/{id}", () => `${k()}/classifications/131?includeFuture=true`, klassBodies.classification],
    ["codesAt", () => `${k()}/classifications/131/codesAt?date=2024-01-01&language=nb`, klassBodies.codesAt],
    ["codes", () => `${k()}/classifications/104/codes?from=2018-01-01&includeFuture=true`, klassBodies.codesInRange],
    ["variantAt", () => `${k()}/classifications/6/variantAt?variantName=A*10&date=2024-01-01`, klassBodies.codesAt],
    [
      "variant",
      () => `${k()}/classifications/6/variant?variantName=A*10&from=2020-01-01&to=2024-01-01`,
      klassBodies.codesInRange,
    ],
    ["variants/{id}", () => `${k()}/variants/1501`, klassBodies.variant],
    [
      "correspondsAt",
      () => `${k()}/classifications/104/correspondsAt?targetClassificationId=131&date=2024-01-01`,
      klassBodies.correspondsAt,
    ],
    ["changes", () => `${k()}/classifications/131/changes?from=2019-01-01&to=2020-01-02`, klassBodies.changes],
    ["search", () => `${k()}/classifications/search?query=kommune&size=2000`, klassBodies.search],
    ["search without hits", () => `${k()}/classifications/search?query=zzzqqq`, klassBodies.search],
    ["classificationfamilies", () => `${k()}/classificationfamilies?language=nb`, klassBodies.families],
    ["classificationfamilies/{id}", () => `${k()}/classificationfamilies/1?language=nb`, klassBodies.family],
    [
      "correspondencetables/{id}",
      () => `${k()}/correspondencetables/1001?language=nb`,
      klassBodies.correspondenceTable,
    ],
    [
      "changedSince",
      () => `${k()}/classifications?changedSince=2020-01-01T00:00:00.000%2B0000&includeCodelists=true&size=5`,
      klassBodies.changedSince,
    ],
    [
      "changedSince without changes",
      () => `${k()}/classifications?changedSince=2099-01-01T00:00:00.000%2B0000&includeCodelists=true`,
      klassBodies.changedSince,
    ],
  ] as const)("%s", async (_, url, check) => {
    expect(check(await body(url()))).toBe(true);
  });

  test("versions/{id}", async () => {
    const meta = (await body(`${replica.klassBaseUrl}/classifications/131`)) as { versions: Array<{ id: number }> };
    for (const { id } of meta.versions)
      expect(klassBodies.version(await body(`${replica.klassBaseUrl}/versions/${id}?language=nb`))).toBe(true);
  });
});

describe("Enhetsregisteret answers have their endpoints' shapes", () => {
  const b = () => replica.brregBaseUrl;
  test("units of every kind, by their own URL", async () => {
    const o = replica.data.orgnr;
    const numbers = [o.activeEnheter[0], o.deleted[0], o.bankrupt[0], o.foreignAddress[0], o.underenheter[0]];
    for (const orgnr of [...numbers, ...o.recorded].filter((n): n is string => n !== undefined)) {
      const headers = { headers: { Accept: "application/json" } };
      let res = await fetch(`${b()}/enheter/${orgnr}`, headers);
      if (res.status === 404) res = await fetch(`${b()}/underenheter/${orgnr}`, headers);
      expect([orgnr, res.status, brregBodies.unit(await res.json(), orgnr)]).toEqual([orgnr, 200, true]);
    }
  });

  test("lists, searches, roles, organisasjonsformer and the change feeds", async () => {
    const few = replica.data.orgnr.activeEnheter.slice(0, 5).join(",");
    expect(brregBodies.unitPage("enheter", await body(`${b()}/enheter?size=5&organisasjonsnummer=${few}`))).toBe(true);
    expect(brregBodies.unitPage("enheter", await body(`${b()}/enheter?size=5&organisasjonsnummer=999000001`))).toBe(
      true,
    );
    expect(brregBodies.unitPage("underenheter", await body(`${b()}/underenheter?navn=a&size=20`))).toBe(true);
    expect(brregBodies.unitPage("enheter", await body(`${b()}/enheter?organisasjonsform=ASA&size=50`))).toBe(true);
    for (const orgnr of replica.data.orgnr.withRoles.slice(0, 20))
      expect(brregBodies.roller(await body(`${b()}/enheter/${orgnr}/roller`))).toBe(true);
    expect(brregBodies.organisasjonsformer(await body(`${b()}/organisasjonsformer`))).toBe(true);
    for (const [register, embedded] of [
      ["enheter", "oppdaterteEnheter"],
      ["underenheter", "oppdaterteUnderenheter"],
    ] as const) {
      for (const dato of ["2020-01-01T00:00:00.000Z", "2099-01-01T00:00:00.000Z"])
        expect(brregBodies.updates(embedded, await body(`${b()}/oppdateringer/${register}?dato=${dato}&size=50`))).toBe(
          true,
        );
    }
  });
});

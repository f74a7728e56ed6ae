import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brregBodies, brregValues } from "../../../../src/core/brreg/shapes";
import { lookupOf, organisasjonsformer, rollegrupper, searchPage } from "../../../../src/core/brreg/responses";
import type { BrregUnit } from "../../../../src/core/brreg/types";
import { WRONG_BODIES } from "../../../support/wrongBodies";

const FIXTURES = join(__dirname, "../../../fixtures/recorded/brreg");
const recorded = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));

/** The endpoint of each recorded file, by its name (see test/fixtures/recorded/README.md). */
function bodyCheckOf(file: string): (body: unknown) => boolean {
  const unit = /^enhet-(\d{9})\.json$/.exec(file);
  if (unit) return (body) => brregBodies.unit(body, unit[1]!);
  if (file.startsWith("enheter-search-")) return (body) => brregBodies.unitPage("enheter", body);
  if (file.startsWith("underenheter-search-")) return (body) => brregBodies.unitPage("underenheter", body);
  if (file.startsWith("roller-")) return brregBodies.roller;
  throw new Error(`no shape is known for the recorded ${file}: add it here`);
}

const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json") && !f.endsWith(".meta.json"));
const equinor = recorded("enhet-923609016.json") as BrregUnit;

describe("every recorded Enhetsregisteret answer has the shape its endpoint promises", () => {
  test("there are recorded answers to check", () => expect(files.length).toBeGreaterThanOrEqual(8));
  test.each(files)("%s", (file) => expect(bodyCheckOf(file)(recorded(file))).toBe(true));

  test("the values kept for them have their stored shapes", () => {
    expect(brregValues.lookup(lookupOf("enheter", equinor), "enheter", "923609016")).toBe(true);
    expect(brregValues.roller(rollegrupper(recorded("roller-enhet-810005912.json")))).toBe(true);
    expect(brregValues.searchPage(searchPage("enheter")(recorded("enheter-search-sesam-page1.json")))).toBe(true);
    expect(brregValues.searchPage(searchPage("underenheter")(recorded("underenheter-search-empty.json")))).toBe(true);
    expect(
      brregValues.organisasjonsformer(
        organisasjonsformer({ _embedded: { organisasjonsformer: [{ kode: "AS", beskrivelse: "Aksjeselskap" }] } }),
      ),
    ).toBe(true);
  });
});

describe("a wrong-shaped body fails every Enhetsregisteret endpoint's shape", () => {
  test.each(WRONG_BODIES)("%s", (_, body) => {
    expect(brregBodies.unit(body, "923609016")).toBe(false);
    expect(brregBodies.unitPage("enheter", body)).toBe(false);
    expect(brregBodies.unitPage("underenheter", body)).toBe(false);
    expect(brregBodies.roller(body)).toBe(false);
    expect(brregBodies.organisasjonsformer(body)).toBe(false);
    expect(brregBodies.updates("oppdaterteEnheter", body)).toBe(false);
    expect(brregBodies.updates("oppdaterteUnderenheter", body)).toBe(false);
  });

  test("a unit answer for another number than the one asked for fails", () => {
    expect(brregBodies.unit(equinor, "923609016")).toBe(true);
    expect(brregBodies.unit({ ...equinor, organisasjonsnummer: "810005912" }, "923609016")).toBe(false);
    expect(brregBodies.unit({ ...equinor, organisasjonsnummer: 923609016 }, "923609016")).toBe(false);
    expect(brregBodies.unit({ organisasjonsnummer: "923609016" }, "923609016")).toBe(false);
  });

  test("a list of one register is not a list of the other, and its units must be units", () => {
    const page = recorded("enheter-search-sesam-page1.json") as { _embedded: { enheter: unknown[] }; page: unknown };
    expect(
      brregBodies.unitPage("underenheter", { _embedded: { enheter: page._embedded.enheter }, page: page.page }),
    ).toBe(false);
    expect(brregBodies.unitPage("enheter", { _embedded: { enheter: [{ navn: "X" }] }, page: page.page })).toBe(false);
    expect(brregBodies.unitPage("enheter", { _embedded: page._embedded })).toBe(false);
  });

  test("a stored unit look-up must be about the number and register of its key", () => {
    const found = lookupOf("enheter", equinor);
    expect(brregValues.lookup(found, "enheter", "810005912")).toBe(false);
    expect(brregValues.lookup(found, "underenheter", "923609016")).toBe(false);
    expect(brregValues.lookup({ state: "not-registered", orgnr: "923609016" }, "underenheter", "923609016")).toBe(true);
    expect(
      brregValues.lookup({ state: "removed", register: "enheter", orgnr: "923609016" }, "enheter", "923609016"),
    ).toBe(true);
    expect(brregValues.lookup({ state: "found", register: "enheter" }, "enheter", "923609016")).toBe(false);
    expect(brregValues.lookup(equinor, "enheter", "923609016")).toBe(false);
  });
});

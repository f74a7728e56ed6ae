import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { klassBodies, klassValues } from "../../../../src/core/klass/shapes";
import { WRONG_BODIES } from "../../../support/wrongBodies";

const FIXTURES = join(__dirname, "../../../fixtures/recorded/klass");
const recorded = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));

/** The endpoint of each recorded file, by its name (see test/fixtures/recorded/README.md). */
function bodyCheckOf(file: string): (body: unknown) => boolean {
  if (file.startsWith("codesAt-")) return klassBodies.codesAt;
  if (file.startsWith("codes-")) return klassBodies.codesInRange;
  if (file.startsWith("correspondsAt-") || file.startsWith("corresponds-")) return klassBodies.correspondsAt;
  if (file.startsWith("changes-")) return klassBodies.changes;
  if (file.startsWith("search-")) return klassBodies.search;
  if (file === "classificationfamilies.json") return klassBodies.families;
  throw new Error(`no shape is known for the recorded ${file}: add it here`);
}

const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json") && !f.endsWith(".meta.json"));

describe("every recorded KLASS answer has the shape its endpoint promises", () => {
  test("there are recorded answers to check", () => expect(files.length).toBeGreaterThan(20));
  test.each(files)("%s", (file) => expect(bodyCheckOf(file)(recorded(file))).toBe(true));

  test("the values kept for them (after the transforms) have their stored shapes", () => {
    const body = (file: string) => recorded(file) as Record<string, unknown>;
    expect(klassValues.codes(body("codesAt-131-2016-01-01.json").codes)).toBe(true);
    expect(klassValues.rangeCodes(body("codes-104-2016-2018.json").codes)).toBe(true);
    expect(klassValues.correspondenceItems(body("correspondsAt-106-131-2022-06-01.json").correspondenceItems)).toBe(
      true,
    );
    expect(klassValues.codeChanges(body("changes-106-2019-2020.json").codeChanges)).toBe(true);
    const families = body("classificationfamilies.json")._embedded as Record<string, Array<Record<string, unknown>>>;
    // Stored with the id its self link names (the recorded answer has none).
    expect(klassValues.families(families.classificationFamilies)).toBe(false);
    expect(klassValues.families(families.classificationFamilies!.map((f, i) => ({ ...f, id: i + 1 })))).toBe(true);
  });
});

const EVERY_BODY = Object.entries(klassBodies);

describe("a wrong-shaped body fails every KLASS endpoint's shape", () => {
  test.each(WRONG_BODIES)("%s", (_, body) => {
    for (const [name, check] of EVERY_BODY) expect([name, check(body)]).toEqual([name, false]);
  });

  test("the right fields with the wrong types fail", () => {
    const codes = recorded("codesAt-131-2016-01-01.json") as { codes: Array<Record<string, unknown>> };
    expect(klassBodies.codesAt({ codes: [{ ...codes.codes[0], code: 301 }] })).toBe(false);
    expect(klassBodies.codesAt({ codes: [{ ...codes.codes[0], name: undefined }] })).toBe(false);
    expect(klassBodies.codesAt({ codes: "0301" })).toBe(false);
    expect(klassBodies.classification({ name: "Kommuneinndeling", id: 131 })).toBe(false);
    expect(klassBodies.classification({ name: "Kommuneinndeling", id: "131", versions: [] })).toBe(false);
    expect(klassBodies.changes({ codeChanges: [{ oldCode: "0301", changeOccurred: 2020 }] })).toBe(false);
    expect(klassBodies.search({ _links: {}, _embedded: { searchResults: [{ snippet: "x" }] } })).toBe(false);
  });

  test("a code list is not a range list (the dates in the requested range are required)", () => {
    expect(klassBodies.codesInRange(recorded("codesAt-106-2019-01-01.json"))).toBe(false);
  });
});

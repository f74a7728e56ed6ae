import {
  klassKeys,
  brregSearchKey,
  ORGFORM_KEY,
  ROLLER_KEY_PREFIX,
  UNIT_KEY_PREFIX,
} from "../../../src/core/cacheKeys";
import { isValidStoredValue } from "../../../src/core/storedValues";

const code = { code: "0301", parentCode: null, level: "1", name: "Oslo" };
const range = { ...code, validFromInRequestedRange: "2020-01-01", validToInRequestedRange: "2024-01-01" };
const unit = { organisasjonsnummer: "923609016", navn: "EQUINOR ASA" };
const page = { size: 20, totalElements: 1, totalPages: 1, number: 0 };

/** [what, key, a value the key holds, a value it does not]. */
const CASES: ReadonlyArray<readonly [string, string, unknown, unknown]> = [
  ["classification", klassKeys.meta(131), { name: "K", id: 131, versions: [] }, { versions: "none" }],
  ["codesAt", klassKeys.codesAt(131, "2024-01-01", "nb"), [code], { codes: [code] }],
  ["variantAt", klassKeys.variantAt(6, "V", "2024-01-01", "nb"), [code], [{ code: 1 }]],
  ["codes", klassKeys.codes(131, "2020-01-01", undefined, "nb"), [range], [code]],
  ["variant", klassKeys.variant(6, "V", "2020-01-01", "2024-01-01", "nb"), [range], null],
  ["variants/{id}", klassKeys.variantById(6, 7, "nb"), { name: "V", id: 7, classificationItems: [code] }, []],
  [
    "correspondsAt",
    klassKeys.correspondsAt(104, 131, "2020-01-01", "nb"),
    [{ sourceCode: "03", sourceName: "Oslo", targetCode: "0301", targetName: "Oslo" }],
    [{ sourceCode: "03" }],
  ],
  [
    "changes",
    klassKeys.changes(131, "2019-01-01", "2020-01-01"),
    [{ oldCode: "0301", oldName: "Oslo", newCode: null, newName: null, changeOccurred: "2020-01-01" }],
    { codeChanges: [] },
  ],
  [
    "version",
    klassKeys.version(131, 1, "nb"),
    { id: 1, name: "v", levels: [], classificationVariants: [], correspondenceTables: [] },
    { id: 1 },
  ],
  [
    "families",
    klassKeys.families("nb"),
    [{ name: "Befolkning", id: 3, numberOfClassifications: 3 }],
    [{ name: "Befolkning", numberOfClassifications: 3 }],
  ],
  ["family", klassKeys.family(1, "nb", false), { id: 1, name: "F", classifications: [{ id: 131, name: "K" }] }, []],
  [
    "correspondence table by id",
    klassKeys.correspondenceTable(71, "nb"),
    {
      id: 71,
      name: "T",
      correspondenceMaps: [{ sourceCode: "01", sourceName: "Østfold", targetCode: "0101", targetName: "Halden" }],
    },
    { id: 71, name: "T", correspondenceItems: [] },
  ],
  [
    "search page",
    klassKeys.search("kommune", false, 2000, 0),
    { results: [{ name: "K", id: NaN, snippet: "" }], more: false },
    { results: "none" },
  ],
  ["enhet", UNIT_KEY_PREFIX.enheter + "923609016", { state: "found", register: "enheter", unit }, unit],
  [
    "enhet of another number",
    UNIT_KEY_PREFIX.enheter + "810005912",
    { state: "not-registered", orgnr: "810005912" },
    { state: "found", register: "enheter", unit },
  ],
  [
    "underenhet",
    UNIT_KEY_PREFIX.underenheter + "923609016",
    { state: "removed", register: "underenheter", orgnr: "923609016" },
    { state: "found", register: "enheter", unit },
  ],
  [
    "roller",
    ROLLER_KEY_PREFIX + "923609016",
    [{ type: { kode: "STYR", beskrivelse: "Styre" }, roller: [] }],
    [{ type: "STYR" }],
  ],
  ["organisasjonsformer", ORGFORM_KEY, [{ kode: "AS", beskrivelse: "Aksjeselskap" }], undefined],
  ["search", brregSearchKey("enheter", { navn: "x" }), { units: [unit], page }, { units: [], page: {} }],
];

describe("isValidStoredValue: each key kind holds its own shape", () => {
  test.each(CASES)("%s", (_, key, good, bad) => {
    expect(isValidStoredValue(key, good)).toBe(true);
    expect(isValidStoredValue(key, bad)).toBe(false);
  });

  test("a key of a shape it does not know passes (nothing can say it is wrong)", () => {
    expect(isValidStoredValue("klass/131/test/codesAt/2024-01-01/nb", { anything: true })).toBe(true);
  });
});

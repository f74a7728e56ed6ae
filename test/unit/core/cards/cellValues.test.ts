import { date, entity, isoToSerial, section, text } from "../../../../src/core/cards/build";
import type { EntityValue } from "../../../../src/core/cards/cellValues";
import { unitEntity } from "../../../../src/core/brreg/unitEntity";
import { codeEntity } from "../../../../src/core/klass/codeEntity";
import { EQUINOR, UNDERENHET } from "../../../support/fakeBrregData";
import { entityRuleProblems } from "../../../support/entityRules";
import { codeIndex } from "../../../../src/core/klass/codeIndex";

/*
 * Compile-time: the entity values core builds are assignable to the project's @types/office-js
 * Excel types (`npm run lint` runs tsc over the tests). Type-only: core itself never imports
 * Office.js, and nothing here runs Office.js.
 */
type Assignable<T> = (value: T) => Excel.EntityCellValue;
const asExcelEntity: Assignable<EntityValue> = (value) => value;
const asExcelProperty = (value: EntityValue["properties"][string]): Excel.EntityPropertyType => value;
const asExcelCard = (value: EntityValue["layouts"]["card"]): Excel.CardLayout => value;
const asExcelProvider = (value: EntityValue["provider"]): Excel.CellValueProviderAttributes => value;

const oslo = { code: "0301", parentCode: null, level: "1", name: "Oslo", shortName: "", notes: "" };
const list = {
  meta: { id: 131, name: "Standard for kommuneinndeling", versions: [] },
  span: {
    version: { id: 1, name: "Kommuneinndeling 2024", validFrom: "2024-01-01" },
    from: "2024-01-01",
    to: undefined,
  },
  index: codeIndex([oslo]),
};

describe("entity values (Excel data types) built in core", () => {
  test("are Excel.EntityCellValue JSON (checked at compile time) and keep Microsoft's documented rules", () => {
    const samples: EntityValue[] = [
      unitEntity({ unit: EQUINOR, register: "enheter", deleted: false, roles: [] }),
      unitEntity({
        unit: UNDERENHET,
        register: "underenheter",
        deleted: false,
        parent: unitEntity({ unit: EQUINOR, register: "enheter", deleted: false }),
      }),
      codeEntity({ item: oslo, list, changes: [] }),
    ];
    for (const sample of samples) {
      const excel = asExcelEntity(sample);
      expect(excel.type).toBe("Entity");
      for (const property of Object.values(sample.properties)) expect(asExcelProperty(property)).toBe(property);
      expect(asExcelCard(sample.layouts.card)).toBe(sample.layouts.card);
      expect(asExcelProvider(sample.provider)).toBe(sample.provider);
      expect(entityRuleProblems(sample)).toEqual([]);
      // What a custom function returns crosses the runtime as JSON: nothing may be lost on the way.
      expect(JSON.parse(JSON.stringify(sample))).toEqual(sample);
    }
  });

  test("the rules check finds each kind of breach (so the check can fail)", () => {
    const broken = {
      type: "Entity",
      text: "x",
      properties: { a: { type: "String" }, b: { basicValue: 1 } },
      layouts: { card: { title: { property: "missing" }, sections: [{ layout: "List", properties: ["a", "gone"] }] } },
    };
    expect(entityRuleProblems(broken)).toEqual([
      "entity has no provider",
      "entity.[a] has no basicValue",
      "entity.[b] has no type",
      `entity's card names "missing", which it lacks`,
      `entity's card names "gone", which it lacks`,
    ]);
  });

  test("a card's sections keep only properties the entity has, and drop a section left empty", () => {
    const e = entity({
      text: "x",
      properties: { a: text("1") },
      title: "b",
      sections: [section("One", ["a", "b"]), section("Two", ["c"])],
      provider: { description: "p" },
    });
    expect(e.layouts.card).toEqual({ sections: [{ layout: "List", title: "One", properties: ["a"] }] });
  });

  test("dates are Excel serials with a date format (1900 system, its phantom 1900-02-29 included); others stay text", () => {
    expect(isoToSerial("1900-01-01")).toBe(1);
    expect(isoToSerial("1900-02-28")).toBe(59);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2024-01-01")).toBe(45292);
    expect(date("1972-09-18")).toEqual({ type: "FormattedNumber", basicValue: 26560, numberFormat: "yyyy-mm-dd" });
    expect(date("1899-12-31")).toEqual({ type: "String", basicValue: "1899-12-31" });
    expect(date(undefined)).toEqual({ type: "String", basicValue: "" });
  });
});

import { join } from "node:path";

/**
 * The BRREG functions' JSDoc is the source of functions.json, help.html and the README reference:
 * check it is complete (ids, descriptions, every parameter described, help URL, examples) and
 * that the metadata generator reads every vectorisable argument and result as a matrix.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { readFunctions } = require("../../../../scripts/function-docs.cjs") as {
  readFunctions(files: string[]): Array<{
    id: string;
    description: string;
    params: Array<{ name: string; optional: boolean; description: string }>;
    returns: string;
    helpUrl: string;
    examples: string[];
  }>;
};
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata/lib/generate.js") as {
  generateCustomFunctionsMetadata(input: string | string[]): Promise<{ metadataJson: string; errors: string[] }>;
};

const dir = join(__dirname, "../../../../src/functions/brreg");
const files = ["units.ts", "tables.ts", "cards.ts"].map((f) => join(dir, f));
const IDS = [
  "BRREG.ANTALL",
  "BRREG.ENHET",
  "BRREG.GYLDIG",
  "BRREG.KORT",
  "BRREG.ORGFORM",
  "BRREG.ROLLER",
  "BRREG.SOK",
  "BRREG.STATUS",
  "BRREG.UNDERENHET",
  "BRREG.UNDERENHETER",
];

describe("BRREG function metadata", () => {
  it("documents every function completely", () => {
    const fns = readFunctions(files);
    expect(fns.map((f) => f.id).sort()).toEqual(IDS);
    for (const fn of fns) {
      expect(fn.description).not.toBe("");
      expect(fn.returns).not.toBe("");
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${fn.id.toLowerCase().replace(".", "-")}`);
      expect(fn.examples.length).toBeGreaterThan(0);
      for (const example of fn.examples) expect(example).toMatch(new RegExp(`^=${fn.id.replace(".", "\\.")}\\(`));
      for (const p of fn.params) expect(p.description.length).toBeGreaterThan(10);
    }
  });

  it("generates functions.json metadata without errors, with matrix arguments and results", async () => {
    const { metadataJson, errors } = await generateCustomFunctionsMetadata(files);
    expect(errors).toEqual([]);
    const meta = JSON.parse(metadataJson) as {
      allowCustomDataForDataTypeAny?: boolean;
      functions: Array<{
        id: string;
        parameters: Array<{ name: string; dimensionality?: string; optional?: boolean }>;
        result: { dimensionality?: string; type?: string };
      }>;
    };
    const byId = new Map(meta.functions.map((f) => [f.id, f]));
    for (const id of IDS) expect(byId.get(id)?.result.dimensionality).toBe("matrix");
    // Entity values (BRREG.KORT's cards) need the `any` result type and this flag ("Use data types
    // with custom functions"); the generator sets the flag for the whole file.
    expect(meta.allowCustomDataForDataTypeAny).toBe(true);
    // No `type` is `any`, the default: Excel then takes any value, an entity included.
    expect(byId.get("BRREG.KORT")?.result.type ?? "any").toBe("any");
    expect(byId.get("BRREG.ENHET")?.parameters).toEqual([
      expect.objectContaining({ name: "orgnr", dimensionality: "matrix" }),
      expect.objectContaining({ name: "fields", dimensionality: "matrix", optional: true }),
    ]);
    expect(byId.get("BRREG.SOK")?.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["navn", false],
      ["filters", true],
      ["fields", true],
      ["max", true],
      ["register", true],
    ]);
  });
});

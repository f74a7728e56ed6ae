import { readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const docs = require("../../../scripts/function-docs.cjs") as {
  functionSourceFiles(dir: string): string[];
  readFunctions(files: string[]): {
    id: string;
    description: string;
    params: { name: string; description: string }[];
    examples: string[];
    helpUrl: string;
    anchor: string;
  }[];
  readmeWithReference(readme: string, files: string[]): string;
};

const ROOT = join(__dirname, "..", "..", "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const files = docs.functionSourceFiles(join(ROOT, "src", "functions"));
const functions = docs.readFunctions(files);

describe("README", () => {
  it("shows the two commands first", () => {
    const firstCode = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstCode).toMatch(/^npm install && npm start\b/m);
    expect(firstCode).toMatch(/^npm test\b/m);
  });

  it("carries the function reference generated from the functions' JSDoc (run `npm run docs` after editing them)", () => {
    expect(docs.readmeWithReference(readme, files)).toBe(readme);
  });

  it("documents every function with a description, described parameters, an example and a help anchor", () => {
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      expect({ id: fn.id, description: fn.description.length > 10 }).toEqual({ id: fn.id, description: true });
      expect({ id: fn.id, examples: fn.examples.length > 0 }).toEqual({ id: fn.id, examples: true });
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${fn.anchor}`);
      for (const p of fn.params)
        expect({ id: fn.id, param: p.name, described: p.description.length > 0 }).toEqual({
          id: fn.id,
          param: p.name,
          described: true,
        });
    }
  });
});

import { join } from "node:path";

/**
 * The Norwegian function help (src/functions/i18n/metadata.nb.json) against the functions' JSDoc:
 * every function and parameter has its bokmål text, and the localized metadata keeps everything
 * Excel matches on (ids, function names, types, parameter counts) while changing only the words.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the build's own CommonJS helpers */
const docs = require("../../../../scripts/function-docs.cjs") as {
  functionSourceFiles(dir: string): string[];
  readFunctions(files: string[]): { id: string; params: { name: string }[]; returns: string }[];
};
const nbHelp = require("../../../../scripts/function-metadata-nb.cjs") as {
  readNorwegianMessages(): Messages;
  translationProblems(functions: ReturnType<typeof docs.readFunctions>, messages: Messages): string[];
  localizeMetadata(english: Metadata, messages: Messages): Metadata;
  norwegianHelpUrl(url: string): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

type Messages = Record<
  string,
  { description: string; returns?: string; parameters?: Record<string, { name: string; description: string }> }
>;
interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    result?: unknown;
    parameters?: { name: string; description?: string; type?: string; optional?: boolean; dimensionality?: string }[];
  }[];
}

const functions = docs.readFunctions(docs.functionSourceFiles(join(__dirname, "../../../../src/functions")));
const messages = nbHelp.readNorwegianMessages();

describe("Norwegian function help", () => {
  it("reads the functions it checks", () => {
    expect(functions.length).toBeGreaterThanOrEqual(20);
    expect(functions.map((f) => f.id)).toEqual(expect.arrayContaining(["KLASS.CODENAME", "BRREG.ENHET"]));
  });

  it("has a bokmål description, result and parameter name and description for every function", () => {
    expect(nbHelp.translationProblems(functions, messages)).toEqual([]);
  });

  it("names each gap: a function without an entry, a parameter without text, a text for nothing", () => {
    const { ["KLASS.CODENAME"]: _dropped, ...withoutCodename } = messages;
    const level = messages["KLASS.LEVEL"]!;
    const broken: Messages = {
      ...withoutCodename,
      "KLASS.LEVEL": { ...level, parameters: { ...level.parameters, date: { name: "", description: "" } } },
      "KLASS.NOSUCH": { description: "x" },
    };
    expect(nbHelp.translationProblems(functions, broken)).toEqual(
      expect.arrayContaining([
        "KLASS.CODENAME has no Norwegian entry",
        "KLASS.LEVEL: parameter date has no Norwegian name and description",
        "Norwegian text for an unknown function KLASS.NOSUCH",
      ]),
    );
  });

  it("localizes words only: ids, function names, types and parameter counts stay", () => {
    const english: Metadata = {
      functions: [
        {
          id: "KLASS.LEVEL",
          name: "KLASS.LEVEL",
          description: "The level of a code",
          helpUrl: "https://localhost:3000/help.html#klass-level",
          result: { type: "any" },
          parameters: [
            { name: "classification", description: "Id", type: "any" },
            { name: "code", description: "Code", type: "any", dimensionality: "matrix" },
            { name: "date", description: "Date", type: "any", optional: true },
          ],
        },
      ],
    };
    const [nb] = nbHelp.localizeMetadata(english, messages).functions;
    expect(nb).toMatchObject({
      id: "KLASS.LEVEL",
      name: "KLASS.LEVEL",
      description: messages["KLASS.LEVEL"]!.description,
      helpUrl: "https://localhost:3000/help.nb.html#klass-level",
      result: { type: "any" },
    });
    expect(nb!.parameters).toEqual([
      { name: "klassifikasjon", description: expect.stringMatching(/id/), type: "any" },
      { name: "kode", description: expect.any(String), type: "any", dimensionality: "matrix" },
      { name: "dato", description: expect.any(String), type: "any", optional: true },
    ]);
  });

  it("refuses to build half-translated metadata, naming what is missing", () => {
    const english: Metadata = { functions: [{ id: "KLASS.NEW", name: "KLASS.NEW", parameters: [] }] };
    expect(() => nbHelp.localizeMetadata(english, messages)).toThrow(/KLASS\.NEW/);
  });

  it("points help links at the same anchor on help.nb.html", () => {
    expect(nbHelp.norwegianHelpUrl("https://addins.example.no/kb/help.html#brreg-enhet")).toBe(
      "https://addins.example.no/kb/help.nb.html#brreg-enhet",
    );
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, ROOT, requireDist } from "../support/dist";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/manifest-check.cjs") as {
  validateManifest(file: string): { ok: boolean; errors: string[] };
};

const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "manifest-test-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a variant of the manifest and validates it. */
function validateVariant(name: string, edit: (xml: string) => string) {
  const file = join(scratch, `${name}.xml`);
  const edited = edit(source);
  expect(edited).not.toBe(source); // the edit must actually change something
  writeFileSync(file, edited);
  return validateManifest(file);
}

describe("manifest.xml", () => {
  it("validates against the official XSD (without <Runtimes>) and the shared-runtime rules", () => {
    expect(validateManifest(join(ROOT, "manifest.xml"))).toEqual({ ok: true, errors: [] });
  });

  it("is copied to dist/ and still valid", () => {
    requireDist("manifest.xml");
    expect(validateManifest(join(DIST, "manifest.xml")).errors).toEqual([]);
  });

  it("fails when the custom functions page uses another resid than the runtime", () => {
    const result = validateVariant("page-resid", (xml) =>
      xml.replace(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Script.Url"),
    );
    expect(result.ok).toBe(false);
    expect(result.errors.join("\n")).toMatch(/custom functions <Page> uses resid "Functions.Script.Url"/);
  });

  it("fails when <Runtimes> is not the first child of <Host>", () => {
    const result = validateVariant("runtimes-order", (xml) => {
      const runtimes = /\s*<Runtimes>\s*<Runtime [\s\S]*?<\/Runtimes>/.exec(xml)![0];
      return xml.replace(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
    });
    expect(result.errors.join("\n")).toMatch(/<Runtimes> must be the first child of <Host>/);
  });

  it("fails when a <Namespace> is added (users would have to type =NO.KLASS.…)", () => {
    const result = validateVariant("namespace", (xml) =>
      xml
        .replace("</Metadata>", '</Metadata>\n<Namespace resid="Functions.Namespace"/>')
        .replace("<bt:ShortStrings>", '<bt:ShortStrings>\n<bt:String id="Functions.Namespace" DefaultValue="NO"/>'),
    );
    expect(result.errors.join("\n")).toMatch(/<Namespace> must be absent/);
  });

  it("fails the schema when a required element is missing", () => {
    const result = validateVariant("no-id", (xml) => xml.replace(/<Id>[^<]+<\/Id>/, ""));
    expect(result.ok).toBe(false);
    expect(result.errors.some((e) => e.startsWith("schema:"))).toBe(true);
  });

  it("fails on a runtime lifetime other than long", () => {
    const result = validateVariant("lifetime", (xml) =>
      xml.replace(
        '<Runtime resid="Taskpane.Url" lifetime="long"/>',
        '<Runtime resid="Taskpane.Url" lifetime="short"/>',
      ),
    );
    expect(result.errors.join("\n")).toMatch(/lifetime> must be "long"/);
  });
});

describe("production build with ADDIN_ORIGIN", () => {
  it("rewrites every https://localhost:3000 URL of the emitted manifest, and the result validates", () => {
    const out = join(scratch, "dist-origin");
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_ORIGIN: "https://addin.example.no/klass-brreg/" },
        stdio: "pipe",
      },
    );
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost:3000");
    expect(manifest).toContain('DefaultValue="https://addin.example.no/klass-brreg/taskpane.html"');
    expect(manifest).toContain('Value="https://addin.example.no/klass-brreg/functions.nb-NO.json"');
    for (const file of ["functions.json", "functions.nb-NO.json", "help.html", "help.nb.html"]) {
      expect([file, readFileSync(join(out, file), "utf8").includes("localhost:3000")]).toEqual([file, false]);
    }
    expect(readFileSync(join(out, "functions.nb-NO.json"), "utf8")).toContain(
      "https://addin.example.no/klass-brreg/help.nb.html#klass-codename",
    );
    expect(validateManifest(join(out, "manifest.xml")).errors).toEqual([]);
  }, 120_000);

  it("refuses an origin that is not https", () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [
          join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
          "--mode",
          "production",
          "--output-path",
          join(scratch, "bad"),
        ],
        {
          cwd: ROOT,
          env: { ...process.env, ADDIN_ORIGIN: "http://insecure.example.no" },
          stdio: "pipe",
        },
      ),
    ).toThrow(/ADDIN_ORIGIN must be an https origin/);
  }, 120_000);
});

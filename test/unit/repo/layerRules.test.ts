import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/**
 * The layer rules of eslint.config.mjs, as docs/ARCHITECTURE.md states them: each forbidden
 * direction is linted as a small file in the layer, and must fail; the allowed ones must pass.
 * ESLint loads its flat config with a dynamic import, which jest's VM cannot run, so the cases are
 * linted by ESLint's own API in one child process.
 */
const ROOT = resolve(__dirname, "../../..");

interface LintCase {
  readonly filePath: string;
  readonly code: string;
}

const LINT_SCRIPT = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
console.log(JSON.stringify(out));
`;

function lintAll(cases: readonly LintCase[]): { ruleId: string | null; message: string }[][] {
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", LINT_SCRIPT, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(stdout) as { ruleId: string | null; message: string }[][];
}

const importOf = (specifier: string) => `import { x } from "${specifier}";\nexport const y = x;\n`;

const FORBIDDEN: [string, string][] = [
  ["src/core/klass/x.ts", "../../office/gateway"],
  ["src/core/x.ts", "../taskpane/App"],
  ["src/core/x.ts", "../functions/shared/answer"],
  ["src/core/x.ts", "../runtime"],
  ["src/core/x.ts", "react"],
  ["src/core/x.ts", "@fluentui/react-components"],
  ["src/office/x.ts", "../taskpane/App"],
  ["src/office/x.ts", "../functions/klass/codes"],
  ["src/functions/klass/x.ts", "../../taskpane/App"],
  ["src/functions/x.ts", "../office/gateway"],
  ["src/taskpane/views/x.ts", "../../functions/shared/answer"],
  ["src/taskpane/x.tsx", "../functions"],
  ["src/runtime/x.ts", "../functions/shared/answer"],
  ["src/runtime/x.ts", "../taskpane/App"],
];

const ALLOWED: [string, string][] = [
  ["src/core/klass/x.ts", "../errors"],
  ["src/office/x.ts", "../core/sheet/address"],
  ["src/functions/klass/x.ts", "../../core/klass"],
  ["src/functions/klass/x.ts", "../../runtime"],
  ["src/taskpane/x.tsx", "../office/gateway"],
  ["src/taskpane/x.tsx", "../runtime"],
  ["src/taskpane/views/x.ts", "../../core/i18n"],
];

const GLOBALS: [string, string, boolean][] = [
  ["src/core/x.ts", "export const a = Office.context;\n", false],
  ["src/core/x.ts", "export const a = document.title;\n", false],
  ["src/taskpane/x.ts", "export const a = Excel.run;\n", false],
  ["src/functions/x.ts", "export const a = Excel.run;\n", false],
  ["src/office/x.ts", "export const a = Excel.run;\n", true],
];

describe("layer rules (npm run lint)", () => {
  const cases = [
    ...FORBIDDEN.map(([filePath, specifier]) => ({ filePath, code: importOf(specifier) })),
    ...ALLOWED.map(([filePath, specifier]) => ({ filePath, code: importOf(specifier) })),
    ...GLOBALS.map(([filePath, code]) => ({ filePath, code })),
  ];
  let results: { ruleId: string | null; message: string }[][] = [];
  beforeAll(() => {
    results = lintAll(cases);
  }, 60_000);
  const rule = (index: number, ruleId: string) => (results[index] ?? []).filter((m) => m.ruleId === ruleId);

  it.each(FORBIDDEN.map((c, i) => [...c, i] as const))("%s may not import %s", (_file, _specifier, index) => {
    expect(rule(index, "no-restricted-imports")).not.toEqual([]);
  });

  it.each(ALLOWED.map((c, i) => [...c, FORBIDDEN.length + i] as const))(
    "%s may import %s",
    (_file, _specifier, index) => {
      expect(rule(index, "no-restricted-imports")).toEqual([]);
    },
  );

  it.each(GLOBALS.map((c, i) => [c[0], c[1].trim(), c[2], FORBIDDEN.length + ALLOWED.length + i] as const))(
    "%s: %s allowed=%s",
    (_file, _code, allowed, index) => {
      expect(rule(index, "no-restricted-globals").length === 0).toBe(allowed);
    },
  );
});

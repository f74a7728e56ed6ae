import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/**
 * The repository stands alone: no tracked file under src/, test/, bench/, scripts/ or replica/
 * reads or names a path outside it. A clone on a machine that has nothing but the repository must
 * pass `npm test`, so an absolute path of the machine the code was written on, or a relative path
 * that climbs out of the repository, is a bug even inside a comment (it points the reader nowhere).
 */
const ROOT = resolve(__dirname, "../../..");
const FOLDERS = ["src", "test", "bench", "scripts", "replica", "deploy"];

function trackedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...FOLDERS], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return out.split("\0").filter((f) => f !== "" && !/\.(png|ico|xsd)$/.test(f));
}

/** Absolute paths that only exist on a build machine: its home folders and the workplace. */
// The checkout's own path, and the build machines' workplace and home folders. (Not the folder
// that holds the checkout: a clone in /tmp would then forbid every mention of /tmp/.)
const machinePaths = [ROOT, ...["work", "root", "home"].map((d) => `/${d}`)].map((p) => `${p}/`);

/** Relative paths in the text (`../x`, `../../y/z`), resolved from the file's own folder. */
const RELATIVE_PATH = /(?:\.\.\/)+[\w@.-][\w@./-]*/g;

function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  for (const p of machinePaths) if (text.includes(p)) found.push(p);
  for (const match of text.matchAll(RELATIVE_PATH)) {
    const target = resolve(ROOT, dirname(file), match[0]);
    if (relative(ROOT, target).startsWith(`..${sep}`) || relative(ROOT, target) === "..") found.push(match[0]);
  }
  return found;
}

describe("the repository stands alone", () => {
  const files = trackedFiles();

  it("lists the tracked files it checks", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("test/unit/repo/standalone.test.ts");
  });

  it("no tracked file under src, test, bench, scripts or replica names a path outside the repository", () => {
    const offenders = files
      .map((file) => ({ file, refs: outsideReferences(file, readFileSync(join(ROOT, file), "utf8")) }))
      .filter((o) => o.refs.length > 0)
      .map((o) => `${o.file}: ${o.refs.join(", ")}`);
    expect(offenders).toEqual([]);
  });

  it("recognises the kinds of reference it forbids", () => {
    const up = "../".repeat(3);
    expect(outsideReferences("test/unit/x.ts", `const f = "${up}shared/fixtures/a.json";`)).not.toEqual([]);
    expect(outsideReferences("src/x.ts", `// see ${ROOT}/${up}shared/STYLE.md`)).not.toEqual([]);
    expect(outsideReferences("src/x.ts", `// see /${"work"}/shared/STYLE.md`)).not.toEqual([]);
    expect(outsideReferences("src/core/x.ts", `import { a } from "../shared/grid";`)).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser";
import { DIST, requireDist } from "../support/dist";
import { serveFolder, type StaticServer } from "../support/staticServer";

/**
 * The metadata contract: what Excel reads (functions.json) and what the bundle registers
 * (CustomFunctions.associate in the production functions.js) are the same functions, with the
 * same ids, names and parameter counts. A mismatch shows in Excel as #NAME? or a function that
 * never answers, and no unit test would notice.
 */
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
  options?: { requiresAddress?: boolean; stream?: boolean; cancelable?: boolean; requiresParameterAddresses?: boolean };
}

let metadata: FunctionMetadata[];
let server: StaticServer;
let browser: Browser;
let registered: Record<string, number>;

beforeAll(async () => {
  requireDist("functions.json", "functions.js", "runtime.js");
  metadata = (JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: FunctionMetadata[] })
    .functions;
  server = await serveFolder(DIST);
  browser = await launchChromium();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A page of its own with a stub CustomFunctions global that records every association.
  await page.route(`${server.origin}/contract.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><script>
        window.__registered = {};
        window.CustomFunctions = { associate(id, fn) { window.__registered[id] = fn.length; } };
      </script><script src="/runtime.js"></script><script src="/functions.js"></script>`,
    }),
  );
  await page.goto(`${server.origin}/contract.html`);
  registered = await page.evaluate(() => (window as unknown as { __registered: Record<string, number> }).__registered);
  expect(errors).toEqual([]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("functions.json and the functions bundle", () => {
  it("lists KLASS. and BRREG. functions with dotted names equal to their ids", () => {
    const ids = metadata.map((f) => f.id);
    expect(ids.some((id) => id.startsWith("KLASS."))).toBe(true);
    expect(ids.some((id) => id.startsWith("BRREG."))).toBe(true);
    for (const fn of metadata) {
      expect(fn.id).toMatch(/^(KLASS|BRREG)\.[A-Z]+$/);
      expect(fn.name).toBe(fn.id);
    }
  });

  it("describes every function and every parameter, with a help URL on help.html", () => {
    for (const fn of metadata) {
      // The function's id in the expectation, so a failure names the function without a description.
      expect({ id: fn.id, description: fn.description?.trim() ?? "" }).toEqual({
        id: fn.id,
        description: expect.stringMatching(/\S/),
      });
      expect(fn.description?.trim()).toBeTruthy();
      expect(fn.helpUrl).toMatch(/\/help\.html#[a-z]+-[a-z]+$/);
      for (const p of fn.parameters)
        expect({ fn: fn.id, param: p.name, described: Boolean(p.description?.trim()) }).toEqual({
          fn: fn.id,
          param: p.name,
          described: true,
        });
    }
  });

  it("the production bundle associates exactly the functions in functions.json", () => {
    expect(Object.keys(registered).sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  it("each implementation declares as many parameters as its metadata (plus the invocation, when used)", () => {
    for (const fn of metadata) {
      const usesInvocation = Boolean(
        fn.options?.requiresAddress ||
        fn.options?.stream ||
        fn.options?.cancelable ||
        fn.options?.requiresParameterAddresses,
      );
      expect({ id: fn.id, arity: registered[fn.id] }).toEqual({
        id: fn.id,
        arity: fn.parameters.length + (usesInvocation ? 1 : 0),
      });
    }
  });

  it("help.html has a section for every function's help URL anchor", () => {
    const help = readFileSync(join(DIST, "help.html"), "utf8");
    for (const fn of metadata) {
      const anchor = fn.helpUrl!.slice(fn.helpUrl!.indexOf("#") + 1);
      // (the production build minifies help.html, which may drop attribute quotes)
      expect(help).toMatch(new RegExp(`<section id="?${anchor}"?>`));
    }
  });
});

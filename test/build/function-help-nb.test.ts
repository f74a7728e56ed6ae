import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser";
import { DIST, requireDist } from "../support/dist";
import { serveFolder, type StaticServer } from "../support/staticServer";

/**
 * Function help in Norwegian, as built: dist/ holds the bokmål metadata beside the English one,
 * the manifest serves it for nb-NO and nn-NO, both describe the same functions, and every help
 * link of either lands on an existing section of its help page.
 */
interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: { name: string; description: string }[];
}
const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const metadata = (file: string) => (JSON.parse(read(file)) as { functions: FunctionMeta[] }).functions;
const anchorOf = (url: string) => url.slice(url.indexOf("#") + 1);
const pageOf = (url: string) => new URL(url).pathname.split("/").pop() as string;
/** Section ids of a help page (the production build may drop attribute quotes). */
const sectionIds = (html: string) => [...html.matchAll(/<section id="?([\w-]+)"?>/g)].map((m) => m[1]);

describe("Norwegian function help in dist/", () => {
  beforeAll(() => requireDist("functions.json", "functions.nb-NO.json", "help.html", "help.nb.html", "manifest.xml"));

  it("the manifest serves the bokmål metadata and help page for nb-NO and nn-NO, English by default", () => {
    const manifest = read("manifest.xml");
    const url = (id: string) =>
      new RegExp(`<bt:Url id="${id}" DefaultValue="([^"]+)">([\\s\\S]*?)</bt:Url>`).exec(manifest);
    const functionsUrl = url("Functions.Metadata.Url");
    expect(pageOf(functionsUrl![1]!)).toBe("functions.json");
    for (const locale of ["nb-NO", "nn-NO"]) {
      expect(functionsUrl![2]).toMatch(
        new RegExp(`<bt:Override Locale="${locale}" Value="[^"]+/functions\\.nb-NO\\.json"/>`),
      );
      expect(url("GetStarted.LearnMoreUrl")![2]).toMatch(
        new RegExp(`Locale="${locale}" Value="[^"]+/help\\.nb\\.html"`),
      );
    }
  });

  it("both metadata files describe the same function ids and names with the same parameter counts", () => {
    const en = metadata("functions.json");
    const nb = metadata("functions.nb-NO.json");
    expect(nb.map((f) => f.id)).toEqual(en.map((f) => f.id));
    expect(nb.map((f) => f.name)).toEqual(en.map((f) => f.name));
    expect(nb.map((f) => f.parameters.length)).toEqual(en.map((f) => f.parameters.length));
    // Words differ: every description is translated, none left in English.
    const english = new Map(en.map((f) => [f.id, f.description]));
    expect(nb.filter((f) => f.description === english.get(f.id)).map((f) => f.id)).toEqual([]);
    expect(nb.find((f) => f.id === "KLASS.CODENAME")!.parameters.map((p) => p.name)).toEqual([
      "klassifikasjon",
      "kode",
      "dato",
      "språk",
    ]);
  });

  it.each([
    ["functions.json", "help.html"],
    ["functions.nb-NO.json", "help.nb.html"],
  ])("every help link of %s lands on a section of %s", (file, page) => {
    const sections = new Set(sectionIds(read(page)));
    for (const fn of metadata(file)) {
      expect([fn.id, pageOf(fn.helpUrl)]).toEqual([fn.id, page]);
      expect([fn.id, sections.has(anchorOf(fn.helpUrl))]).toEqual([fn.id, true]);
    }
  });

  it("both help pages have the same anchors, one per function", () => {
    const en = sectionIds(read("help.html"));
    expect(sectionIds(read("help.nb.html"))).toEqual(en);
    expect(en).toHaveLength(metadata("functions.json").length);
  });
});

describe("the help pages in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    requireDist("help.html", "help.nb.html");
    server = await serveFolder(DIST);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ["help.html", "en", "function reference", "Norsk (bokmål)"],
    ["help.nb.html", "nb", "funksjonsoversikt", "English"],
  ])("%s renders in %s without console errors and links to the other language", async (page, lang, title, other) => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    tab.on("pageerror", (e) => errors.push(String(e)));
    await tab.goto(`${server.origin}/${page}`);
    expect(await tab.getAttribute("html", "lang")).toBe(lang);
    expect(await tab.textContent("h1")).toContain(title);
    expect(await tab.locator("section").count()).toBe(metadata("functions.json").length);
    await tab.getByRole("link", { name: other }).click();
    await tab.waitForLoadState();
    expect(await tab.getAttribute("html", "lang")).toBe(lang === "en" ? "nb" : "en");
    expect(errors).toEqual([]);
    await tab.close();
  });
});

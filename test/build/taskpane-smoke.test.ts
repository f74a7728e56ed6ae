import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, routeOfficeJsLocally } from "../support/browser";
import { DIST, requireDist } from "../support/dist";
import { serveFolder, type StaticServer } from "../support/staticServer";

/**
 * taskpane.html as Excel's shared runtime loads it — Office.js from the CDN URL (served from
 * @microsoft/office-js by request interception), then functions.js, then taskpane.js — rendered
 * in headless Chromium outside Excel: it must render the taskpane with no console error.
 */
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireDist("taskpane.html", "taskpane.js", "functions.js");
  server = await serveFolder(DIST);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("renders the taskpane with Office.js from the (intercepted) CDN and no console error", async () => {
  const context = await browser.newContext();
  await routeOfficeJsLocally(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
  const officeRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith("https://appsforoffice.microsoft.com/")) officeRequests.push(request.url());
  });

  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("heading", { name: "Klass & Brreg" }).waitFor({ timeout: 15_000 });
  expect(await page.getByText("Browser workbook").isVisible()).toBe(true);
  expect(officeRequests[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  // The functions bundle registered its functions with office.js's CustomFunctions in this page.
  // (office.js keeps them in CustomFunctions._association.mappings until Excel asks for them.)
  const associated = await page.evaluate(
    () =>
      Object.keys(
        (window as unknown as { CustomFunctions?: { _association?: { mappings?: object } } }).CustomFunctions
          ?._association?.mappings ?? {},
      ).length,
  );
  const { functions } = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: unknown[] };
  expect(associated).toBe(functions.length);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

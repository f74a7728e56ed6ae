import type { Browser } from "playwright-core";
import { startReplica, type Replica } from "../replica";
import { launchChromium } from "../support/browser";
import { DIST, requireDist } from "../support/dist";
import { serveFolder, type StaticServer } from "../support/staticServer";
import { openTaskpane, screenshot } from "../support/taskpane";

/** A search with more than 10,000 hits: the count, the cap explained, paging within the cap. */
let server: StaticServer;
let browser: Browser;
let replica: Replica;

beforeAll(async () => {
  requireDist("taskpane.html", "taskpane.js", "functions.js");
  [server, browser, replica] = await Promise.all([serveFolder(DIST), launchChromium(), startReplica({ seed: 5, enheter: 12_000, underenheter: 50 })]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await replica?.close();
});

it("explains the API's 10,000-hit cap and pages within it", async () => {
  const { context, page, problems } = await openTaskpane(browser, { origin: server.origin, klassBaseUrl: replica.klassBaseUrl, brregBaseUrl: replica.brregBaseUrl, locale: "en-US" });
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  await page.getByRole("radiogroup", { name: "Bankrupt" }).getByRole("radio", { name: "No" }).check();
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const status = await page.getByText(/^[\d,]+ units match\.$/).textContent({ timeout: 20_000 });
  const total = Number((status ?? "").replace(/\D/g, ""));
  expect(total).toBeGreaterThan(10_000);
  await page.getByText(/returns at most 10,000 hits per search/).waitFor();
  await page.getByText("Page 1 of 500").waitFor();
  await page.getByRole("button", { name: "Next page" }).click();
  await page.getByText("Page 2 of 500").waitFor();
  await screenshot(page, "brreg-cap");
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

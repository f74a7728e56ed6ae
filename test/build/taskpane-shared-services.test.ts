import type { Browser } from "playwright-core";
import { startReplica, type Replica } from "../replica";
import { launchChromium } from "../support/browser";
import { DIST, requireDist } from "../support/dist";
import { serveFolder, type StaticServer } from "../support/staticServer";
import { openTaskpane } from "../support/taskpane";

/**
 * Functions and taskpane must share ONE services instance (one cache, one set of metrics) in the
 * shared runtime. functions.js and taskpane.js are separate webpack entries; unless they share
 * one webpack runtime (`optimization.runtimeChunk: "single"`, with the "runtime" chunk added to
 * taskpane.html), each bundle instantiates src/functions/shared/runtime.ts separately and gets
 * its own services. Checked here: a custom function's requests show in the pane's metrics.
 */
let server: StaticServer;
let browser: Browser;
let replica: Replica;

beforeAll(async () => {
  requireDist("taskpane.html", "taskpane.js", "functions.js");
  [server, browser, replica] = await Promise.all([serveFolder(DIST), launchChromium(), startReplica({ seed: 6, enheter: 100, underenheter: 10 })]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await replica?.close();
});

it("a custom function's requests go through the pane's services (one shared cache)", async () => {
  const { context, page } = await openTaskpane(browser, { origin: server.origin, klassBaseUrl: replica.klassBaseUrl, brregBaseUrl: replica.brregBaseUrl });
  try {
    const result = await page.evaluate(async () => {
      const w = window as unknown as {
        CustomFunctions: { _association: { m_mappings: Record<string, (...a: unknown[]) => unknown> } };
        __klassBrreg: { metrics(): { requests: number } };
      };
      const codename = w.CustomFunctions._association.m_mappings["KLASS.CODENAME"]!;
      const value = await codename(131, [["0301"]], [["2024-01-01"]]);
      return { value, paneRequests: w.__klassBrreg.metrics().requests };
    });
    expect(result.value).toEqual([["Oslo"]]);
    expect(result.paneRequests).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
}, 60_000);

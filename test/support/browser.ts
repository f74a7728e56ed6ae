import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/**
 * Debian's Chromium driven by playwright-core (no browser download). The flags keep it off the
 * network: this machine reaches no host but loopback, and Chromium's background services would
 * otherwise retry connections at every start.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium), as .ci/run does`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const OFFICE_JS_DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/;

/**
 * Serves Microsoft's CDN copy of Office.js from the @microsoft/office-js package instead
 * (taskpane.html references the CDN, as production add-ins must), and refuses every other
 * non-loopback request so a test can never depend on the internet.
 */
export async function routeOfficeJsLocally(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const cdn = OFFICE_CDN.exec(url);
    if (cdn) {
      const file = join(OFFICE_JS_DIST, (cdn[1] as string).split("?")[0] as string);
      if (existsSync(file)) {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      } else {
        await route.fulfill({ status: 404, body: "" });
      }
      return;
    }
    if (OFFICE_TELEMETRY.test(url)) {
      // Office.js outside Office opens its telemetry frame; answer it empty rather than let the
      // aborted request log an error that is not ours.
      await route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>telemetry</title>" });
      return;
    }
    if (/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) {
      await route.continue();
      return;
    }
    await route.abort("internetdisconnected");
  });
}

import type { BrowserContext, Page } from "playwright-core";
import { NB } from "../../src/core/i18n";
import { screenshot } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * Settings and the saved settings document, in the built taskpane against the replica (the page's
 * KLASS_BRREG_CONFIG points at it; a good saved URL would win over that):
 * - a base URL the core's check refuses is marked in its field and nothing is saved;
 * - a saved document that does not parse, or holds such a URL, is reported once and the pane
 *   works on the next source (here the replica);
 * - the error boundary shows what failed and resets the saved settings.
 */
const harness = useTaskpaneHarness({ seed: 3, enheter: 100, underenheter: 10 });

const SETTINGS_KEY = "klass-brreg.settings";
const BAD_URL = "https://proxy.example.no/klass/v1?key=abc";

const savedDocument = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY);
const requests = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __klassBrreg: { metrics(): { requests: number } } }).__klassBrreg.metrics().requests,
  );
const klassField = (page: Page) => page.getByRole("textbox", { name: NB["settings.klassUrl"] });

/** Console warnings of every page of a context, from before the first script runs. */
function warningsOf(context: BrowserContext, into: string[]): Promise<void> {
  context.on("console", (message) => {
    if (message.type() === "warning") into.push(message.text());
  });
  return Promise.resolve();
}

async function searchKommune(page: Page): Promise<void> {
  await page.getByRole("tab", { name: NB["tab.klass"] }).click();
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill("kommune");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).waitFor({ timeout: 20_000 });
}

it("Settings: a base URL with a query string shows the check's message in its field and saves nothing", async () => {
  const { context, page, problems } = await harness.open({
    localStorage: { [SETTINGS_KEY]: JSON.stringify({ language: "nb" }) },
  });
  try {
    await searchKommune(page); // the services have requests on record: a rebuild would reset them
    const before = await savedDocument(page);
    const requestsBefore = await requests(page);
    expect(requestsBefore).toBeGreaterThan(0);

    await page.getByRole("tab", { name: NB["tab.settings"] }).click();
    await klassField(page).fill(BAD_URL);
    await page.getByRole("button", { name: NB["settings.save"], exact: true }).click();
    await page.getByText(NB["settings.url.query-or-fragment"]).waitFor();
    await page.getByText(NB["settings.url.notSaved"]).waitFor();
    await screenshot(page, "settings-bad-url");
    expect(await klassField(page).getAttribute("aria-invalid")).toBe("true");
    expect(await savedDocument(page)).toBe(before); // storage unchanged
    expect(await requests(page)).toBe(requestsBefore); // services not rebuilt
    await expect(page.getByText(NB["settings.saved"]).count()).resolves.toBe(0);

    // Editing clears the mark; a good URL is saved (normalised) and used at once (the field's hint).
    const good = `${harness.replica.klassBaseUrl}/`;
    await klassField(page).fill(good);
    expect(await klassField(page).getAttribute("aria-invalid")).not.toBe("true");
    await page.getByRole("button", { name: NB["settings.save"], exact: true }).click();
    await page.getByText(NB["settings.saved"]).waitFor();
    expect(JSON.parse((await savedDocument(page))!)).toEqual({
      language: "nb",
      klassBaseUrl: harness.replica.klassBaseUrl,
    });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 90_000);

it("a saved settings document that is not JSON is reported once, and the pane works on the defaults", async () => {
  const warnings: string[] = [];
  const { context, page, problems } = await harness.open({
    localStorage: { [SETTINGS_KEY]: "{not json" },
    prepare: (c) => warningsOf(c, warnings),
  });
  try {
    const bar = page.getByTestId("settings-problems");
    await bar.waitFor();
    expect(await bar.count()).toBe(1);
    expect(await bar.textContent()).toContain(NB["problems.unreadable"]);
    await searchKommune(page); // the replica, from KLASS_BRREG_CONFIG
    expect(warnings.filter((w) => /settings document/.test(w))).toHaveLength(1);
    await screenshot(page, "settings-corrupt-document");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 90_000);

it("a saved base URL with a query string is reported once and ignored for that key; a good saved URL would win", async () => {
  // Control: a good saved KLASS URL wins over the page's KLASS_BRREG_CONFIG (the replica).
  const control = await harness.open({
    localStorage: { [SETTINGS_KEY]: JSON.stringify({ klassBaseUrl: "http://127.0.0.1:9/klass" }) },
  });
  try {
    await control.page.getByRole("tab", { name: NB["tab.settings"] }).click();
    await control.page.getByText("http://127.0.0.1:9/klass", { exact: true }).first().waitFor();
    expect(await control.page.getByTestId("settings-problems").count()).toBe(0);
  } finally {
    await control.context.close();
  }

  const warnings: string[] = [];
  const bad = "https://x/?a=1";
  const { context, page, problems } = await harness.open({
    localStorage: { [SETTINGS_KEY]: JSON.stringify({ klassBaseUrl: bad }) },
    prepare: (c) => warningsOf(c, warnings),
  });
  try {
    const bar = page.getByTestId("settings-problems");
    await bar.waitFor();
    expect(await bar.count()).toBe(1);
    expect(await bar.textContent()).toContain(bad);
    await searchKommune(page); // KLASS answers from the replica: the bad saved URL fell through to the global
    expect(warnings.filter((w) => w.includes(bad))).toHaveLength(1);

    // Settings: the one warning (not the shell's as well), the bad value in its field, marked, and
    // the URL in use (the replica) as the hint.
    await page.getByRole("tab", { name: NB["tab.settings"] }).click();
    expect(await page.getByTestId("settings-problems").count()).toBe(1);
    expect(await klassField(page).inputValue()).toBe(bad);
    expect(await klassField(page).getAttribute("aria-invalid")).toBe("true");
    await page.getByText(harness.replica.klassBaseUrl, { exact: true }).first().waitFor();
    await screenshot(page, "settings-bad-saved-url");

    // "Use defaults" removes the saved URLs: no problem left.
    await page.getByRole("button", { name: NB["settings.reset"], exact: true }).click();
    await page.getByText(NB["settings.saved"]).waitFor();
    expect(await page.getByTestId("settings-problems").count()).toBe(0);
    expect(JSON.parse((await savedDocument(page))!)).toEqual({});
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 90_000);

it("the error boundary shows what failed and resets the saved settings", async () => {
  // No fetch in the page: building the services fails while the pane renders.
  const noFetch = (context: BrowserContext) =>
    context.addInitScript(() => {
      Object.defineProperty(window, "fetch", { value: undefined, configurable: true, writable: true });
    });
  const { context, page } = await harness.open({
    localStorage: {
      [SETTINGS_KEY]: JSON.stringify({ language: "en", klassBaseUrl: "https://proxy.example.no/klass/v1" }),
    },
    prepare: noFetch,
  });
  try {
    await page.getByText("The pane stopped because of an error").waitFor();
    expect(await page.getByTestId("boundary-error").textContent()).toMatch(/TypeError: Option "fetch" is required/);
    await screenshot(page, "error-boundary");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reset settings" }).click()]);
    expect(await savedDocument(page)).toBeNull();
    // Reloaded without the saved language: the pane follows the browser's (nb-NO) again.
    await page.getByRole("button", { name: NB["boundary.reset"] }).waitFor();
  } finally {
    await context.close();
  }
}, 60_000);

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../support/dist";
import { readTable, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * The pane in plain Norwegian and at Excel's narrowest width (350 px): every error the tests can
 * provoke is a Norwegian sentence naming the service (the API's text only as a detail), a
 * classification opens and closes by keyboard alone with focus on the heading, the tabs fit one
 * row, a company hit opens its card; and a screenshot of every view for the README.
 */
const harness = useTaskpaneHarness({ seed: 3, enheter: 300, underenheter: 60 });

const NARROW = { width: 350, height: 800 };
const IMAGES = join(ROOT, "docs", "images");

/** The headline of the pane's status message (its detail is a separate, smaller line). */
async function statusText(page: Page): Promise<string> {
  const headline = page.locator('[data-part="status-text"]').first();
  await headline.waitFor({ timeout: 30_000 });
  return (await headline.textContent()) ?? "";
}

/** A Norwegian sentence naming the service: not raw HTTP, no English API sentence. */
function expectNorwegian(text: string, service: "KLASS" | "Enhetsregisteret"): void {
  expect(text).toContain(service);
  expect(text).not.toMatch(/^(HTTP|Noe gikk galt)/);
  expect(text).not.toMatch(/\b(the|not|could|with|answered|found|unavailable|must)\b/i);
}

async function searchKlass(page: Page, text: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill(text);
  await page.getByRole("button", { name: "Søk", exact: true }).click();
}

describe("errors in Norwegian, naming the service and the next step", () => {
  afterEach(() => harness.replica.setFaults({}));

  it("KLASS answering 503", async () => {
    harness.replica.setFaults({ api: "klass", errorRates: { 503: 1 }, retryAfterSeconds: 0 });
    const { context, page } = await harness.open();
    await searchKlass(page, "kommune");
    const text = await statusText(page);
    expect(text).toBe("KLASS svarer ikke (503). Prøv igjen om litt, eller sjekk basis-URL under Innstillinger.");
    expectNorwegian(text, "KLASS");
    await context.close();
  }, 60_000);

  it("the network down (nothing listens at the base URL)", async () => {
    const { context, page } = await harness.open({ klassBaseUrl: "http://127.0.0.1:9/api/klass/v1" });
    await searchKlass(page, "kommune");
    const text = await statusText(page);
    expect(text).toMatch(/^Får ikke kontakt med KLASS \(127\.0\.0\.1:9\)\. Sjekk nettverket/);
    expectNorwegian(text, "KLASS");
    await context.close();
  }, 60_000);

  it("a base URL that does not answer as KLASS", async () => {
    const { context, page } = await harness.open({ klassBaseUrl: `${harness.replica.klassBaseUrl}/feil` });
    await searchKlass(page, "kommune");
    const text = await statusText(page);
    expect(text).toBe("Basis-URL-en for KLASS svarer ikke som KLASS. Sjekk basis-URL under Innstillinger.");
    expectNorwegian(text, "KLASS");
    await context.close();
  }, 60_000);

  it("an unknown classification, with the API's sentence only as the detail", async () => {
    const { context, page } = await harness.open();
    await searchKlass(page, "99999");
    const text = await statusText(page);
    expect(text).toBe("KLASS har ingen klassifikasjon med nummer 99999. Søk etter den og åpne den fra trefflisten.");
    expectNorwegian(text, "KLASS");
    const detail = await page.locator('[data-part="status-detail"]').textContent();
    expect(detail).toMatch(/^Detalj: .*99999/);
    await context.close();
  }, 60_000);

  it("an invalid Enhetsregisteret filter names the field as the form labels it", async () => {
    const { context, page } = await harness.open();
    await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
    await page.getByRole("textbox", { name: "Ansatte fra" }).fill("mange");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    const text = await statusText(page);
    expect(text).toBe(
      "Enhetsregisteret: feltet «Ansatte fra» må være 0, 1 eller et tall over 4. Rett feltet og søk igjen.",
    );
    expectNorwegian(text, "Enhetsregisteret");
    await context.close();
  }, 60_000);
});

it("an Excel workbook chosen as a CSV file gets a clear message, and no sheet is made", async () => {
  const { context, page } = await harness.open();
  await page.getByRole("tab", { name: "Berik" }).click();
  const sheetsBefore = await workbook<string[]>(page, "sheets");
  // An .xlsx is a zip archive: "PK\x03\x04" and then binary parts.
  const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(200, 7)]);
  await page.locator("input[type=file]").setInputFiles({
    name: "tall.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: xlsx,
  });
  await page.getByText("tall.xlsx").waitFor();
  await page.getByRole("button", { name: "Sett inn", exact: true }).click();
  expect(await statusText(page)).toBe(
    "tall.xlsx er en Excel-arbeidsbok, ikke en CSV-fil. Åpne den i Excel og velg Fil → Lagre som → CSV, eller bruk kolonnen rett fra arket.",
  );
  expect(await workbook<string[]>(page, "sheets")).toEqual(sheetsBefore);
  await context.close();
}, 60_000);

/** The element that has focus: its tag and text. */
function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName ?? "",
    text: document.activeElement?.textContent?.trim() ?? "",
  }));
}

/** Press Tab until the focused element's text matches (a keyboard user's way to a control). */
async function tabTo(page: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    if (text.test(now.text) || text.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}

it("opens a classification and goes back with Tab, Enter and Escape only; focus lands on each heading", async () => {
  const { context, page, problems } = await harness.open();
  await page.setViewportSize(NARROW);
  const box = page.getByRole("searchbox", { name: "Søk i KLASS" });
  for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await page.keyboard.type("kommune");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).waitFor({ timeout: 20_000 });

  await tabTo(page, /Åpne 131 Standard for kommuneinndeling/);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "131 Standard for kommuneinndeling" }).waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.activeElement?.tagName === "H2");
  expect(await focused(page)).toEqual({ tag: "H2", text: "131 Standard for kommuneinndeling" });

  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.activeElement?.textContent === "Klassifikasjoner og kodelister");
  expect(await focused(page)).toEqual({ tag: "H2", text: "Klassifikasjoner og kodelister" });

  // Again, and back with the Back button (Shift+Tab from the heading reaches it first).
  await tabTo(page, /Åpne 131 Standard for kommuneinndeling/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.tagName === "H2");
  expect(await focused(page)).toEqual({ tag: "H2", text: "131 Standard for kommuneinndeling" });
  await page.keyboard.press("Shift+Tab");
  expect(await focused(page)).toEqual({ tag: "BUTTON", text: "Tilbake" });
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.textContent === "Klassifikasjoner og kodelister");
  expect(await focused(page)).toEqual({ tag: "H2", text: "Klassifikasjoner og kodelister" });
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("fits the six tabs in one row at 350 px", async () => {
  const { context, page } = await harness.open();
  await page.setViewportSize(NARROW);
  const boxes = await page
    .getByRole("tab")
    .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
  expect(boxes).toHaveLength(6);
  for (const box of boxes) {
    expect(Math.abs(box.top - boxes[0]!.top)).toBeLessThan(2);
    expect(box.right).toBeLessThanOrEqual(NARROW.width);
  }
  // Every tab keeps its full name for screen readers (Settings is an icon with its name as label).
  for (const name of ["KLASS", "Enheter i Enhetsregisteret", "Berik", "Rapporter", "Kontroll", "Innstillinger"])
    await page.getByRole("tab", { name, exact: true }).waitFor();
  await context.close();
}, 60_000);

it("offers a starting point on first open: example searches, quick links, and the company search", async () => {
  const { context, page } = await harness.open();
  await page.getByRole("heading", { name: "Kom i gang" }).waitFor();
  await page.getByRole("button", { name: "104 Fylker" }).click();
  await page.getByRole("heading", { name: /^104 / }).waitFor({ timeout: 20_000 });
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "kommune", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).waitFor({ timeout: 20_000 });
  expect(await page.getByRole("searchbox", { name: "Søk i KLASS" }).inputValue()).toBe("kommune");
  await context.close();
  const second = await harness.open();
  await second.page.getByRole("button", { name: "Søk etter selskap" }).click();
  await second.page.getByRole("heading", { name: "Søk i Enhetsregisteret" }).waitFor();
  await second.context.close();
}, 60_000);

it("opens a company hit as a card with its fields, roles and sub-units, and inserts it", async () => {
  const { context, page, problems } = await harness.open();
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  await page.getByRole("searchbox", { name: "Navn" }).fill("EQUINOR ASA");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: "Åpne EQUINOR ASA" }).click();
  await page.getByRole("heading", { name: "EQUINOR ASA", level: 2 }).waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.activeElement?.textContent === "EQUINOR ASA");
  await page.getByText("Organisasjonsnummer", { exact: true }).waitFor({ timeout: 20_000 });
  await page.getByText("923609016", { exact: true }).waitFor();
  expect(await page.getByText("Organisasjonsnummer", { exact: true }).getAttribute("title")).toBeNull();
  expect(await page.locator('dt[title="organisasjonsnummer"]').count()).toBe(1);
  await page.getByRole("heading", { name: "Roller" }).waitFor();
  await page.getByRole("heading", { name: "Underenheter" }).waitFor();
  await page.getByRole("button", { name: "Sett inn i arket" }).click();
  await page.getByText(/^Satte inn tabellen Enhet \(1 rad\) i Enheter\.$/).waitFor({ timeout: 20_000 });
  const table = await readTable(page, "Enhet");
  expect(table?.rows).toHaveLength(1);
  expect(table?.rows[0]).toContain("EQUINOR ASA");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.activeElement?.textContent === "Søk i Enhetsregisteret");
  await page.getByRole("button", { name: "Åpne EQUINOR ASA" }).waitFor();
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("photographs every view at 350 px for the README (docs/images)", async () => {
  mkdirSync(IMAGES, { recursive: true });
  const { context, page, problems } = await harness.open();
  await page.setViewportSize(NARROW);
  // Every view is photographed, and none has a native fieldset (grey browser borders beside Fluent's controls).
  const shot = async (name: string) => {
    expect(await page.locator("fieldset").count()).toBe(0);
    await page.screenshot({ path: join(IMAGES, `taskpane-${name}.png`), fullPage: true });
  };
  await page.getByRole("heading", { name: "Kom i gang" }).waitFor();
  await shot("klass-start");
  await searchKlass(page, "kommune");
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).click();
  await page.getByRole("heading", { name: "Nivåer" }).waitFor({ timeout: 20_000 });
  // Columns are offered by labels people read; the API name (kept in the formula) is the tooltip.
  await page.getByRole("checkbox", { name: "Overordnet kode" }).waitFor();
  expect(await page.locator('span[title="parentCode"]').textContent()).toBe("Overordnet kode");
  expect(await page.getByText("parentCode", { exact: true }).count()).toBe(0);
  // The code list's language by its full name.
  expect(await page.getByRole("combobox", { name: "Språk" }).textContent()).toBe("Bokmål");
  await shot("klass-classification");
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  await page.getByRole("searchbox", { name: "Navn" }).fill("EQUINOR");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page
    .getByRole("button", { name: /^Åpne EQUINOR/ })
    .first()
    .waitFor({ timeout: 20_000 });
  await shot("brreg-search");
  await page.getByRole("button", { name: "Åpne EQUINOR ASA" }).click();
  await page.getByRole("heading", { name: "Underenheter" }).waitFor();
  await page.getByText("923609016", { exact: true }).waitFor({ timeout: 20_000 });
  await shot("brreg-card");
  for (const [tab, heading, name] of [
    ["Berik", "Berik en kolonne", "enrich"],
    ["Rapporter", "Rapporter", "reports"],
    ["Kontroll", "Kontroll", "check"],
    ["Innstillinger", "Innstillinger", "settings"],
  ] as const) {
    await page.getByRole("tab", { name: tab, exact: true }).click();
    await page.getByRole("heading", { name: heading, level: 2 }).waitFor();
    await shot(name);
  }
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

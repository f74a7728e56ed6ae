import type { Page } from "playwright-core";
import { cell, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * "Sett inn kort" on a company's card and on a classification page: the pane says which cell it
 * will write before writing, writes =BRREG.KORT("…") / =KLASS.KORT(…) there through the checked
 * write, and refuses a cell the user filled. Built taskpane, headless Chromium, in-memory
 * workbook, replica servers.
 */
const harness = useTaskpaneHarness({ seed: 16, enheter: 300, underenheter: 30 });

async function selectCell(page: Page, row: number, column: number): Promise<void> {
  await workbook(page, "select", "Sheet1", row, column, 1, 1);
  // The pane reads the selection again when it gets focus back from the sheet.
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
}

it("a company's card inserts =BRREG.KORT at the selected cell, says where first, and refuses a filled cell", async () => {
  const { context, page, problems } = await harness.open();
  await workbook(page, "setValues", "Sheet1", 1, 1, [["mitt"]]); // B2: the user's
  await selectCell(page, 3, 2); // C4
  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  await page.getByRole("searchbox", { name: "Navn" }).fill("EQUINOR ASA");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: "Åpne EQUINOR ASA" }).click();
  await page.getByRole("heading", { name: "EQUINOR ASA", level: 2 }).waitFor({ timeout: 20_000 });
  await page.getByText("Skriver til Sheet1!C4", { exact: true }).waitFor();
  expect((await cell(page, "Sheet1", 3, 2))?.formula ?? null).toBeNull();
  await page.getByRole("button", { name: "Sett inn kort" }).click();
  await page.getByText('Skrev =BRREG.KORT("923609016") i Sheet1!C4.').waitFor();
  expect((await cell(page, "Sheet1", 3, 2))?.formula).toBe('=BRREG.KORT("923609016")');

  await selectCell(page, 1, 1); // B2, the user's cell
  await page.getByText("Skriver til Sheet1!B2", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Sett inn kort" }).click();
  await page.getByText(/Cellen B2 i Sheet1 er ikke tom/).waitFor();
  expect((await cell(page, "Sheet1", 1, 1))?.value).toBe("mitt");
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("a classification page inserts =KLASS.KORT for a typed code at the page's date", async () => {
  const { context, page, problems } = await harness.open();
  await selectCell(page, 0, 0); // A1
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill("kommune");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).click();
  await page.getByRole("heading", { name: "131 Standard for kommuneinndeling" }).waitFor();
  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  const insert = page.getByRole("button", { name: "Sett inn kort" });
  // No code yet: nothing to insert.
  expect(await insert.isDisabled()).toBe(true);
  await page.getByRole("textbox", { name: "Kode til kortet" }).fill("0301");
  await page.getByText("Skriver til Sheet1!A1", { exact: true }).waitFor();
  await insert.click();
  await page.getByText('Skrev =KLASS.KORT(131,"0301","2024-01-01") i Sheet1!A1.').waitFor();
  expect((await cell(page, "Sheet1", 0, 0))?.formula).toBe('=KLASS.KORT(131,"0301","2024-01-01")');
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

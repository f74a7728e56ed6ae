import { cell, screenshot, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * CSV in: an ISO-8859-1, semicolon-separated file of kommunenummer loads into a new sheet (codes
 * as text), its column is enriched with KLASS names and levels at 2024-01-01. Also: the pane is
 * usable from the keyboard (tabs by arrow keys).
 */
const harness = useTaskpaneHarness({ seed: 4, enheter: 500, underenheter: 50 });

it("loads a Latin-1 CSV of codes and enriches it with KLASS names and levels", async () => {
  const { context, page, problems } = await harness.open();
  await page.getByRole("tab", { name: "Berik" }).click();
  const text = "kommunenr;merknad\r\n0301;Hovedstad\r\n1103;Stavanger\r\n4601;Bjørgvin\r\n9876;ukjent\r\n";
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "kommuner.csv", mimeType: "text/csv", buffer: Buffer.from(text, "latin1") });
  await page.getByText("kommuner.csv").waitFor();
  await page.getByRole("button", { name: "Sett inn", exact: true }).click();
  await page.getByText(/Lastet 4 rader fra kommuner\.csv inn i kommuner/).waitFor();
  expect(await cell(page, "kommuner", 1, 0)).toMatchObject({ value: "0301", format: "@" });
  expect((await cell(page, "kommuner", 3, 1))?.value).toBe("Bjørgvin");

  expect(await page.getByRole("radio", { name: "KLASS-koder" }).isChecked()).toBe(true);
  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  await page.getByRole("checkbox", { name: "Nivå" }).check();
  await page.getByRole("button", { name: "Berik", exact: true }).click();
  // 9876 is no kommune: counted as failed, its value cells empty and the reason in the note column.
  await page.getByText(/3 fylt, 1 feil \(se Merknad\)/).waitFor({ timeout: 20_000 });
  await screenshot(page, "enrich-csv-klass");
  const values = await workbook<(string | number | null)[][]>(page, "readRange", "kommuner", 0, 2, 5, 3);
  expect(values.slice(0, 3)).toEqual([
    ["Navn (131)", "Nivå (131)", "Merknad"],
    ["Oslo", 1, ""],
    ["Stavanger", 1, ""],
  ]);
  expect(values[4]).toEqual(["", "", "Ikke funnet"]);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

it("moves between views with the keyboard", async () => {
  const { context, page, problems } = await harness.open({ locale: "en-GB" });
  await page.getByRole("tab", { name: "KLASS" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Search Enhetsregisteret" }).waitFor();
  await page.keyboard.press("Tab");
  // Focus leaves the tab list for the view's first field, labelled for screen readers.
  expect(
    await page.evaluate(
      () => document.activeElement?.getAttribute("aria-labelledby") ?? document.activeElement?.id ?? "",
    ),
  ).not.toBe("");
  const labelled = await page.getByRole("searchbox", { name: "Name" }).count();
  expect(labelled).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

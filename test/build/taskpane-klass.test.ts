import { cell, readTable, screenshot, workbook } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * The built taskpane, in headless Chromium, against the KLASS replica and the in-memory workbook:
 * search "kommune" → open 131 → insert the codes valid at 2024-01-01 → the table has the
 * replica's row count and "0301" is text; then Insert formula writes the matching KLASS.CODES.
 */
const harness = useTaskpaneHarness({ seed: 1, enheter: 2000, underenheter: 200 });

async function replicaCodes(date: string): Promise<{ code: string }[]> {
  const response = await fetch(`${harness.replica.klassBaseUrl}/classifications/131/codesAt?date=${date}`, {
    headers: { Accept: "application/json" },
  });
  return ((await response.json()) as { codes: { code: string }[] }).codes;
}

it("searches KLASS, opens 131 and inserts its codes at 2024-01-01 as a table with text codes", async () => {
  const { context, page, problems } = await harness.open();
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill("kommune");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).waitFor();
  await screenshot(page, "klass-search");
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).click();
  await page.getByRole("heading", { name: "131 Standard for kommuneinndeling" }).waitFor();
  await page.getByRole("heading", { name: "Nivåer" }).waitFor();
  await screenshot(page, "klass-classification-131");

  await page.getByRole("textbox", { name: /Dato/ }).fill("2024-01-01");
  await page.getByRole("button", { name: "Sett inn kodetabell" }).click();
  await page.getByText(/Satte inn tabellen KLASS_131_20240101/).waitFor({ timeout: 20_000 });
  await screenshot(page, "klass-inserted");

  const expected = await replicaCodes("2024-01-01");
  const table = await readTable(page, "KLASS_131_20240101");
  // Words for headers (the API names stay in formulas).
  expect(table?.header).toEqual(["Kode", "Overordnet kode", "Nivå", "Navn"]);
  expect(table?.rows).toHaveLength(expected.length);
  const osloRow = table!.rows.findIndex((row) => row[0] === "0301");
  expect(osloRow).toBeGreaterThanOrEqual(0);
  expect(table!.rows[osloRow]![3]).toBe("Oslo");
  const stored = await cell(page, table!.info.sheet, osloRow + 1, 0);
  expect(stored).toMatchObject({ value: "0301", format: "@" });
  expect(table!.rows.map((r) => r[0])).toEqual(expected.map((c) => c.code));

  // The report is recorded in the workbook's settings.
  const settings = await workbook<string | undefined>(page, "readSetting", "klass-brreg.reports");
  expect(JSON.parse(settings ?? "{}").reports[0]).toMatchObject({
    tableName: "KLASS_131_20240101",
    source: { kind: "klass-codes", classificationId: 131, date: "2024-01-01" },
  });

  // Insert formula: the matching KLASS.CODES at the selected cell.
  await workbook(page, "select", "Sheet1", 4, 2, 1, 1);
  await page.getByRole("button", { name: "Sett inn formel" }).click();
  await page.getByText(/Skrev =KLASS\.CODES/).waitFor();
  expect((await cell(page, "Sheet1", 4, 2))?.formula).toBe('=KLASS.CODES(131,"2024-01-01")');
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

it("browses the KLASS families", async () => {
  const { context, page, problems } = await harness.open();
  const json = async (path: string) =>
    (
      await fetch(`${harness.replica.klassBaseUrl}/${path}`, { headers: { Accept: "application/json" } })
    ).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  // As the real API: no id per family, only its self link.
  const all = (await json("classificationfamilies"))._embedded.classificationFamilies as {
    name: string;
    _links: { self: { href: string } };
  }[];
  let regional: string | undefined;
  for (const f of all)
    if (
      (
        (await json(`classificationfamilies/${/\d+$/.exec(f._links.self.href)![0]}`)).classifications as {
          name: string;
        }[]
      ).some((c) => /kommuneinndeling/.test(c.name))
    )
      regional = f.name;
  await page.getByRole("button", { name: "Bla i familier" }).click();
  await page.getByRole("list", { name: "Bla i familier" }).getByRole("button", { name: regional! }).waitFor();
  await screenshot(page, "klass-families");
  await page.getByRole("list", { name: "Bla i familier" }).getByRole("button", { name: regional! }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).click();
  await page.getByRole("heading", { name: "131 Standard for kommuneinndeling" }).waitFor();
  await screenshot(page, "klass-family-page");
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

async function open131(page: import("playwright-core").Page): Promise<void> {
  await page.getByRole("searchbox", { name: "Søk i KLASS" }).fill("kommune");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Åpne 131 Standard for kommuneinndeling/ }).click();
  await page.getByRole("heading", { name: "131 Standard for kommuneinndeling" }).waitFor();
}

it("at the selected cell the exact range shows before Insert, the rows land there, and the insert asks KLASS nothing more", async () => {
  const { context, page, problems } = await harness.open();
  // Code-list requests (the version pages the page shows meanwhile are not the table's).
  const asked = () => harness.replica.requests.filter((r) => r.api === "klass" && /\/codes/.test(r.path)).length;
  await workbook(page, "setValues", "Sheet1", 0, 0, [["min verdi"]]);
  await workbook(page, "select", "Sheet1", 4, 2, 1, 1);
  await open131(page);
  await page.getByRole("textbox", { name: /Dato/ }).fill("2023-06-01");
  await page.getByRole("radio", { name: "Merket celle" }).check();
  // The table is resolved (through the cache) as soon as the form is complete: the exact range.
  const shown = page.getByText(/^Skriver til Sheet1!C5:F\d+$/);
  await shown.waitFor({ timeout: 20_000 });
  const range = (await shown.textContent())!.replace("Skriver til Sheet1!", "");
  await screenshot(page, "klass-insert-range");
  // The code list was asked for while the form was being filled in (or was cached already).
  const before = asked();

  await page.getByRole("button", { name: "Sett inn kodetabell" }).click();
  await page.getByText(/Satte inn tabellen KLASS_131_20230601/).waitFor({ timeout: 20_000 });
  const table = (await readTable(page, "KLASS_131_20230601"))!;
  expect(table.info.sheet).toBe("Sheet1");
  expect(table.info.address).toBe(range);
  // The insert read the resolved table from the cache: no code list asked for again.
  expect(asked()).toBe(before);
  expect(range).toBe(`C5:F${5 + (await replicaCodes("2023-06-01")).length}`);

  // A selection over the user's cell: the write guard's check names it before any click.
  await workbook(page, "select", "Sheet1", 0, 0, 1, 1);
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await page.getByText(/^Ikke tomt: A1\b/).waitFor();
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

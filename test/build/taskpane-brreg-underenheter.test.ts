import { readTable, screenshot } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * The Enhetsregisteret view searches either register: with the register switched to underenheter,
 * its own filter (the hovedenhet's number) finds a hovedenhet's locations, Insert writes them with
 * underenhet columns, and a hit's card shows its hovedenhet instead of roles and sub-units. Built
 * taskpane, headless Chromium, in-memory workbook, replica servers.
 */
const harness = useTaskpaneHarness({ seed: 4, enheter: 1500, underenheter: 600 });

async function replicaTotal(register: string, params: string): Promise<number> {
  const response = await fetch(`${harness.replica.brregBaseUrl}/${register}?${params}&size=1`);
  return ((await response.json()) as { page: { totalElements: number } }).page.totalElements;
}

it("searches the underenheter of a hovedenhet, inserts them, and opens one with its hovedenhet", async () => {
  const { context, page, problems } = await harness.open({ locale: "en-US" });
  const counts = new Map<string, number>();
  for (const orgnr of harness.replica.data.orgnr.underenheter) {
    const parent = String(harness.replica.data.unit(orgnr)?.overordnetEnhet ?? "");
    if (parent) counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  const parent = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const parentName = String(harness.replica.data.unit(parent)?.navn);
  const expected = await replicaTotal("underenheter", `overordnetEnhet=${parent}`);
  expect(expected).toBeGreaterThan(0);

  await page.getByRole("tab", { name: "Enhetsregisteret" }).click();
  // The hovedenheter search offers its own filters; the underenheter one its own.
  await page.getByRole("radiogroup", { name: "Bankrupt" }).waitFor();
  await page.getByRole("radio", { name: "Sub-units (business locations)" }).check();
  expect(await page.getByRole("radiogroup", { name: "Bankrupt" }).count()).toBe(0);
  await page.getByRole("textbox", { name: "Parent entity (organisation number)" }).fill(parent);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page
    .getByText(expected === 1 ? "1 entity matches." : `${expected} units match.`, { exact: true })
    .waitFor({ timeout: 20_000 });
  const searches = harness.replica.requests.filter((r) => r.path === "/underenheter" && r.query.overordnetEnhet);
  expect(searches.map((r) => r.query.overordnetEnhet)).toContain(parent);
  expect(harness.replica.requests.some((r) => r.path === "/enheter" && r.query.overordnetEnhet)).toBe(false);
  await screenshot(page, "brreg-underenheter");

  await page.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByText(/^Inserted table Underenheter/).waitFor({ timeout: 20_000 });
  const table = (await readTable(page, "Underenheter"))!;
  expect(table.rows).toHaveLength(expected);
  const parentColumn = table.header.indexOf("Parent entity");
  expect(parentColumn).toBeGreaterThan(0);
  expect(table.rows.every((row) => String(row[parentColumn]) === parent)).toBe(true);

  // A hit's card: the underenhet with its hovedenhet; roles and sub-units belong to hovedenheter.
  const first = table.rows[0]![1] as string;
  await page
    .getByRole("button", { name: `Open ${first}` })
    .first()
    .click();
  await page.getByRole("heading", { name: "Parent entity" }).waitFor({ timeout: 20_000 });
  const parentSection = page.getByRole("region", { name: "Parent entity" });
  await parentSection.getByText(parentName, { exact: true }).waitFor();
  await parentSection.getByText(parent, { exact: true }).waitFor();
  expect(await page.getByRole("heading", { name: "Roles" }).count()).toBe(0);
  await page.keyboard.press("Escape");
  await page.getByRole("radio", { name: "Sub-units (business locations)" }).waitFor();
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

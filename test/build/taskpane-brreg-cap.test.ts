import { screenshot } from "../support/taskpane";
import { useTaskpaneHarness } from "../support/taskpaneHarness";

/** A search with more than 10,000 hits: the count, the cap explained, paging within the cap. */
const harness = useTaskpaneHarness({ seed: 5, enheter: 12_000, underenheter: 50 });

it("explains the API's 10,000-hit cap and pages within it", async () => {
  const { context, page, problems } = await harness.open({ locale: "en-US" });
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

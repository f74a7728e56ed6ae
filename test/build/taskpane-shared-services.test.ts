import { useTaskpaneHarness } from "../support/taskpaneHarness";

/**
 * Functions and taskpane must share ONE services instance (one cache, one set of metrics) in the
 * shared runtime. functions.js and taskpane.js are separate webpack entries; unless they share
 * one webpack runtime (`optimization.runtimeChunk: "single"`, with the "runtime" chunk added to
 * taskpane.html), each bundle instantiates src/runtime/services.ts separately and gets
 * its own services. Checked here: a custom function's requests show in the pane's metrics.
 */
const harness = useTaskpaneHarness({ seed: 6, enheter: 100, underenheter: 10 });

it("a custom function's requests go through the pane's services (one shared cache)", async () => {
  const { context, page } = await harness.open();
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

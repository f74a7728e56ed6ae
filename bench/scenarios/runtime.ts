import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../test/support/browser";
import { DIST } from "../../test/support/dist";
import { DO_NOTHING, openRealRuntime, serveRealRuntime } from "../../test/support/realRuntime/realRuntime";
import type { BenchConfig } from "../config";
import { startRemoteReplica, type RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { round, spread } from "../stats";
import { brregMinimum } from "./brreg";
import { klassMinimum } from "./klass";

/**
 * The built add-in under Microsoft's custom-functions runtime in headless Chromium
 * (test/support/realRuntime): invocations sent as Excel sends them, timed from the first
 * invocation message to the last result the fake host receives. Beside ours, the same
 * invocations of a do-nothing function registered on the same page: the runtime's own cost.
 * Cold is a fresh page (empty memory cache and IndexedDB); warm is the same invocations again.
 */

/** Invocations per bridge message (Excel's batching is not documented; this is the harness's). */
const PER_MESSAGE = 1_000;

/**
 * After a result message, the runtime sends the next one no sooner than max(500 ms, twice that
 * sync's time), at most 2 s later: each timed burst starts on an idle runtime, so it does not
 * inherit the previous burst's wait.
 */
const IDLE_MS = 2_500;

interface Workload {
  readonly name: string;
  readonly fn: string;
  /** Each cell's parameter values as Excel sends them; the do-nothing function gets the same. */
  readonly cells: readonly unknown[][];
  readonly minimumRequests: number;
  readonly minimumNote: string;
  readonly floor: () => Promise<void>;
}

interface Sample {
  coldMs: number;
  warmMs: number;
  nothingMs: number;
  requests: number;
  errors: number;
  largestMessageChars: number;
  hostMessages: number;
}

async function sample(browser: Browser, origin: string, replica: RemoteReplica, w: Workload): Promise<Sample> {
  const rt = await openRealRuntime(browser, {
    origin,
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
  });
  try {
    let nextId = 1;
    const calls = (fn: string) => JSON.stringify(w.cells.map((args, i) => [nextId++, fn, args, `Sheet1!A${i + 2}`, 0]));
    const burst = async (text: string) =>
      rt.page.evaluate(
        ([t, n]) =>
          (
            window as unknown as {
              __excelHost: { burst(t: string, n: number): Promise<{ ms: number; errors: number }> };
            }
          ).__excelHost.burst(t, n),
        [text, PER_MESSAGE] as const,
      );
    const before = await replica.requests();
    const cold = await burst(calls(w.fn));
    const requests = (await replica.requests()) - before;
    const largestMessageChars = await rt.host("largestMessageChars");
    const hostMessages = await rt.host("processQueries");
    await rt.page.waitForTimeout(IDLE_MS);
    const warm = await burst(calls(w.fn));
    await rt.page.waitForTimeout(IDLE_MS);
    const nothing = await burst(calls(DO_NOTHING));
    if (rt.problems.length) throw new Error(`the page reported: ${rt.problems.join("; ")}`);
    return {
      coldMs: cold.ms,
      warmMs: warm.ms,
      nothingMs: nothing.ms,
      requests,
      errors: cold.errors + warm.errors,
      largestMessageChars,
      hostMessages,
    };
  } finally {
    await rt.close();
  }
}

async function floorMs(w: Workload, repeats: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await w.floor();
    out.push(performance.now() - t);
  }
  return out;
}

function summarise(name: string, latency: string, w: Workload, samples: Sample[], floors: number[]): ScenarioResult {
  const med = (pick: (s: Sample) => number) => spread(samples.map(pick)).median;
  const cold = spread(samples.map((s) => s.coldMs));
  const warm = spread(samples.map((s) => s.warmMs));
  const nothing = spread(samples.map((s) => s.nothingMs));
  const floor = spread(floors);
  const requests = med((s) => s.requests);
  return {
    name,
    latency,
    calls: w.cells.length,
    invocation: `${w.fn}, one invocation per cell`,
    requests,
    requestsPerRun: samples.map((s) => s.requests),
    minimumRequests: w.minimumRequests,
    minimumNote: w.minimumNote,
    requestRatio: round(requests / w.minimumRequests),
    wallMs: cold,
    warmMs: warm,
    doNothingMs: nothing,
    floorMs: floor,
    oursOverDoNothingCold: round(cold.median / nothing.median),
    oursOverDoNothingWarm: round(warm.median / nothing.median),
    runtimeUsPerInvocation: round((nothing.median * 1000) / w.cells.length, 1),
    addinShareOfCold: round((cold.median - floor.median - nothing.median) / cold.median, 3),
    largestMessageChars: med((s) => s.largestMessageChars),
    hostMessages: med((s) => s.hostMessages),
    errors: samples.reduce((n, s) => n + s.errors, 0),
  };
}

/** One range invocation over the whole column (what combining formulas makes of the cells). */
function asRange(w: Workload): Workload {
  const rows = w.cells.map((args) => (args[1] as unknown[][])[0]);
  const dates = w.cells.map((args) => (args[2] as unknown[][])[0]);
  const first = w.cells[0] as unknown[];
  return { ...w, name: `${w.name}-range`, cells: [[first[0], rows, dates, null]] };
}

export async function runtimeScenarios(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult[]> {
  if (!existsSync(join(DIST, "functions.js"))) {
    return [{ name: "runtime", note: "not run: dist/ is missing (npm run build first)" }];
  }
  const fast = await startRemoteReplica({ seed: 1, latencyMs: 0 });
  const [server, browser] = await Promise.all([serveRealRuntime(), launchChromium()]);
  const results: ScenarioResult[] = [];
  try {
    for (const [latency, r] of [
      ["0 ms", fast],
      [`${config.latencyMs} ± ${config.jitterMs} ms`, replica],
    ] as const) {
      const klass = await klassMinimum(r, config);
      const klassWork: Workload = {
        name: "klass-runtime",
        fn: "KLASS.CODENAME",
        cells: klass.cells.map((c) => [131, [[c.code]], [[c.date]], null]),
        ...klass.minimum,
      };
      const brreg = await brregMinimum(r, config);
      const brregWork: Workload = {
        name: "brreg-runtime",
        fn: "BRREG.ENHET",
        cells: brreg.orgnrs.map((o) => [[[Number(o)]], [["navn"]]]),
        ...brreg.minimum,
      };
      const suffix = latency === "0 ms" ? "-0ms" : "";
      const run = async (w: Workload) => {
        const samples: Sample[] = [];
        for (let i = 0; i < config.repeats; i++) samples.push(await sample(browser, server.origin, r, w));
        return summarise(`${w.name}${suffix}`, latency, w, samples, await floorMs(w, config.repeats));
      };
      const single = await run(klassWork);
      const range = await run(asRange(klassWork));
      const ratio = (key: "wallMs" | "warmMs") =>
        round((single[key] as { median: number }).median / (range[key] as { median: number }).median, 1);
      results.push(single, {
        ...range,
        invocation: "KLASS.CODENAME over the whole column: one invocation (a combined range formula)",
        singleCellsOverRangeCold: ratio("wallMs"),
        singleCellsOverRangeWarm: ratio("warmMs"),
      });
      results.push(await run(brregWork));
    }
  } finally {
    await browser.close();
    await server.close();
    await fast.close();
  }
  return results;
}

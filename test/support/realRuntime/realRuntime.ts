import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { DIST, ROOT } from "../dist";
import { serveFolder, type StaticServer } from "../staticServer";
import { installFakeExcelHost, type ExcelHostApi, type HostResult } from "./fakeExcelHost";

/**
 * The built add-in under Microsoft's own custom-functions runtime, in headless Chromium:
 * the fake Excel host (./fakeExcelHost.ts), then custom-functions-runtime.js from the project's
 * @microsoft/office-js dependency, then the scripts of dist/taskpane.html except Office.js and
 * the UI bundle (runtime.js and functions.js: what registers the functions), then a do-nothing
 * function on the same page (the runtime's own cost, for the benchmarks).
 *
 * The runtime locates itself by its script's file name, so it is served under its real name.
 */
const OFFICE_JS_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** Registered beside ours: echoes its second argument, so its answer has the shape of ours. */
export const DO_NOTHING = "BENCH.NOTHING";

/**
 * Excel's request payload limit (Office.js documents 5 MB for Excel). The runtime itself slices
 * its retries at 2,000,000 characters (`_maxResultSize`), the guard our answers stay under.
 */
export const HOST_PAYLOAD_LIMIT_CHARS = 5_000_000;

export interface RealRuntimeOptions {
  readonly origin: string;
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
  readonly payloadLimitChars?: number;
}

export interface HeldRequests {
  /** How many requests are waiting. */
  count(): number;
  /** Resolves once `n` requests are waiting (the call is really pending on the network). */
  waitFor(n: number): Promise<void>;
  /** Lets the waiting requests (and later ones) through. */
  release(): Promise<void>;
}

/** A result as a test reads it: values as sent, matrix errors decoded to `{ error, message }`. */
export interface DecodedResult {
  readonly id: number;
  readonly success: boolean;
  readonly value: unknown;
  /** The runtime's result error code when !success: 1 #N/A, 7 #VALUE!, 2 thrown, 3 rejected. */
  readonly errorCode: number | null;
}

/** One invocation as Excel sends it. Omitted optional parameters are `null`, ranges 2-D arrays. */
export interface Invocation {
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly address?: string;
  readonly flags?: number;
}

export interface RealRuntime {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
  /** Sends the invocations (one message) and returns their ids. */
  invoke(calls: readonly Invocation[]): Promise<number[]>;
  /** Sends the invocations and waits for every result. */
  call(calls: readonly Invocation[]): Promise<DecodedResult[]>;
  cancel(ids: readonly number[]): Promise<void>;
  results(ids: readonly number[]): Promise<DecodedResult[]>;
  waitFor(ids: readonly number[]): Promise<DecodedResult[]>;
  host<K extends keyof ExcelHostApi>(key: K): Promise<ExcelHostApi[K]>;
  /**
   * Holds every request whose URL starts with `prefix` until `release()`: a pending invocation
   * without a timed wait (a cancellation, a re-invocation, a synchronous answer beside it).
   */
  hold(prefix: string): Promise<HeldRequests>;
  close(): Promise<void>;
}

function pageHtml(): string {
  const taskpane = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...taskpane.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((match) => match[1] as string)
    .filter((src) => !/^https?:/.test(src) && !/taskpane\.js$/.test(src));
  return [
    "<!doctype html><meta charset=utf-8><title>real runtime</title>",
    `<script src="/custom-functions-runtime.js"></script>`,
    ...scripts.map((src) => `<script src="/${src}"></script>`),
    `<script>CustomFunctions.associate(${JSON.stringify(DO_NOTHING)}, function (a, b) { return b; });</script>`,
  ].join("\n");
}

/** Decodes the value Excel would receive: CustomFunctionError JSON becomes `{ error, message }`. */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  const error = value as { valueType?: string; code?: string; message?: string } | null;
  if (error && typeof error === "object" && error.valueType === "CustomFunctionError") {
    return { error: error.code, message: error.message };
  }
  return value;
}

function decode(entry: HostResult): DecodedResult {
  return { id: entry[0], success: entry[1], value: decodeValue(entry[2]), errorCode: entry[3] };
}

type HostWindow = { __excelHost: ExcelHostApi };

/** dist/ on loopback, with the real-runtime page and Microsoft's runtime under its real name. */
export function serveRealRuntime(options: { debugRuntime?: boolean } = {}): Promise<StaticServer> {
  const runtimeFile = options.debugRuntime ? "custom-functions-runtime.debug.js" : "custom-functions-runtime.js";
  return serveFolder(DIST, {
    "/real-runtime.html": { type: "text/html; charset=utf-8", body: pageHtml },
    "/custom-functions-runtime.js": {
      type: "text/javascript; charset=utf-8",
      body: () => readFileSync(join(OFFICE_JS_DIST, runtimeFile)),
    },
  });
}

/** Opens the real-runtime page of a {@link serveRealRuntime} server, pointed at the replica. */
export async function openRealRuntime(browser: Browser, options: RealRuntimeOptions): Promise<RealRuntime> {
  const context = await browser.newContext();
  await context.route(/^https?:\/\//, async (route) => {
    if (/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(route.request().url())) await route.continue();
    else await route.abort("internetdisconnected");
  });
  await context.addInitScript(
    (config) => {
      (window as unknown as Record<string, unknown>).KLASS_BRREG_CONFIG = config;
    },
    { klassBaseUrl: options.klassBaseUrl, brregBaseUrl: options.brregBaseUrl },
  );
  await context.addInitScript(installFakeExcelHost, {
    payloadLimitChars: options.payloadLimitChars ?? HOST_PAYLOAD_LIMIT_CHARS,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  // Outside Office, the runtime's Office loader (which the bridge does not need) asks for its
  // host file table beside itself (o15apptofilemappingtable.js, a 404 here), then waits 50 s for
  // MicrosoftAjax.js and throws that it is missing. Both are expected in a plain page; anything
  // else failing on the page's own origin, or any other page error, is a problem. (The
  // replica's 404s are answers: "not found".)
  const LOADER_ERROR = "MicrosoftAjax.js is not loaded successfully.";
  page.on("pageerror", (error) => {
    if (error.message !== LOADER_ERROR) problems.push(`page: ${error.message}`);
  });
  page.on("response", (response) => {
    const url = response.url();
    if (response.status() >= 400 && url.startsWith(options.origin) && !url.endsWith("/o15apptofilemappingtable.js"))
      problems.push(`http ${response.status()}: ${url}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${options.origin}/real-runtime.html`);
  await page.waitForFunction(
    () =>
      typeof (window as unknown as { _richApiNativeBridge: { onMessageFromHost?: unknown } })._richApiNativeBridge
        .onMessageFromHost === "function",
  );

  let nextId = 1;
  // Large arguments and results cross page.evaluate as JSON text: Playwright's own serialiser
  // takes seconds over 100,000 small arrays.
  const results = async (ids: readonly number[]) => {
    const text = await page.evaluate(
      (wanted) => JSON.stringify(wanted.map((id) => (window as unknown as HostWindow).__excelHost.results[id] ?? null)),
      [...ids],
    );
    const entries = JSON.parse(text) as (HostResult | null)[];
    return entries.map((entry, i) => {
      if (!entry) throw new Error(`no result for invocation ${ids[i]}`);
      return decode(entry);
    });
  };
  const invoke = async (calls: readonly Invocation[]) => {
    const ids = calls.map(() => nextId++);
    const wire = calls.map((c, i) => [ids[i], c.fn, c.args, c.address ?? `Sheet1!A${i + 1}`, c.flags ?? 0]);
    await page.evaluate(
      ([w, n]) => (window as unknown as HostWindow).__excelHost.invoke(JSON.parse(w) as unknown[][], n),
      [JSON.stringify(wire), wire.length] as const,
    );
    return ids;
  };
  const waitFor = async (ids: readonly number[]) => {
    await page.evaluate((wanted) => (window as unknown as HostWindow).__excelHost.waitFor(wanted), [...ids]);
    return results(ids);
  };
  return {
    context,
    page,
    problems,
    invoke,
    call: async (calls) => waitFor(await invoke(calls)),
    cancel: async (ids) => {
      await page.evaluate((wanted) => (window as unknown as HostWindow).__excelHost.cancel(wanted), [...ids]);
    },
    results,
    waitFor,
    host: (key) => page.evaluate((k) => (window as unknown as HostWindow).__excelHost[k], key) as never,
    hold: async (prefix) => {
      const waiting: (() => Promise<void>)[] = [];
      let watchers: { n: number; done: () => void }[] = [];
      let released = false;
      const matches = (url: URL) => url.href.startsWith(prefix);
      const handler = async (route: Route) => {
        if (released) await route.continue();
        else {
          waiting.push(() => route.continue());
          watchers = watchers.filter((w) => (waiting.length >= w.n ? (w.done(), false) : true));
        }
      };
      await context.route(matches, handler);
      return {
        count: () => waiting.length,
        waitFor: (n) =>
          new Promise<void>((done) => {
            if (waiting.length >= n) done();
            else watchers.push({ n, done });
          }),
        release: async () => {
          released = true;
          await Promise.all(waiting.splice(0).map((go) => go()));
          await context.unroute(matches, handler);
        },
      };
    },
    close: () => context.close(),
  };
}

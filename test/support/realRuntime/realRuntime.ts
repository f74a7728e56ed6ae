import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
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
    // The runtime's Office loader looks for its host file table beside itself; outside Office
    // there is none and the bridge needs none. An empty script keeps the console clean.
    "/o15apptofilemappingtable.js": { type: "text/javascript; charset=utf-8", body: () => "" },
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
  page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${options.origin}/real-runtime.html`);
  await page.waitForFunction(
    () =>
      typeof (window as unknown as { _richApiNativeBridge: { onMessageFromHost?: unknown } })._richApiNativeBridge
        .onMessageFromHost === "function",
  );

  let nextId = 1;
  const results = async (ids: readonly number[]) => {
    const entries = await page.evaluate(
      (wanted) => wanted.map((id) => (window as unknown as HostWindow).__excelHost.results[id] ?? null),
      [...ids],
    );
    return entries.map((entry, i) => {
      if (!entry) throw new Error(`no result for invocation ${ids[i]}`);
      return decode(entry);
    });
  };
  const invoke = async (calls: readonly Invocation[]) => {
    const ids = calls.map(() => nextId++);
    const wire = calls.map((c, i) => [ids[i], c.fn, c.args, c.address ?? `Sheet1!A${i + 1}`, c.flags ?? 0]);
    await page.evaluate(([w, n]) => (window as unknown as HostWindow).__excelHost.invoke(w, n), [wire, wire.length]);
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
    close: () => context.close(),
  };
}

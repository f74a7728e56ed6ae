import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { routeOfficeJsLocally } from "./browser";
import { ROOT } from "./dist";

/**
 * The built taskpane in headless Chromium against the replica servers: the page is told the
 * replica's base URLs through `window.KLASS_BRREG_CONFIG` before any script runs (the runtime
 * reads that global), and the in-memory workbook is reached through `window.__klassBrreg`.
 */
export interface TaskpaneOptions {
  readonly origin: string;
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
  /** navigator.language, which the pane follows outside Excel (default nb-NO). */
  readonly locale?: string;
  /** Rows per enrichment chunk (window.KLASS_BRREG_TASKPANE.enrichChunkRows). */
  readonly enrichChunkRows?: number;
  /**
   * localStorage items in place before the page's first script runs (e.g. a saved settings
   * document under "klass-brreg.settings"). Set once per tab: a reload keeps what the page did.
   */
  readonly localStorage?: Readonly<Record<string, string>>;
  /** More set-up of the browser context before the page opens (init scripts, routes). */
  readonly prepare?: (context: BrowserContext) => Promise<unknown>;
}

export interface OpenTaskpane {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
}

export async function openTaskpane(browser: Browser, options: TaskpaneOptions): Promise<OpenTaskpane> {
  const context = await browser.newContext({
    locale: options.locale ?? "nb-NO",
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
  });
  await routeOfficeJsLocally(context);
  const config = { klassBaseUrl: options.klassBaseUrl, brregBaseUrl: options.brregBaseUrl };
  const pane = options.enrichChunkRows ? { enrichChunkRows: options.enrichChunkRows } : undefined;
  await context.addInitScript(
    ([c, p]) => {
      (window as unknown as Record<string, unknown>).KLASS_BRREG_CONFIG = c;
      if (p) (window as unknown as Record<string, unknown>).KLASS_BRREG_TASKPANE = p;
    },
    [config, pane] as const,
  );
  if (options.localStorage) {
    await context.addInitScript((items) => {
      const marker = "klass-brreg.test-seeded";
      try {
        if (sessionStorage.getItem(marker)) return;
        for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
        sessionStorage.setItem(marker, "1");
      } catch {
        // a frame without storage (about:blank)
      }
    }, options.localStorage);
  }
  await options.prepare?.(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${options.origin}/taskpane.html`);
  await page.getByRole("heading", { name: "Klass & Brreg" }).waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => !!(window as unknown as { __klassBrreg?: unknown }).__klassBrreg);
  return { context, page, problems };
}

export const ARTIFACTS = join(ROOT, "test-artifacts");

/** Saves a full-page screenshot under test-artifacts/ (gitignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

type Cell = string | number | boolean | null;

/** Calls the in-memory workbook inside the page (a method name and JSON arguments). */
export function workbook<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([m, a]) => {
      const book = (window as unknown as { __klassBrreg: { workbook: Record<string, (...x: unknown[]) => unknown> } })
        .__klassBrreg.workbook;
      return Promise.resolve(book[m as string]!(...(a as unknown[]))) as Promise<unknown>;
    },
    [method, args] as const,
  ) as Promise<T>;
}

/** A table's header and rows, read through the gateway. */
export async function readTable(
  page: Page,
  name: string,
): Promise<
  { header: string[]; rows: Cell[][]; info: { sheet: string; address: string; rowCount: number } } | undefined
> {
  return workbook(page, "readTable", name);
}

/** One cell as stored: value, number format, formula. */
export function cell(
  page: Page,
  sheet: string,
  row: number,
  column: number,
): Promise<{ value: Cell; format: string; formula?: string } | undefined> {
  return workbook(page, "cell", sheet, row, column);
}

/** The in-memory workbook's write log (count and payload size of every gateway write). */
export function writeLog(page: Page): Promise<{ sheet: string; cells: number; bytes: number }[]> {
  return page.evaluate(() =>
    (
      window as unknown as { __klassBrreg: { workbook: { writes: { sheet: string; cells: number; bytes: number }[] } } }
    ).__klassBrreg.workbook.writes.slice(),
  );
}

/** For a block: per row, how many of its cells exist at all (written, even as ""). */
export function writtenPerRow(
  page: Page,
  sheet: string,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
): Promise<number[]> {
  return page.evaluate(
    ([s, r0, c0, rows, cols]) => {
      const book = (
        window as unknown as { __klassBrreg: { workbook: { cell(s: string, r: number, c: number): unknown } } }
      ).__klassBrreg.workbook;
      const out: number[] = [];
      for (let r = 0; r < rows; r++) {
        let n = 0;
        for (let c = 0; c < cols; c++) if (book.cell(s, r0 + r, c0 + c) !== undefined) n++;
        out.push(n);
      }
      return out;
    },
    [sheet, row, column, rowCount, columnCount] as const,
  );
}

/** replaceTableRows with its column sets built inside the page (Sets do not cross page.evaluate). */
export function replaceRows(
  page: Page,
  name: string,
  header: string[],
  rows: Cell[][],
  textColumns: number[],
  userColumns: number[],
): Promise<unknown> {
  return page.evaluate(
    ([n, h, r, t, u]) => {
      const book = (
        window as unknown as { __klassBrreg: { workbook: { replaceTableRows(...a: unknown[]): Promise<unknown> } } }
      ).__klassBrreg.workbook;
      return book.replaceTableRows(n, h, r, new Set(t), new Set(u));
    },
    [name, header, rows, textColumns, userColumns] as const,
  );
}

/** How many times the pane asked the workbook to recalculate. */
export function recalculations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __klassBrreg: { workbook: { recalculations: number } } }).__klassBrreg.workbook
        .recalculations,
  );
}

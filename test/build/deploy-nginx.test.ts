import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { startReplica, type Replica } from "../../replica";
import { launchChromium, routeOfficeJsLocally } from "../support/browser";
import { buildForHost, freePort, requireNginx, startNginxProxy, type NginxProxy } from "../support/nginxProxy";

/**
 * The organisation deployment (deploy/nginx), end to end: nginx on loopback with the rendered
 * production config in front of the replica servers, and the add-in built for that host
 * (ADDIN_ORIGIN and KLASS_BRREG_CONFIG) loaded from nginx in Chromium.
 */
const KLASS_TTL_S = 8;

type Answer = unknown;
interface Lookups {
  readonly classification: number;
  readonly codes: string[];
  readonly orgnr: string[];
}

describe("deployment behind nginx", () => {
  let replica: Replica;
  let proxy: NginxProxy;
  let browser: Browser;
  let distDir: string;
  let lookups: Lookups;

  beforeAll(async () => {
    requireNginx();
    replica = await startReplica({ seed: 18, enheter: 700, underenheter: 20 });
    const port = await freePort();
    distDir = mkdtempSync(join(tmpdir(), "kb-dist-"));
    buildForHost(distDir, `https://127.0.0.1:${port}`);
    proxy = await startNginxProxy({
      port,
      distDir,
      klassUpstream: replica.klassBaseUrl,
      brregUpstream: replica.brregBaseUrl,
      klassTtl: `${KLASS_TTL_S}s`,
      brregTtl: `${KLASS_TTL_S}s`,
    });
    browser = await launchChromium();
    lookups = {
      classification: 131,
      codes: ["0301", "1103", "4601"],
      // 500 numbers: one list request with a ~5,000-byte URL, longer than nginx's default buffer
      // holds as a cache key (such answers would silently not be cached).
      orgnr: replica.data.orgnr.activeEnheter.slice(0, 500) as string[],
    };
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await replica?.close().catch(() => undefined);
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  });

  /** A fresh browser profile (empty IndexedDB and HTTP cache), as a colleague's machine. */
  async function freshClient(): Promise<BrowserContext> {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await routeOfficeJsLocally(context);
    return context;
  }

  /** Opens the add-in from nginx and runs KLASS.CODENAME and BRREG.ENHET there, as Excel would. */
  async function runLookups(context: BrowserContext, which: Lookups): Promise<{ names: Answer; units: Answer }> {
    const page = await context.newPage();
    await page.goto(`${proxy.origin}/taskpane.html`);
    await page.waitForFunction(() => {
      const w = window as unknown as { CustomFunctions?: { _association?: { m_mappings?: Record<string, unknown> } } };
      return Boolean(w.CustomFunctions?._association?.m_mappings?.["KLASS.CODENAME"]);
    });
    return page.evaluate(async ({ classification, codes, orgnr }) => {
      const w = window as unknown as {
        CustomFunctions: {
          _association: { m_mappings: Record<string, (...a: unknown[]) => unknown> };
        };
      };
      // A cell error (CustomFunctions.Error, or the add-in's own stand-in outside Excel) as plain data.
      const cellOf = (cell: unknown) => {
        const e = cell as { code?: unknown; message?: unknown } | null;
        return typeof e?.code === "string" && e.code.startsWith("#") ? { error: e.code, message: e.message } : cell;
      };
      // A call may also reject as a whole (one error for the whole cell), as Excel allows.
      const plain = async (call: () => unknown) => {
        try {
          return ((await call()) as unknown[][]).map((row) => row.map(cellOf));
        } catch (error) {
          return [[cellOf(error)]];
        }
      };
      const fn = w.CustomFunctions._association.m_mappings;
      const names = await plain(() =>
        fn["KLASS.CODENAME"]!(
          classification,
          codes.map((c) => [c]),
          [["2024-01-01"]],
          null,
        ),
      );
      const units = await plain(() =>
        fn["BRREG.ENHET"]!(
          orgnr.map((o) => [o]),
          [["navn"]],
        ),
      );
      return { names, units };
    }, which);
  }

  const upstreamRequests = () => replica.requests.length;

  it("serves the add-in and answers its functions through the proxy; a second fresh client costs no upstream request", async () => {
    const first = await freshClient();
    const answers = await runLookups(first, lookups);
    await first.close();
    expect(answers.names).toEqual([["Oslo"], ["Stavanger"], ["Bergen"]]);
    expect((answers.units as unknown[][]).every((row) => typeof row[0] === "string" && row[0] !== "")).toBe(true);
    const afterFirst = upstreamRequests();
    expect(afterFirst).toBeGreaterThan(0);

    const second = await freshClient();
    expect(await runLookups(second, lookups)).toEqual(answers);
    await second.close();
    expect(upstreamRequests()).toBe(afterFirst);
    const apiLines = proxy.accessLog().filter((line) => /\/(klass\/v1|enhetsregisteret\/api)\//.test(line));
    expect(apiLines.filter((line) => line.includes("cache=HIT")).length).toBeGreaterThan(0);
    expect(apiLines.filter((line) => line.includes("cache=MISS")).length).toBe(afterFirst);
  }, 120_000);

  it("with the upstream down, cached answers still come (stale) and uncached ones are the add-in's outage error, not #N/A", async () => {
    const before = await runLookups(await freshClient(), lookups);
    // Let the proxy's copies expire, then take the upstream away.
    await new Promise((r) => setTimeout(r, (KLASS_TTL_S + 1) * 1000));
    await replica.close();
    const client = await freshClient();
    expect(await runLookups(client, lookups)).toEqual(before);
    expect(proxy.accessLog().some((line) => line.includes("cache=STALE"))).toBe(true);

    // Never asked before: another classification, another unit.
    const uncached = await runLookups(client, {
      classification: 104,
      codes: ["03"],
      orgnr: [replica.data.orgnr.activeEnheter[600] as string],
    });
    await client.close();
    const [[klassCell]] = uncached.names as [[{ error: string; message: string }]];
    const [[brregCell]] = uncached.units as [[{ error: string; message: string }]];
    for (const [cell, service] of [
      [klassCell, /KLASS/],
      [brregCell, /Enhetsregisteret/],
    ] as const) {
      expect(cell.error).toBe("#VALUE!");
      expect(cell.message).toMatch(service);
      expect(cell.message).not.toMatch(/not found|not registered|finnes ikke/i);
    }
  }, 180_000);

  it("sends CORS headers for the add-in's origin only", async () => {
    const context = await freshClient();
    const url = `${proxy.origin}/klass/v1/classifications/131`;
    const ours = await context.request.get(url, { headers: { Origin: proxy.origin, Accept: "application/json" } });
    const theirs = await context.request.get(url, {
      headers: { Origin: "https://evil.example", Accept: "application/json" },
    });
    expect(ours.headers()["access-control-allow-origin"]).toBe(proxy.origin);
    expect(theirs.headers()["access-control-allow-origin"]).toBeUndefined();
    await context.close();
  }, 60_000);
});

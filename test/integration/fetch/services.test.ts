/**
 * createServices over real HTTP against a small Enhetsregisteret stand-in (node:http), with the
 * IndexedDB store (fake-indexeddb in Node): warm restarts, stale-if-error and offline.
 */
import "fake-indexeddb/auto";
import { createServices, type Services } from "../../../src/core/services";
import { createIdbStore } from "../../../src/core/store";
import { isOfflineError } from "../../../src/core/errors";
import { brregHandler, register, unit } from "../../support/fakeBrregApi";
import { startMiniServer, type MiniServer } from "./helpers/miniServer";

const reg = register();
const ORGNR = Array.from({ length: 300 }, (_, i) => String(900_000_000 + i));
for (const n of ORGNR) reg.enheter.set(n, unit(n));

let server: MiniServer;
let base: string;
const open: Services[] = [];

async function startServer(): Promise<void> {
  const handler = brregHandler(reg);
  server = await startMiniServer((req, res) => {
    const answer = handler(`http://x${req.url ?? ""}`);
    void answer.text().then((body) => {
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(body);
    });
  });
  base = `${server.url}/enhetsregisteret/api`;
}

function services(dbName: string): Services {
  const instance = createServices({
    brregBaseUrl: base,
    store: createIdbStore({ dbName }),
    batchWindowMs: 5,
    retryBaseDelayMs: 20,
  });
  open.push(instance);
  return instance;
}

beforeEach(startServer);
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await server.close();
});

it("a new services instance over the same IndexedDB store answers from cache with 0 requests", async () => {
  const one = services("warm-restart");
  const first = await Promise.all(ORGNR.map((n) => one.brreg.unit(n)));
  expect(server.requests.length).toBe(1);
  await one.close();
  server.requests.length = 0;

  const two = services("warm-restart");
  const again = await Promise.all(ORGNR.map((n) => two.brreg.unit(n)));
  expect(again).toEqual(first);
  expect(server.requests).toHaveLength(0);
  expect(two.metrics.snapshot()).toMatchObject({ requests: 0, hits: ORGNR.length });
});

it("offline with a warm store: stale values are served and counted", async () => {
  const one = services("offline-warm");
  await Promise.all(ORGNR.slice(0, 10).map((n) => one.brreg.unit(n)));
  await one.close();
  await server.close();
  // a day later, the service unreachable
  const realNow = Date.now;
  const clock = {
    now: () => realNow() + 25 * 60 * 60 * 1000,
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
  };
  const two = createServices({
    brregBaseUrl: base,
    store: createIdbStore({ dbName: "offline-warm" }),
    clock,
    batchWindowMs: 5,
    retryBaseDelayMs: 20,
  });
  open.push(two);
  const answers = await Promise.all(ORGNR.slice(0, 10).map((n) => two.brreg.unit(n)));
  expect(answers.every((a) => a.state === "found")).toBe(true);
  expect(two.metrics.snapshot().staleServes).toBe(10);
  await startServer(); // for afterEach
});

it("offline with a cold store: OfflineError, promptly", async () => {
  await server.close();
  const cold = services("offline-cold");
  const started = Date.now();
  const results = await Promise.allSettled(ORGNR.slice(0, 50).map((n) => cold.brreg.unit(n)));
  expect(results.every((r) => r.status === "rejected" && isOfflineError(r.reason))).toBe(true);
  // "Promptly": a refused connection fails after the short backoffs (~150 ms), nowhere near the
  // 15 s timeout; the bound leaves room for a loaded 2-core machine.
  expect(Date.now() - started).toBeLessThan(cold.config.timeoutMs / 3);
  await startServer();
});

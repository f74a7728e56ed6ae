/**
 * The HTTP core against real sockets (node:http on a random port): what fetch actually does when
 * a server hangs, drops the connection mid-body, sends HTML, rate-limits, or is not there.
 */
import { FetchHttpClient } from "../../../src/core/http/httpClient";
import { isOfflineError, isServiceUnavailableError, isTimeoutError } from "../../../src/core/errors";
import { Metrics } from "../../../src/core/metrics";
import { sendJson, startMiniServer, type MiniServer } from "./helpers/miniServer";

let server: MiniServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (options: Partial<ConstructorParameters<typeof FetchHttpClient>[0]> = {}) =>
  new FetchHttpClient({ fetch: globalThis.fetch, metrics: new Metrics(), ...options });

it("a hanging server: every promise rejects with TimeoutError within timeout + margin", async () => {
  server = await startMiniServer(() => undefined);
  const http = client({ timeoutMs: 400 });
  const started = Date.now();
  // As many requests as connection slots: each is sent at once, so each must settle at the timeout.
  const results = await Promise.allSettled(
    Array.from({ length: 6 }, (_, i) => http.getJson({ api: "klass", url: `${server!.url}/api/klass/v1/x/${i}` })),
  );
  const elapsed = Date.now() - started;
  expect(results.every((r) => r.status === "rejected" && isTimeoutError(r.reason))).toBe(true);
  // The margin absorbs a loaded 2-core machine; the point is "settles", not "settles fast".
  expect(elapsed).toBeLessThan(400 + 3000);
});

it("a hanging server and a queue: requests beyond the slots time out a timeout after they are sent, all settle", async () => {
  server = await startMiniServer(() => undefined);
  const http = client({ timeoutMs: 400 });
  const started = Date.now();
  const results = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) => http.getJson({ api: "klass", url: `${server!.url}/api/klass/v1/y/${i}` })),
  );
  expect(results.every((r) => r.status === "rejected" && isTimeoutError(r.reason))).toBe(true);
  // 20 over 6 slots: four waves of 400 ms; never beyond the hard cap of queue bound + timeout.
  expect(Date.now() - started).toBeLessThan(4 * 400 + 3000);
  expect(server.requests).toHaveLength(20);
});

it("Retry-After is obeyed on a real 429", async () => {
  server = await startMiniServer((_, res, n) =>
    n === 1 ? sendJson(res, 429, {}, { "retry-after": "1" }) : sendJson(res, 200, { ok: true }),
  );
  const metrics = new Metrics();
  const http = client({ metrics });
  await expect(
    http.getJson({ api: "brreg", url: `${server.url}/enhetsregisteret/api/enheter/1` }),
  ).resolves.toMatchObject({ body: { ok: true } });
  const [first, second] = server.requests;
  expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  expect(metrics.retries).toBe(1);
});

it("a connection dropped mid-body is retried; a second drop-free answer wins", async () => {
  server = await startMiniServer((_, res, n) => {
    if (n === 1) {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"codes":[{"code":"01"');
      setTimeout(() => res.destroy(), 10);
      return;
    }
    sendJson(res, 200, { codes: [] });
  });
  const http = client({ retryBaseDelayMs: 10 });
  await expect(
    http.getJson({ api: "klass", url: `${server.url}/api/klass/v1/classifications/131/codes` }),
  ).resolves.toMatchObject({ body: { codes: [] } });
  expect(server.requests).toHaveLength(2);
});

it("an HTML error page → ServiceUnavailableError, not a JSON crash", async () => {
  server = await startMiniServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!DOCTYPE html><html><head><title>Login</title></head><body>Sign in to the network</body></html>");
  });
  const error = await client()
    .getJson({ api: "klass", url: `${server.url}/api/klass/v1/classifications` })
    .catch((e: unknown) => e);
  expect(isServiceUnavailableError(error)).toBe(true);
});

it("a 502 HTML page from a proxy, retried, then ServiceUnavailableError with no HTML in the message", async () => {
  server = await startMiniServer((_, res) => {
    res.writeHead(502, { "content-type": "text/html" });
    res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
  });
  const error = await client({ retryBaseDelayMs: 5, maxRetries: 2 })
    .getJson({ api: "brreg", url: `${server.url}/enhetsregisteret/api/enheter/1` })
    .catch((e: unknown) => e);
  expect(isServiceUnavailableError(error)).toBe(true);
  expect((error as Error).message).toBe("HTTP 502");
  expect(server.requests).toHaveLength(3);
});

it("nothing listening → OfflineError, promptly", async () => {
  server = await startMiniServer(() => undefined);
  const url = `${server.url}/api/klass/v1/classifications`;
  await server.close();
  server = undefined;
  const started = Date.now();
  const error = await client()
    .getJson({ api: "klass", url })
    .catch((e: unknown) => e);
  expect(isOfflineError(error)).toBe(true);
  expect(Date.now() - started).toBeLessThan(3000);
});

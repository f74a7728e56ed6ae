import { FetchHttpClient } from "../../../../src/core/http/httpClient";
import { Metrics } from "../../../../src/core/metrics";
import {
  isCancelledError,
  isInvalidInputError,
  isNotFoundError,
  isOfflineError,
  isRemovedError,
  isServiceUnavailableError,
  isTimeoutError,
  type RemovedError,
} from "../../../../src/core/errors";
import { FakeClock, settle } from "../../../support/fakeClock";
import { empty, fakeFetch, json, problem, refused, text, type Handler } from "../../../support/fakeFetch";

const BRREG = "https://data.brreg.no/enhetsregisteret/api";
const KLASS = "https://data.ssb.no/api/klass/v1";

function setup(handler: Handler, options: Partial<ConstructorParameters<typeof FetchHttpClient>[0]> = {}) {
  const clock = new FakeClock();
  const fetch = fakeFetch(handler);
  const metrics = new Metrics({ klass: KLASS, brreg: BRREG });
  const http = new FetchHttpClient({ fetch, clock, metrics, random: () => 0.5, ...options });
  return { clock, fetch, metrics, http };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("Accept headers", () => {
  it.each([
    ["klass", `${KLASS}/classifications/131/codesAt?date=2024-01-01`, "application/json"],
    ["brreg", `${BRREG}/enheter?organisasjonsnummer=923609016`, "application/vnd.brreg.enhetsregisteret.enhet.v2+json"],
    ["brreg", `${BRREG}/enheter/923609016`, "application/vnd.brreg.enhetsregisteret.enhet.v2+json"],
    ["brreg", `${BRREG}/enheter/923609016/roller`, "application/vnd.brreg.enhetsregisteret.rolle.v1+json"],
    ["brreg", `${BRREG}/underenheter/923609016`, "application/vnd.brreg.enhetsregisteret.underenhet.v2+json"],
    [
      "brreg",
      `${BRREG}/oppdateringer/enheter?dato=x`,
      "application/vnd.brreg.enhetsregisteret.oppdatering.enhet.v1+json",
    ],
    [
      "brreg",
      `${BRREG}/oppdateringer/underenheter`,
      "application/vnd.brreg.enhetsregisteret.oppdatering.underenhet.v1+json",
    ],
    ["brreg", `${BRREG}/organisasjonsformer`, "application/vnd.brreg.enhetsregisteret.organisasjonsform.v1+json"],
  ] as const)("%s %s → %s", async (api, url, accept) => {
    const { http, fetch } = setup(() => json({}));
    await http.getJson({ api, url });
    expect(fetch.calls[0]?.accept).toBe(accept);
  });
});

describe("error taxonomy", () => {
  it("400 with a KLASS problem body → InvalidInputError with its detail", async () => {
    const { http } = setup(() =>
      json({ type: "about:blank", title: "Bad Request", status: 400, detail: "Unknown field: nmae" }, 400),
    );
    const error = await rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications/131/codesAt` }));
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as Error).message).toBe("Unknown field: nmae");
  });

  it("400 with a plain-text body → its text", async () => {
    const { http } = setup(() => text("Classification not found with id = 99999", 400, "text/csv;charset=UTF-8"));
    const error = await rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications/99999/codes` }));
    expect((error as Error).message).toBe("Classification not found with id = 99999");
  });

  it("400 with a Brreg valideringsfeil body → the field messages", async () => {
    const body = {
      tidsstempel: 1622200011303,
      status: 400,
      feilmelding: "Feilaktig forespørsel",
      sti: "/enhetsregisteret/api/enheter/9ECD01011/roller",
      antallFeil: 1,
      valideringsfeil: [
        {
          feilmelding: "Organisasjonsnummer må være et nummer med nøyaktig 9 siffer",
          parametere: ["9ECD01011"],
          feilaktigVerdi: "9ECD01011",
        },
      ],
    };
    const { http } = setup(() => json(body, 400));
    const error = await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/9ECD01011/roller` }));
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as Error).message).toBe("Organisasjonsnummer må være et nummer med nøyaktig 9 siffer (9ECD01011)");
    expect((error as { status?: number }).status).toBe(400);
  });

  it("404 without a body → NotFoundError; 410 → RemovedError keeping slettedato", async () => {
    const { http } = setup((url) =>
      url.endsWith("1") ? empty(404) : json({ organisasjonsnummer: "2", slettedato: "2024-02-01" }, 410),
    );
    expect(isNotFoundError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` })))).toBe(true);
    const removed = await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/2` }));
    expect(isRemovedError(removed)).toBe(true);
    expect((removed as RemovedError).slettedato).toBe("2024-02-01");
  });

  it("an HTML page where JSON was expected → ServiceUnavailableError, not retried", async () => {
    const { http, fetch } = setup(() => text("<!DOCTYPE html><html><body>Gateway</body></html>", 200, "text/html"));
    const error = await rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications/131` }));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it("JSON that does not parse is ServiceUnavailableError, not retried (a 200 is no status to retry)", async () => {
    const { http, fetch, clock } = setup(() => text('{"codes":[{"code":"01"', 200, "application/json"), {
      maxRetries: 2,
    });
    const promise = rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications/131/codes` }));
    await clock.advance(5_000);
    const error = await promise;
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/incomplete data/);
    expect(fetch.calls).toHaveLength(1);
  });

  it("500 is not retried (documented as an unexpected error for that request)", async () => {
    const { http, fetch } = setup(() =>
      json({ status: 500, error: "Internal Server Error", message: "Internal Server Error" }, 500),
    );
    const error = await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/999999999/roller` }));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it("other 4xx are not retried", async () => {
    const { http, fetch } = setup(() => empty(403));
    expect(isServiceUnavailableError(await rejection(http.getJson({ api: "klass", url: `${KLASS}/x` })))).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe("retries", () => {
  it("503 is retried with exponential backoff, then succeeds", async () => {
    const at: number[] = [];
    const { http, clock, metrics } = setup((_, n) => {
      at.push(clock.now());
      return n < 3 ? empty(503) : json({ ok: true });
    });
    const start = clock.now();
    const promise = http.getJson({ api: "klass", url: `${KLASS}/classifications` });
    await clock.advance(10_000);
    await expect(promise).resolves.toMatchObject({ body: { ok: true } });
    // random() = 0.5 → delay = 3/4 of base·2^n: 150, 300
    expect(at.map((t) => t - start)).toEqual([0, 150, 450]);
    expect(metrics.retries).toBe(2);
  });

  it("429 honours Retry-After (seconds)", async () => {
    const at: number[] = [];
    const { http, clock } = setup((_, n) => {
      at.push(clock.now());
      return n === 1 ? json({}, 429, { "retry-after": "2" }) : json({ ok: 1 });
    });
    const start = clock.now();
    const promise = http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` });
    await clock.advance(1_999);
    expect(at).toHaveLength(1);
    await clock.advance(1);
    await expect(promise).resolves.toMatchObject({ body: { ok: 1 } });
    expect(at.map((t) => t - start)).toEqual([0, 2000]);
  });

  it("a Retry-After beyond maxRetryAfterMs fails at once as unavailable", async () => {
    const { http, fetch } = setup(() => json({}, 429, { "retry-after": "3600" }));
    expect(isServiceUnavailableError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` })))).toBe(
      true,
    );
    expect(fetch.calls).toHaveLength(1);
  });

  it("network errors are retried, then OfflineError", async () => {
    const { http, fetch, clock } = setup(() => refused(), { maxRetries: 2 });
    const promise = rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications` }));
    await clock.advance(5_000);
    expect(isOfflineError(await promise)).toBe(true);
    expect(fetch.calls).toHaveLength(3);
  });

  it("a device known to be offline fails at once", async () => {
    const { http, fetch } = setup(() => refused(), { isOnline: () => false });
    expect(isOfflineError(await rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications` })))).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe("timeouts and cancellation", () => {
  it("a hanging server → TimeoutError at the timeout, and no timer left behind", async () => {
    const { http, clock } = setup(() => "hang", { timeoutMs: 1_000 });
    const promise = rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications` }));
    await clock.advance(999);
    expect(http.inFlight).toBe(1);
    await clock.advance(1);
    expect(isTimeoutError(await promise)).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });

  it("the timeout starts when the request gets its host slot: queueing does not time out a request never sent", async () => {
    const clock = new FakeClock();
    // Each answer takes 400 ms of (fake) time; with one slot, the fifth waits 1,600 ms — past the
    // 1,000 ms timeout, which must not count.
    let answer!: () => void;
    const gated = fakeFetch(
      () =>
        new Promise<Response>((resolve) => {
          answer = () => resolve(json({ ok: true }));
        }),
    );
    const http = new FetchHttpClient({ fetch: gated, clock, maxRetries: 0, timeoutMs: 1_000, concurrencyPerHost: 1 });
    const all = Promise.allSettled(
      ["a", "b", "c", "d", "e"].map((x) => http.getJson({ api: "klass", url: `${KLASS}/${x}` })),
    );
    for (let i = 0; i < 5; i++) {
      await clock.advance(400);
      answer();
    }
    const results = await all;
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(gated.calls).toHaveLength(5);
    expect(clock.pendingTimers).toBe(0);
  });

  it("waiting for a slot is bounded apart: past the queue bound a call fails as busy, and every promise settles", async () => {
    const { http, clock } = setup(() => "hang", { timeoutMs: 1_000, concurrencyPerHost: 1, queueTimeoutMs: 3_000 });
    const a = rejection(http.getJson({ api: "klass", url: `${KLASS}/a` }));
    const b = rejection(http.getJson({ api: "klass", url: `${KLASS}/b` }));
    const c = rejection(http.getJson({ api: "klass", url: `${KLASS}/c` }));
    const d = rejection(http.getJson({ api: "klass", url: `${KLASS}/d` }));
    await clock.advance(1_000);
    expect(isTimeoutError(await a)).toBe(true); // sent at 0, timed out at 1,000
    await clock.advance(1_000);
    expect(isTimeoutError(await b)).toBe(true); // sent at 1,000 (after waiting), timed out at 2,000
    await clock.advance(1_000);
    expect(isTimeoutError(await c)).toBe(true);
    // d waited 3,000 ms for a slot: busy, not a timeout of a request it never sent.
    const busy = await d;
    expect(isServiceUnavailableError(busy)).toBe(true);
    expect((busy as Error).message).toMatch(/too busy/);
    expect(clock.pendingTimers).toBe(0);
  });

  it("one caller cancelling does not abort the request another caller shares", async () => {
    let release!: (r: Response) => void;
    const { http, fetch } = setup(
      () =>
        new Promise<Response>((resolve) => {
          release = resolve;
        }),
    );
    const controller = new AbortController();
    const cancelled = rejection(http.getJson({ api: "klass", url: `${KLASS}/x`, signal: controller.signal }));
    const kept = http.getJson({ api: "klass", url: `${KLASS}/x`, signal: new AbortController().signal });
    await settle();
    controller.abort();
    expect(isCancelledError(await cancelled)).toBe(true);
    release(json({ ok: true }));
    await expect(kept).resolves.toMatchObject({ body: { ok: true } });
    expect(fetch.calls).toHaveLength(1);
  });

  it("when every caller cancels, the request is aborted", async () => {
    const { http } = setup(() => "hang");
    const controller = new AbortController();
    const promise = rejection(http.getJson({ api: "klass", url: `${KLASS}/x`, signal: controller.signal }));
    await settle();
    controller.abort();
    expect(isCancelledError(await promise)).toBe(true);
    await settle();
    expect(http.inFlight).toBe(0);
  });
});

describe("sharing and bounds", () => {
  it("10,000 identical GETs in flight → 1 request, every caller answered", async () => {
    const { http, fetch } = setup(() => json({ n: 1 }));
    const answers = await Promise.all(
      Array.from({ length: 10_000 }, () => http.getJson<{ n: number }>({ api: "klass", url: `${KLASS}/same` })),
    );
    expect(fetch.calls).toHaveLength(1);
    expect(answers.every((a) => a.body.n === 1)).toBe(true);
  });

  it("at most concurrencyPerHost requests per host at once", async () => {
    let active = 0;
    let peak = 0;
    const { http, clock } = setup(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise<void>((resolve) => clock.setTimeout(resolve, 10));
      active--;
      return json({});
    });
    const all = Promise.all(
      Array.from({ length: 20 }, (_, i) => http.getJson({ api: "klass", url: `${KLASS}/c/${i}` })),
    );
    await clock.advance(100);
    await all;
    expect(peak).toBe(6);
  });

  it("counts requests per API and path, and bytes", async () => {
    const { http, metrics } = setup(() => json({ a: 1 }));
    await http.getJson({ api: "brreg", url: `${BRREG}/enheter/923609016` });
    await http.getJson({ api: "brreg", url: `${BRREG}/enheter/974760673` });
    await http.getJson({ api: "klass", url: `${KLASS}/classifications/131/codesAt?date=2024-01-01` });
    const snapshot = metrics.snapshot();
    expect(snapshot.requestsByPath).toEqual({ "brreg enheter/{id}": 2, "klass classifications/{id}/codesAt": 1 });
    expect(snapshot.requestsByApi).toEqual({ klass: 1, brreg: 2 });
    expect(snapshot.bytes).toBe(3 * '{"a":1}'.length);
  });
});

describe("answers that are not what they seem", () => {
  it("an empty 2xx body is an outage (retried), not a null body that crashes a caller", async () => {
    const { http, fetch, clock } = setup(() => new Response("", { status: 200 }), {
      maxRetries: 1,
      retryBaseDelayMs: 0,
    });
    const pending = rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/923609016` }));
    await clock.advance(10);
    const error = await pending;
    expect(isServiceUnavailableError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(2);
  });

  it("a KLASS 404 without an RFC 7807 problem body is an outage; with one it is NotFoundError", async () => {
    const bare = setup(() => text("Not Found", 404));
    expect(
      isServiceUnavailableError(
        await rejection(bare.http.getJson({ api: "klass", url: `${KLASS}/classifications/131` })),
      ),
    ).toBe(true);
    const real = setup(() => problem(404, "Classification not found with id = 99999"));
    const error = await rejection(real.http.getJson({ api: "klass", url: `${KLASS}/classifications/99999` }));
    expect(isNotFoundError(error)).toBe(true);
    expect((error as Error).message).toBe("Classification not found with id = 99999");
  });

  it("the cache's bytes are the text's UTF-16 size; metrics keep the wire size", async () => {
    const body = JSON.stringify({ navn: "Ærlig Øl AS" });
    const { http, metrics } = setup(
      () =>
        new Response(body, { status: 200, headers: { "content-type": "application/json", "content-length": "12" } }),
    );
    const response = await http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` });
    expect(response.bytes).toBe(body.length * 2);
    expect(metrics.snapshot().bytes).toBe(12);
  });
});

/** A body of `chunks` chunks of 64 KB of JSON-ish text, counting how many were pulled. */
function streamed(chunks: number, status = 200, headers: Record<string, string> = {}) {
  const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= chunks) {
        controller.close();
        return;
      }
      counter.pulled++;
      controller.enqueue(chunk);
    },
  });
  return {
    response: new Response(body, { status, headers: { "content-type": "application/json", ...headers } }),
    counter,
  };
}

/** A response as fetch gives it after following redirects to `finalUrl`. */
function redirectedTo(finalUrl: string, body: unknown): Response {
  const response = json(body);
  Object.defineProperty(response, "redirected", { value: true });
  Object.defineProperty(response, "url", { value: finalUrl });
  return response;
}

describe("bounded bodies", () => {
  it("a 2xx body past its endpoint's bound (1 MB for a unit) is an outage; the rest is never read; not retried", async () => {
    const { counter, response } = streamed(1_000); // 64 MB if read whole
    const { http, fetch, clock } = setup(() => response, { maxRetries: 3, retryBaseDelayMs: 0 });
    const pending = rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/923609016` }));
    await clock.advance(10);
    const error = await pending;
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toBe("answered with more than 1 MB");
    expect(fetch.calls).toHaveLength(1);
    // 1 MB is 16 chunks of 64 KB: the stream stops at the 17th (plus what it buffered ahead).
    expect(counter.pulled).toBeLessThanOrEqual(18);
  });

  it("a Content-Length past the bound is refused before a byte is read", async () => {
    const { counter, response } = streamed(1_000, 200, { "content-length": String(64 * 1024 * 1000) });
    const { http } = setup(() => response);
    const error = await rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications/131` }));
    expect((error as Error).message).toBe("answered with more than 16 MB");
    expect(counter.pulled).toBeLessThanOrEqual(1);
  });

  it("a body within the bound is read whole", async () => {
    const { http } = setup(() => json({ navn: "x".repeat(900_000) }));
    const response = await http.getJson<{ navn: string }>({ api: "brreg", url: `${BRREG}/enheter/923609016` });
    expect(response.body.navn).toHaveLength(900_000);
  });

  it("an oversized error body keeps its status's retry policy (503 retried; the message unread)", async () => {
    const { http, fetch, clock } = setup((_, n) => (n === 1 ? streamed(1_000, 503).response : json({ ok: 1 })), {
      maxRetries: 2,
      retryBaseDelayMs: 0,
    });
    const pending = http.getJson({ api: "brreg", url: `${BRREG}/enheter/923609016` });
    await clock.advance(10);
    await expect(pending).resolves.toMatchObject({ body: { ok: 1 } });
    expect(fetch.calls).toHaveLength(2);
  });
});

describe("redirects", () => {
  it("an answer that fetch followed to another origin is an outage, not retried", async () => {
    const { http, fetch, clock } = setup(() => redirectedTo("https://login.example/portal", { navn: "X" }), {
      maxRetries: 3,
      retryBaseDelayMs: 0,
    });
    const pending = rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/923609016` }));
    await clock.advance(10);
    const error = await pending;
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/redirected to another origin \(https:\/\/login\.example\)/);
    expect(fetch.calls).toHaveLength(1);
  });

  it("a redirect within the same origin is followed", async () => {
    const { http } = setup(() => redirectedTo(`${BRREG}/enheter/923609016?moved=1`, { navn: "X" }));
    await expect(http.getJson({ api: "brreg", url: `${BRREG}/enheter/923609016` })).resolves.toMatchObject({
      body: { navn: "X" },
    });
  });

  it("fetch's redirect limit (a loop) is an outage and not retried, unlike other network errors", async () => {
    const loop = () => Promise.reject(new TypeError("fetch failed", { cause: new Error("redirect count exceeded") }));
    const { http, fetch, clock } = setup(loop, { maxRetries: 3, retryBaseDelayMs: 0 });
    const pending = rejection(http.getJson({ api: "klass", url: `${KLASS}/classifications/131` }));
    await clock.advance(10);
    const error = await pending;
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toBe("redirected too many times (a redirect loop)");
    expect(fetch.calls).toHaveLength(1);
    // The same client retries a refused connection: the difference is the loop.
    const other = setup(() => refused(), { maxRetries: 3, retryBaseDelayMs: 0 });
    const offline = rejection(other.http.getJson({ api: "klass", url: `${KLASS}/classifications/131` }));
    await other.clock.advance(10_000);
    expect(isOfflineError(await offline)).toBe(true);
    expect(other.fetch.calls.length).toBeGreaterThan(1);
  });
});

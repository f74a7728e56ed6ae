/** Every fault knob: error rates with Retry-After, hangs, truncation, HTML, HTML 404, 414, orgnr limit, latency, failNext. */
import { request } from "node:http";
import { startReplica, type Replica } from "../../../replica";

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 7, enheter: 300, underenheter: 100 });
});
afterAll(() => replica.close());
afterEach(() => replica.setFaults({}));

const codesAt = (): string => `${replica.klassBaseUrl}/classifications/131/codesAt?date=2024-01-01`;
const json = { headers: { Accept: "application/json" } };

describe("error rates", () => {
  test.each([500, 502, 503, 429] as const)("errorRates %i = 1 answers that status on every request", async (status) => {
    replica.setFaults({ errorRates: { [status]: 1 }, retryAfterSeconds: 7 });
    const res = await fetch(codesAt(), json);
    expect(res.status).toBe(status);
    const retryAfter = res.headers.get("retry-after");
    if (status === 429 || status === 503) expect(retryAfter).toBe("7");
    else expect(retryAfter).toBeNull();
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    await res.arrayBuffer();
  });

  test("500 from Brreg has Spring's documented error body", async () => {
    replica.setFaults({ errorRates: { 500: 1 } });
    const res = await fetch(`${replica.brregBaseUrl}/enheter/923609016`);
    expect(res.status).toBe(500);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["timestamp", "status", "error", "message", "path", "trace"]);
    expect(body.path).toBe("/enhetsregisteret/api/enheter/923609016");
  });

  test("a rate of 0.5 fails about half of the requests", async () => {
    replica.setFaults({ errorRates: { 503: 0.5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${replica.brregBaseUrl}/organisasjonsformer/AS`);
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    const failed = statuses.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
  });

  test("api restricts random faults to one API", async () => {
    replica.setFaults({ errorRates: { 500: 1 }, api: "brreg" });
    expect((await fetch(codesAt(), json)).status).toBe(200);
    expect((await fetch(`${replica.brregBaseUrl}/organisasjonsformer/AS`)).status).toBe(500);
  });
});

test("failNext: one-shot faults consumed in order, matching their path pattern", async () => {
  replica.setFaults({
    failNext: [
      { status: 503, pathPattern: /^\/enheter/, retryAfterSeconds: 3 },
      { status: 502, html: true },
    ],
  });
  const k = await fetch(codesAt(), json);
  expect(k.status).toBe(502);
  expect(k.headers.get("content-type")).toMatch(/text\/html/);
  await k.arrayBuffer();
  const b = await fetch(`${replica.brregBaseUrl}/enheter/923609016`);
  expect(b.status).toBe(503);
  expect(b.headers.get("retry-after")).toBe("3");
  await b.arrayBuffer();
  expect((await fetch(`${replica.brregBaseUrl}/enheter/923609016`)).status).toBe(200);
});

test("hang: no answer until close() destroys the socket", async () => {
  const hanging = await startReplica({
    seed: 7,
    enheter: 50,
    underenheter: 10,
    faults: { hangRate: 1, hangPaths: [/codesAt/] },
  });
  const ok = await fetch(`${hanging.klassBaseUrl}/classifications/131`, json);
  expect(ok.status).toBe(200);
  await ok.arrayBuffer();
  let settled = false;
  const pending = fetch(`${hanging.klassBaseUrl}/classifications/131/codesAt?date=2024-01-01`, json).then(
    () => {
      settled = true;
      return "answered";
    },
    () => {
      settled = true;
      return "failed";
    },
  );
  await new Promise((r) => setTimeout(r, 300));
  expect(settled).toBe(false);
  expect(hanging.requests.at(-1)?.status).toBe(0);
  await hanging.close();
  expect(await pending).toBe("failed");
});

test("truncateRate: Content-Length promises more than arrives, then the connection drops", async () => {
  replica.setFaults({ truncateRate: 1 });
  const { promised, received, error } = await new Promise<{ promised: number; received: number; error: boolean }>(
    (resolve) => {
      const req = request(codesAt(), { headers: { Accept: "application/json" } }, (res) => {
        let received = 0;
        res.on("data", (c: Buffer) => {
          received += c.length;
        });
        res.on("error", () => resolve({ promised: Number(res.headers["content-length"]), received, error: true }));
        res.on("aborted", () => resolve({ promised: Number(res.headers["content-length"]), received, error: true }));
        res.on("end", () => resolve({ promised: Number(res.headers["content-length"]), received, error: false }));
      });
      req.on("error", () => resolve({ promised: -1, received: 0, error: true }));
      req.end();
    },
  );
  expect(error).toBe(true);
  expect(received).toBeLessThan(promised);
  // fetch reports it as a failure while reading the body
  await expect(fetch(codesAt(), json).then((r) => r.json())).rejects.toThrow();
});

test("htmlRate: 200 with an HTML page instead of JSON", async () => {
  replica.setFaults({ htmlRate: 1 });
  const res = await fetch(`${replica.brregBaseUrl}/enheter/923609016`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  expect(await res.text()).toMatch(/^<!DOCTYPE html>/);
});

test("html404Paths: an HTML 404 on the matching paths only (a misconfigured proxy); the real 404 stays empty", async () => {
  replica.setFaults({ html404Paths: [/\/roller$/] });
  const roles = await fetch(`${replica.brregBaseUrl}/enheter/923609016/roller`);
  expect(roles.status).toBe(404);
  expect(roles.headers.get("content-type")).toMatch(/^text\/html/);
  expect(await roles.text()).toMatch(/^<!DOCTYPE html>/);
  const unit = await fetch(`${replica.brregBaseUrl}/enheter/923609016`);
  expect(unit.status).toBe(200);
  await unit.arrayBuffer();
  // Enhetsregisteret's own 404: no content.
  const missing = await fetch(`${replica.brregBaseUrl}/enheter/999999999`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toBe("");
  replica.setFaults({ html404Paths: [/^/], api: "brreg" });
  const base = await fetch(`${replica.brregBaseUrl}/enheter?size=1`);
  expect(base.status).toBe(404);
  expect(await base.text()).toMatch(/^<!DOCTYPE html>/);
  const klass = await fetch(codesAt(), json);
  expect(klass.status).toBe(200);
  await klass.arrayBuffer();
});

test("maxUrlLength: 414 beyond the limit", async () => {
  replica.setFaults({ maxUrlLength: 120 });
  const short = await fetch(`${replica.brregBaseUrl}/enheter/923609016`);
  expect(short.status).toBe(200);
  await short.arrayBuffer();
  const long = await fetch(`${replica.brregBaseUrl}/enheter?organisasjonsnummer=${"923609016,".repeat(20)}923609016`);
  expect(long.status).toBe(414);
  await long.arrayBuffer();
});

test("maxOrgnrList: 400 with the real valideringsfeil body beyond the limit", async () => {
  replica.setFaults({ maxOrgnrList: 3 });
  const ok = await fetch(`${replica.brregBaseUrl}/enheter?organisasjonsnummer=923609016,883603362,961095026`);
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { page: { totalElements: number } }).page.totalElements).toBe(3);
  const res = await fetch(
    `${replica.brregBaseUrl}/enheter?organisasjonsnummer=923609016,883603362,961095026,913757424`,
  );
  expect(res.status).toBe(400);
  const body = (await res.json()) as Record<string, unknown>;
  expect(Object.keys(body)).toEqual(["tidsstempel", "status", "feilmelding", "sti", "antallFeil", "valideringsfeil"]);
  expect(body.feilmelding).toBe("Feilaktig forespørsel");
  expect(body.valideringsfeil).toEqual([
    {
      feilmelding: "Antall organisasjonsnummer kan ikke overstige 3",
      parametere: ["organisasjonsnummer"],
      feilaktigVerdi: "4",
    },
  ]);
});

test("latency and jitter delay every answer", async () => {
  const slow = await startReplica({ seed: 7, enheter: 50, underenheter: 10, latencyMs: 150, jitterMs: 50 });
  const t0 = performance.now();
  const res = await fetch(`${slow.klassBaseUrl}/ssbsections`, json);
  await res.arrayBuffer();
  expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  await slow.close();
});

test("invalid fault options are rejected with the option's name", () => {
  expect(() => replica.setFaults({ hangRate: 2 })).toThrow(/faults\.hangRate/);
  expect(() => replica.setFaults({ errorRates: { 503: -1 } })).toThrow(/errorRates\.503/);
});

test("request log and counters per path template", async () => {
  replica.resetLog();
  await (await fetch(codesAt(), json)).arrayBuffer();
  await (await fetch(`${replica.klassBaseUrl}/classifications/104/codesAt?date=2020-01-01`, json)).arrayBuffer();
  await (await fetch(`${replica.brregBaseUrl}/enheter?navn=Sesam`)).arrayBuffer();
  await fetch(`${replica.brregBaseUrl}/enheter`, {
    method: "OPTIONS",
    headers: { Origin: "https://localhost:3000", "Access-Control-Request-Method": "GET" },
  });
  expect(replica.counts()).toEqual({ "klass /classifications/{id}/codesAt": 2, "brreg /enheter": 1 });
  const last = replica.requests[2];
  expect(last).toMatchObject({ api: "brreg", method: "GET", path: "/enheter", query: { navn: "Sesam" }, status: 200 });
  expect(last?.bytes).toBeGreaterThan(100);
  replica.resetLog();
  expect(replica.requests).toHaveLength(0);
});

describe("wrong-shaped bodies", () => {
  const get = async (url: string): Promise<{ status: number; text: string }> => {
    const res = await fetch(url, json);
    return { status: res.status, text: await res.text() };
  };

  test.each([
    ["message", (text: string) => expect(JSON.parse(text)).toEqual({ message: expect.any(String) })],
    ["empty-array", (text: string) => expect(JSON.parse(text)).toEqual([])],
    ["null", (text: string) => expect(JSON.parse(text)).toBeNull()],
    ["empty-object", (text: string) => expect(JSON.parse(text)).toEqual({})],
    [
      "huge",
      (text: string) => {
        expect(text.length).toBeGreaterThan(500_000);
        expect(JSON.parse(text)).not.toHaveProperty("codes");
      },
    ],
  ] as const)(
    "%s: a 200 JSON answer on the matching path while set; other paths answer as usual",
    async (body, check) => {
      replica.setFaults({ wrongBodies: [{ pathPattern: /\/codesAt$/, body }] });
      for (let i = 0; i < 2; i++) {
        const answer = await get(codesAt());
        expect(answer.status).toBe(200);
        check(answer.text);
      }
      const other = await get(`${replica.klassBaseUrl}/classifications/131`);
      expect(JSON.parse(other.text)).toMatchObject({ id: 131 });
      replica.setFaults({});
      expect(JSON.parse((await get(codesAt())).text)).toHaveProperty("codes");
    },
  );

  test("other-unit: the real unit answer with another organisasjonsnummer; limited to its API", async () => {
    replica.setFaults({ wrongBodies: [{ pathPattern: /^\/enheter\/\d{9}$/, body: "other-unit", api: "brreg" }] });
    const answer = JSON.parse((await get(`${replica.brregBaseUrl}/enheter/923609016`)).text) as Record<string, unknown>;
    expect(answer).toMatchObject({ navn: "EQUINOR ASA" });
    expect(answer.organisasjonsnummer).toMatch(/^\d{9}$/);
    expect(answer.organisasjonsnummer).not.toBe("923609016");
    replica.setFaults({ wrongBodies: [{ pathPattern: /./, body: "null", api: "brreg" }] });
    expect(JSON.parse((await get(codesAt())).text)).toHaveProperty("codes");
  });
});

describe("huge bodies and redirects", () => {
  test("hugeBody: a 200 of valid JSON of the given size, without Content-Length, only on matching paths", async () => {
    replica.setFaults({ hugeBody: { bytes: 3_000_000, pathPattern: /^\/classifications\/131$/ } });
    const res = await fetch(`${replica.klassBaseUrl}/classifications/131`, json);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBeNull();
    const text = await res.text();
    expect(text.length).toBeGreaterThanOrEqual(3_000_000);
    expect(text.length).toBeLessThan(3_000_000 + 70_000);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["padding"]);
    const other = await fetch(codesAt(), json);
    expect(Object.keys((await other.json()) as object)).toContain("codes");
  });

  test('redirect "loop": 302 back to the very same URL; fetch gives up at its redirect limit', async () => {
    replica.setFaults({ redirect: { to: "loop", pathPattern: /^\/classifications\/131$/ } });
    replica.resetLog();
    const url = `${replica.klassBaseUrl}/classifications/131?includeFuture=true`;
    const res = await fetch(url, { ...json, redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(url);
    const error = await fetch(url, json).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String((error as Error).cause)).toMatch(/redirect count exceeded/);
    expect(replica.requests.filter((r) => r.path === "/classifications/131")).toHaveLength(1 + 21);
  });

  test("redirect to an origin: 302 to the same path and query there", async () => {
    replica.setFaults({ redirect: { to: "http://127.0.0.1:9" } });
    const res = await fetch(`${replica.brregBaseUrl}/enheter/923609016?x=1`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://127.0.0.1:9/enhetsregisteret/api/enheter/923609016?x=1");
  });

  test("their options are checked", () => {
    expect(() => replica.setFaults({ hugeBody: { bytes: 0 } })).toThrow(/faults\.hugeBody\.bytes/);
    expect(() => replica.setFaults({ redirect: { to: "elsewhere" } })).toThrow(/faults\.redirect\.to/);
  });
});

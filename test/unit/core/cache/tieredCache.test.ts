import { TieredCache } from "../../../../src/core/cache/tieredCache";
import { isRemovedError, isServiceUnavailableError, NotFoundError } from "../../../../src/core/errors";
import { FetchHttpClient } from "../../../../src/core/http/httpClient";
import { isPromise } from "../../../../src/core/maybePromise";
import { Metrics } from "../../../../src/core/metrics";
import { createMemoryStore, type MemoryStore } from "../../../../src/core/store/memoryStore";
import { FakeClock } from "../../../support/fakeClock";
import { empty, fakeFetch, json, problem, text, type Handler } from "../../../support/fakeFetch";

const URL_A = "https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2024-01-01";
const DAY = 24 * 60 * 60 * 1000;

function setup(
  handler: Handler,
  options: {
    store?: MemoryStore;
    memoryMaxEntries?: number;
    clock?: FakeClock;
    validStored?: (key: string, value: unknown) => boolean;
  } = {},
) {
  const clock = options.clock ?? new FakeClock();
  const fetch = fakeFetch(handler);
  const metrics = new Metrics();
  const store = options.store ?? createMemoryStore();
  const http = new FetchHttpClient({ fetch, clock, metrics, maxRetries: 0 });
  const cache = new TieredCache({
    http,
    store,
    clock,
    metrics,
    ...(options.memoryMaxEntries ? { memoryMaxEntries: options.memoryMaxEntries } : {}),
    ...(options.validStored ? { validStored: options.validStored } : {}),
  });
  return { clock, fetch, metrics, store, cache };
}

const codes = (body: unknown) => (body as { codes: unknown[] }).codes;
const request = { key: "klass/131/codesAt/2024-01-01/nb", api: "klass" as const, url: URL_A, transform: codes };

describe("TieredCache", () => {
  it("a miss loads once; then a hit answers synchronously with the same object", async () => {
    const { cache, fetch, metrics } = setup(() => json({ codes: [{ code: "0301", name: "Oslo" }] }));
    const first = cache.get(request);
    expect(isPromise(first)).toBe(true);
    const value = await first;
    const again = cache.get(request);
    expect(isPromise(again)).toBe(false);
    expect(again).toBe(value);
    expect(cache.peek(request.key)).toBe(value);
    expect(fetch.calls).toHaveLength(1);
    expect(metrics.snapshot()).toMatchObject({ misses: 1, hits: 2 });
  });

  it("concurrent misses of one key share one load", async () => {
    const { cache, fetch } = setup(() => json({ codes: [] }));
    await Promise.all(Array.from({ length: 100 }, () => cache.get(request)));
    expect(fetch.calls).toHaveLength(1);
  });

  it("records fetchedAt, URL, api and validity; expires after the ttl", async () => {
    const { cache, clock, fetch } = setup(() => json({ codes: [] }));
    await cache.get(request);
    expect(cache.meta(request.key)).toMatchObject({
      url: URL_A,
      api: "klass",
      fetchedAt: clock.now(),
      expiresAt: clock.now() + DAY,
    });
    clock.jump(DAY);
    expect(cache.peek(request.key)).toBeUndefined();
    await cache.get(request);
    expect(fetch.calls).toHaveLength(2);
  });

  it("a new cache over the same store answers from it without a request", async () => {
    const store = createMemoryStore();
    const one = setup(() => json({ codes: [{ code: "01" }] }), { store });
    await one.cache.get(request);
    await one.cache.flush();
    const two = setup(
      () => {
        throw new Error("no request expected");
      },
      { store, clock: one.clock },
    );
    await expect(two.cache.get(request)).resolves.toEqual([{ code: "01" }]);
    expect(two.fetch.calls).toHaveLength(0);
    expect(isPromise(two.cache.get(request))).toBe(false);
  });

  it("stale-if-error: an outage serves the stale copy and counts it", async () => {
    const { cache, clock, metrics } = setup((_, n) => (n === 1 ? json({ codes: ["old"] }) : empty(503)));
    await cache.get(request);
    clock.jump(DAY + 1);
    await expect(cache.get(request)).resolves.toEqual(["old"]);
    expect(metrics.staleServes).toBe(1);
  });

  it("errors are not cached; a 404 is an answer, not served stale", async () => {
    const { cache, clock, fetch } = setup((_, n) =>
      n === 1 ? json({ codes: ["x"] }) : problem(404, "Classification not found with id = 131"),
    );
    await cache.get(request);
    clock.jump(DAY + 1);
    await expect(cache.get(request)).rejects.toBeInstanceOf(NotFoundError);
    await expect(cache.get(request)).rejects.toBeInstanceOf(NotFoundError);
    expect(fetch.calls).toHaveLength(3);
  });

  it("an outage without a stale copy rejects", async () => {
    const { cache } = setup(() => empty(503));
    await expect(Promise.resolve(cache.get(request))).rejects.toMatchObject({ kind: "service-unavailable" });
  });

  it("a 410 is remembered: later gets throw RemovedError without a request", async () => {
    const { cache, fetch } = setup(() => json({ slettedato: "2023-05-01" }, 410));
    const brreg = {
      key: "brreg/enhet/123456785",
      api: "brreg" as const,
      url: "https://data.brreg.no/enhetsregisteret/api/enheter/123456785",
    };
    await expect(cache.get(brreg)).rejects.toMatchObject({ kind: "removed", slettedato: "2023-05-01" });
    let thrown: unknown;
    try {
      cache.get(brreg);
    } catch (error) {
      thrown = error;
    }
    expect(isRemovedError(thrown)).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it("is bounded in entries (LRU)", async () => {
    const { cache } = setup(() => json({}), { memoryMaxEntries: 2 });
    for (const key of ["klass/1/a", "klass/1/b", "klass/1/c"]) cache.put({ key, api: "klass", url: URL_A }, key);
    expect(cache.memory.entries).toBe(2);
    expect(cache.peek("klass/1/a")).toBeUndefined();
    expect(cache.peek("klass/1/c")).toBe("klass/1/c");
  });

  it("evictPrefix removes memory and store entries under the prefix only", async () => {
    const { cache, store } = setup(() => json({}));
    for (const key of ["klass/131/a", "klass/131/b", "klass/1310/a", "brreg/enhet/1"])
      cache.put({ key, api: "klass", url: URL_A }, 1);
    await cache.flush();
    expect(await cache.evictPrefix("klass/131/")).toBe(2);
    expect((await store.keys()).sort()).toEqual(["brreg/enhet/1", "klass/1310/a"]);
    expect(cache.peek("klass/131/a")).toBeUndefined();
  });

  it("refresh refetches from the stored URL with the remembered transform", async () => {
    const { cache, fetch } = setup((_, n) => json({ codes: [n] }));
    await cache.get(request);
    await expect(cache.refresh(request.key)).resolves.toBe("refetched");
    expect(cache.peek(request.key)).toEqual([2]);
    expect(fetch.calls.map((c) => c.url)).toEqual([URL_A, URL_A]);
  });

  it("refresh evicts a transformed value this instance cannot rebuild", async () => {
    const store = createMemoryStore();
    const one = setup(() => json({ codes: [1] }), { store });
    await one.cache.get(request);
    await one.cache.flush();
    const two = setup(() => json({ codes: [2] }), { store });
    await expect(two.cache.refresh(request.key)).resolves.toBe("evicted");
    expect(two.fetch.calls).toHaveLength(0);
    expect(await store.keys()).toEqual([]);
  });

  it("a 404 drops the stale copy, so a later outage cannot bring back a key that no longer exists", async () => {
    let mode: "ok" | "gone" | "down" = "ok";
    const { cache, clock } = setup(() =>
      mode === "ok"
        ? json({ codes: ["x"] })
        : mode === "gone"
          ? problem(404, "Classification not found with id = 131")
          : empty(503),
    );
    await cache.get(request);
    clock.jump(DAY + 1);
    mode = "gone";
    await expect(cache.get(request)).rejects.toBeInstanceOf(NotFoundError);
    mode = "down";
    await expect(Promise.resolve(cache.get(request))).rejects.toMatchObject({ kind: "service-unavailable" });
  });

  it("an HTML 404 (a proxy page) is an outage: the stale copy is served and kept, by get and by refresh", async () => {
    const roles = {
      key: "brreg/roller/810004622",
      api: "brreg" as const,
      url: "https://data.brreg.no/enhetsregisteret/api/enheter/810004622/roller",
    };
    let proxyBroken = false;
    const { cache, clock, store, metrics } = setup(() =>
      proxyBroken
        ? text("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>", 404, "text/html")
        : json({ rollegrupper: [{ type: { kode: "DAGL" } }] }),
    );
    await cache.get(roles);
    clock.jump(DAY + 1);
    proxyBroken = true;
    await expect(Promise.resolve(cache.get(roles))).resolves.toEqual({ rollegrupper: [{ type: { kode: "DAGL" } }] });
    expect(metrics.staleServes).toBe(1);
    await expect(cache.refresh(roles.key)).rejects.toMatchObject({ kind: "service-unavailable", status: 404 });
    await cache.flush();
    expect(await store.keys()).toEqual([roles.key]);
    await expect(Promise.resolve(cache.get(roles))).resolves.toEqual({ rollegrupper: [{ type: { kode: "DAGL" } }] });
  });

  it("sizes entries by the text's UTF-16 bytes, not by Content-Length (compressed when gzipped)", async () => {
    const body = JSON.stringify({ codes: ["æøå".repeat(100)] });
    const { cache } = setup(
      () =>
        new Response(body, { status: 200, headers: { "content-type": "application/json", "content-length": "40" } }),
    );
    await cache.get({ ...request, transform: undefined });
    expect(cache.meta(request.key)?.bytes).toBe(body.length * 2);
  });
});

describe("TieredCache: freshness after revalidation", () => {
  it("revalidation keeps only feed-covered keys fresh (units, klass/<id>/…), not roles, searches, or families", async () => {
    const { cache, clock } = setup(() => json({ codes: [] }));
    const keys = [
      "klass/131/codesAt/x/nb",
      "klass/search/all/oslo",
      "klass/families/nb",
      "brreg/enhet/1",
      "brreg/roller/1",
      "brreg/orgform/all",
      "brreg/search/enheter/x",
    ];
    for (const key of keys)
      cache.put({ key, api: key.startsWith("klass") ? "klass" : "brreg", url: "https://x/y" }, { v: key });
    cache.put(
      { key: "brreg/underenhet/2", api: "brreg", url: "https://x/z", feed: false },
      { state: "not-registered" },
    );
    clock.jump(DAY - 1000);
    cache.markValidated("klass", clock.now());
    cache.markValidated("brreg", clock.now());
    clock.jump(2000);
    await Promise.resolve();
    const fresh = [...keys, "brreg/underenhet/2"].filter((key) => cache.peek(key) !== undefined);
    expect(fresh.sort()).toEqual(["brreg/enhet/1", "klass/131/codesAt/x/nb"]);
  });
});

describe("TieredCache: the persistent store (timeouts, sweeping)", () => {
  it("a store that hangs or throws reads as a miss within the store timeout (counted), and flush settles", async () => {
    const clock = new FakeClock();
    const fetch = fakeFetch(() => json({ codes: ["net"] }));
    const metrics = new Metrics();
    const hanging = {
      kind: "hang",
      getMany: () => new Promise<unknown[]>(() => undefined),
      setMany: () => new Promise<void>(() => undefined),
      delMany: () => new Promise<void>(() => undefined),
      keys: async () => [],
      clear: async () => undefined,
    };
    const http = new FetchHttpClient({ fetch, clock, metrics, maxRetries: 0 });
    const cache = new TieredCache({ http, store: hanging, clock, metrics });
    const value = cache.get(request);
    await clock.advance(2_000);
    await expect(value).resolves.toEqual(["net"]);
    const flushed = cache.flush();
    await clock.advance(2_000);
    await expect(flushed).resolves.toBeUndefined();
    expect(metrics.snapshot().storeTimeouts).toBe(1); // then the store is skipped for a while, not waited on again

    const throwing = {
      ...hanging,
      kind: "throw",
      getMany: () => {
        throw new Error("InvalidStateError");
      },
    };
    const cache2 = new TieredCache({ http, store: throwing as never, clock, metrics });
    const second = cache2.get({ ...request, key: "klass/131/other" });
    await clock.advance(1);
    await expect(second).resolves.toEqual(["net"]);
  });

  it("the store is swept: records older than 7 ttls and, beyond the bound, the oldest go", async () => {
    const store = createMemoryStore();
    const clock = new FakeClock();
    const http = new FetchHttpClient({ fetch: fakeFetch(() => json({})), clock, maxRetries: 0 });
    const cache = new TieredCache({ http, store, clock, storeMaxEntries: 2 });
    cache.put({ key: "klass/1/old", api: "klass", url: "https://x/1" }, 1);
    clock.jump(8 * DAY);
    for (const key of ["klass/1/a", "klass/1/b", "klass/1/c"]) {
      cache.put({ key, api: "klass", url: "https://x/1" }, key);
      clock.jump(1000);
    }
    await cache.flush();
    await store.setMany([["sync/klass", { at: 1 }]]);
    await expect(cache.sweep()).resolves.toBe(2);
    expect((await store.keys()).sort()).toEqual(["klass/1/b", "klass/1/c", "sync/klass"]);
  });
});

describe("TieredCache: bodies and records of the wrong shape", () => {
  /** The request's promised shape: `{ codes: [...] }`; the value kept is the array. */
  const hasCodes = (body: unknown) => Array.isArray((body as { codes?: unknown } | null)?.codes);
  const shaped = { ...request, shape: hasCodes };
  const storedIsArray = (_key: string, value: unknown) => Array.isArray(value);
  /** A handler whose answer the test switches: good codes, or a wrong-shaped 200. */
  const switchable = () => {
    const state = { wrong: false, name: "Oslo" };
    const handler: Handler = () => (state.wrong ? json({ message: "no" }) : json({ codes: [state.name] }));
    return { state, handler };
  };
  const rejection = (value: unknown) =>
    Promise.resolve(value).then(
      () => new Error("resolved"),
      (e: unknown) => e,
    );

  it("a body that fails the shape is an outage: 'answered with an unexpected body', nothing kept; the next get after recovery answers", async () => {
    const { state, handler } = switchable();
    state.wrong = true;
    const { cache, store, fetch } = setup(handler);
    const error = await rejection(cache.get(shaped));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toBe("answered with an unexpected body");
    expect(cache.peek(shaped.key)).toBeUndefined();
    await cache.flush();
    expect(store.size).toBe(0);
    state.wrong = false;
    await expect(cache.get(shaped)).resolves.toEqual(["Oslo"]);
    expect(fetch.calls).toHaveLength(2);
  });

  it("a wrong body never replaces a stale copy: it is served (stale-if-error), in memory and in the store, until the service answers right", async () => {
    const { state, handler } = switchable();
    const { cache, clock, store, metrics } = setup(handler);
    await cache.get(shaped);
    const before = cache.meta(shaped.key);
    clock.jump(DAY + 1);
    state.wrong = true;
    await expect(cache.get(shaped)).resolves.toEqual(["Oslo"]);
    await expect(cache.get(shaped)).resolves.toEqual(["Oslo"]);
    expect(metrics.staleServes).toBe(2);
    expect(cache.meta(shaped.key)).toEqual(before);
    await cache.flush();
    expect(((await store.getMany([shaped.key]))[0] as { value: unknown }).value).toEqual(["Oslo"]);
    state.wrong = false;
    state.name = "Oslo kommune";
    await expect(cache.get(shaped)).resolves.toEqual(["Oslo kommune"]);
  });

  it("a refresh (revalidation) that gets a wrong body throws an outage and keeps the entry as it was", async () => {
    const { state, handler } = switchable();
    const { cache } = setup(handler);
    await cache.get(shaped);
    state.wrong = true;
    expect(isServiceUnavailableError(await rejection(cache.refresh(shaped.key)))).toBe(true);
    expect(cache.peek(shaped.key)).toEqual(["Oslo"]);
  });

  it("a refresh of an entry read from the store (its shape not learnt) checks an untransformed body by the stored-value check", async () => {
    const store = createMemoryStore();
    const plain = { key: "klass/131/meta", api: "klass" as const, url: URL_A };
    const first = setup(() => json(["a"]), { store, validStored: storedIsArray });
    await first.cache.get(plain);
    await first.cache.flush();
    const second = setup(() => json({ message: "no" }), { store, validStored: storedIsArray });
    expect(isServiceUnavailableError(await rejection(second.cache.refresh(plain.key)))).toBe(true);
    expect(second.cache.peek(plain.key)).toEqual(["a"]);
  });

  it("a stored record whose value is not what its key holds is dropped and refetched (after a restart)", async () => {
    const store = createMemoryStore();
    const clock = new FakeClock();
    await store.setMany([
      [
        shaped.key,
        {
          format: 1,
          api: "klass",
          url: URL_A,
          fetchedAt: clock.now(),
          expiresAt: clock.now() + DAY,
          bytes: 10,
          value: { poisoned: true },
          transformed: true,
        },
      ],
    ]);
    const { cache, fetch } = setup(() => json({ codes: ["Oslo"] }), { store, clock, validStored: storedIsArray });
    expect(await cache.read(shaped.key)).toBeUndefined();
    await cache.flush();
    expect(store.size).toBe(0);
    await expect(cache.get(shaped)).resolves.toEqual(["Oslo"]);
    expect(fetch.calls).toHaveLength(1);
    await cache.flush();
    const restarted = setup(() => json({ codes: ["never asked"] }), { store, clock, validStored: storedIsArray });
    await expect(restarted.cache.get(shaped)).resolves.toEqual(["Oslo"]);
    expect(restarted.fetch.calls).toHaveLength(0);
  });

  it("a memory hit is not checked again", async () => {
    const checked: string[] = [];
    const { cache } = setup(() => json({ codes: ["Oslo"] }), {
      validStored: (key) => {
        checked.push(key);
        return true;
      },
    });
    const shape = jest.fn(hasCodes);
    await cache.get({ ...request, shape });
    for (let i = 0; i < 5; i++) cache.get({ ...request, shape });
    expect(shape).toHaveBeenCalledTimes(1);
    expect(checked).toEqual([]);
  });
});

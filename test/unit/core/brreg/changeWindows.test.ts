import { ChangeWindows, latestIn } from "../../../../src/core/brreg/changeWindows";
import { pageFeed } from "../../../../src/core/brreg/feedPager";
import { brregBodies } from "../../../../src/core/brreg/shapes";
import { TieredCache } from "../../../../src/core/cache/tieredCache";
import { brregChangesKey } from "../../../../src/core/cacheKeys";
import { isInvalidInputError, isServiceUnavailableError } from "../../../../src/core/errors";
import { FetchHttpClient } from "../../../../src/core/http/httpClient";
import { isPromise } from "../../../../src/core/maybePromise";
import { Metrics } from "../../../../src/core/metrics";
import { createMemoryStore } from "../../../../src/core/store/memoryStore";
import { isValidStoredValue } from "../../../../src/core/storedValues";
import { FakeClock } from "../../../support/fakeClock";
import { empty, fakeFetch, json } from "../../../support/fakeFetch";

const BRREG = "https://data.brreg.no/enhetsregisteret/api";
const HOUR = 60 * 60 * 1000;
const SINCE = "2026-01-01T00:00:00.000Z";

/**
 * A page of `oppdateringer/enheter` in the shape the API documentation gives (its example:
 * `_links` first/prev/next/last, `_embedded.oppdaterteEnheter[]` with oppdateringsid, dato,
 * organisasjonsnummer, endringstype, and `page`). No real feed answer is recorded in
 * test/fixtures/recorded; the replica's answers are checked against the same shape in
 * test/integration/fetch/shapes.test.ts.
 */
const DOCUMENTED_PAGE = {
  _links: { first: { href: `${BRREG}/oppdateringer/enheter?page=0&size=20` } },
  _embedded: {
    oppdaterteEnheter: [
      { oppdateringsid: 1, dato: "2018-04-23T06:03:29.443Z", organisasjonsnummer: "913189892", endringstype: "Ukjent" },
    ],
  },
  page: { number: 1, size: 20, totalPages: 20, totalElements: 100 },
};

interface Event {
  oppdateringsid: number;
  dato: string;
  organisasjonsnummer: string;
  endringstype: string;
}

/** A feed served as the API serves it: `dato=` or `oppdateringsid=` from, `size` per page, ascending ids. */
function feedServer(events: Event[]) {
  return (url: string): Response => {
    const q = new URL(url).searchParams;
    const size = Number(q.get("size") ?? "20");
    const fromId = Number(q.get("oppdateringsid") ?? "0");
    const dato = q.get("dato") ?? "";
    const rows = events.filter((e) => e.oppdateringsid >= fromId && e.dato >= dato).slice(0, size);
    const key = url.includes("/underenheter") ? "oppdaterteUnderenheter" : "oppdaterteEnheter";
    const page = { size, totalElements: rows.length, totalPages: 1, number: 0 };
    return json(rows.length > 0 ? { _embedded: { [key]: rows }, page } : { page });
  };
}

function events(n: number, from = 1): Event[] {
  return Array.from({ length: n }, (_, i) => ({
    oppdateringsid: from + i,
    dato: new Date(Date.parse(SINCE) + (from + i) * 1000).toISOString(),
    // 300 distinct units, so a unit changes several times.
    organisasjonsnummer: String(800_000_000 + ((from + i) % 300)),
    endringstype: (from + i) % 7 === 0 ? "Sletting" : "Endring",
  }));
}

function setup(feed: Event[], options: { pageSize?: number; maxPages?: number; down?: () => boolean } = {}) {
  const clock = new FakeClock();
  const serve = feedServer(feed);
  const fetch = fakeFetch((url) => (options.down?.() ? empty(503) : serve(url)));
  const metrics = new Metrics({ brreg: BRREG });
  const http = new FetchHttpClient({ fetch, clock, metrics, maxRetries: 0 });
  const cache = new TieredCache({ http, store: createMemoryStore(), clock, metrics });
  const windows = new ChangeWindows({ http, cache, baseUrl: BRREG, pageSize: options.pageSize ?? 100, ...options });
  return { clock, fetch, cache, metrics, windows };
}

describe("the feed's shape", () => {
  test("the documented example passes; an event without its date or with a malformed number fails", () => {
    expect(brregBodies.updates("oppdaterteEnheter", DOCUMENTED_PAGE)).toBe(true);
    const [event] = DOCUMENTED_PAGE._embedded.oppdaterteEnheter;
    const without = { ...event, dato: undefined };
    const wrong = (e: unknown) => ({ ...DOCUMENTED_PAGE, _embedded: { oppdaterteEnheter: [e] } });
    expect(brregBodies.updates("oppdaterteEnheter", wrong(without))).toBe(false);
    expect(brregBodies.updates("oppdaterteEnheter", wrong({ ...event, organisasjonsnummer: 913189892 }))).toBe(false);
    expect(brregBodies.updates("oppdaterteUnderenheter", DOCUMENTED_PAGE)).toBe(false);
  });
});

describe("pageFeed", () => {
  test("reads by dato, then onwards by oppdateringsid, ceil(N/size) pages (+1 when N fills its last page)", async () => {
    for (const [n, pages] of [
      [250, 3],
      [300, 4],
      [0, 1],
    ] as const) {
      const { fetch } = setup(events(n));
      const http = new FetchHttpClient({ fetch, clock: new FakeClock(), maxRetries: 0 });
      const seen: number[] = [];
      const read = await pageFeed({ http, baseUrl: BRREG, pageSize: 100 }, "enheter", { dato: SINCE }, (u) =>
        seen.push(...u.map((e) => e.oppdateringsid)),
      );
      expect(read).toEqual({ pages, lastId: n, complete: true });
      expect(seen).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(fetch.calls.map((c) => new URL(c.url).search)).toEqual([
        `?dato=${encodeURIComponent(SINCE)}&size=100`,
        ...Array.from({ length: pages - 1 }, (_, i) => `?oppdateringsid=${(i + 1) * 100 + 1}&size=100`),
      ]);
    }
  });

  test("stops at maxPages and says the read is not complete", async () => {
    const { fetch } = setup(events(500));
    const http = new FetchHttpClient({ fetch, clock: new FakeClock(), maxRetries: 0 });
    const read = await pageFeed(
      { http, baseUrl: BRREG, pageSize: 100, maxPages: 2 },
      "enheter",
      { afterId: 0 },
      () => {},
    );
    expect(read).toEqual({ pages: 2, lastId: 200, complete: false });
  });
});

describe("ChangeWindows", () => {
  test("a window holds each unit's latest event; the same window again costs nothing and answers synchronously", async () => {
    const feed = events(250);
    const { windows, fetch } = setup(feed);
    const first = windows.changes("enheter", SINCE);
    const again = windows.changes("enheter", SINCE);
    expect(isPromise(first)).toBe(true);
    const window = await first;
    expect(await again).toBe(window);
    expect(fetch.calls).toHaveLength(3);
    expect(window.latest).toHaveLength(250);
    const latestOf = (orgnr: string) => feed.filter((e) => e.organisasjonsnummer === orgnr).pop();
    const last = latestOf("800000007")!;
    expect(latestIn(window, "800000007")).toEqual([
      last.organisasjonsnummer,
      last.endringstype,
      last.dato,
      last.oppdateringsid,
    ]);
    expect(latestIn(window, "900000000")).toBeUndefined();
    const warm = windows.changes("enheter", SINCE);
    expect(isPromise(warm)).toBe(false);
    expect(fetch.calls).toHaveLength(3);
  });

  test("a window past its time is extended from its last event, not read again from since", async () => {
    const feed = events(150);
    const { windows, fetch, clock } = setup(feed);
    await windows.changes("enheter", SINCE);
    expect(fetch.calls).toHaveLength(2);
    feed.push(...events(20, 151));
    clock.jump(2 * HOUR);
    const extended = await windows.changes("enheter", SINCE);
    expect(fetch.calls.slice(2).map((c) => new URL(c.url).search)).toEqual(["?oppdateringsid=151&size=100"]);
    expect(extended.lastId).toBe(170);
    expect(latestIn(extended, String(800_000_000 + (170 % 300)))?.[3]).toBe(170);
  });

  test("an outage serves the last window read; without one it is the outage", async () => {
    let down = false;
    const { windows, clock } = setup(events(10), { down: () => down });
    const before = await windows.changes("enheter", SINCE);
    down = true;
    clock.jump(2 * HOUR);
    expect(await windows.changes("enheter", SINCE)).toEqual(before);
    const other = await Promise.resolve(windows.changes("underenheter", SINCE)).catch((e: unknown) => e);
    expect(isServiceUnavailableError(other)).toBe(true);
  });

  test("a feed longer than the pages allowed is #VALUE! asking for a later date, and nothing is kept", async () => {
    const { windows, cache } = setup(events(350), { maxPages: 3 });
    const error = await Promise.resolve(windows.changes("enheter", SINCE)).catch((e: unknown) => e);
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/more than 300 changes since 2026-01-01; give a later date/);
    expect(cache.peek(brregChangesKey("enheter", SINCE))).toBeUndefined();
  });

  test("what the cache keeps passes its stored shape, and only under its own since", async () => {
    const { windows } = setup(events(5));
    const window = await windows.changes("enheter", SINCE);
    expect(isValidStoredValue(brregChangesKey("enheter", SINCE), window)).toBe(true);
    expect(isValidStoredValue(brregChangesKey("enheter", "2025-01-01T00:00:00.000Z"), window)).toBe(false);
    expect(isValidStoredValue(brregChangesKey("enheter", SINCE), { ...window, latest: [["1", "Ny"]] })).toBe(false);
  });
});

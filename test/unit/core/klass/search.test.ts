import {
  createKlassData,
  klassSearch,
  KLASS_SEARCH_MAX_RESULTS,
  stripHtml,
  type KlassDataDeps,
} from "../../../../src/core/klass";
import type { HttpClient } from "../../../../src/core/http/types";
import { isPromise } from "../../../../src/core/maybePromise";
import { fakeCache } from "../../../support/fakeCache";
import { testEnv } from "../../../support/klassEnv";
import { resolved } from "./helpers";

/**
 * KLASS.SEARCH follows the HAL pages (`page`, `_links.next`) up to its cap, asking for the cap as
 * the page size so a normal search is one request; each page is cached.
 */
const BASE = "http://klass.test/api/klass/v1";
const unusedHttp: HttpClient = { getJson: () => Promise.reject(new Error("not used")) };

/** A search endpoint with `total` hits, paged as Spring writes it (`withPage: false` drops the `page` object). */
function pagedSearch(total: number, options: { withPage?: boolean } = {}) {
  return async (url: string): Promise<unknown> => {
    const q = new URL(url).searchParams;
    const page = Number(q.get("page") ?? 0);
    const size = Math.min(2000, Number(q.get("size") ?? 20));
    const hits = Array.from({ length: total }, (_, i) => i)
      .slice(page * size, page * size + size)
      .map((i) => ({
        name: `Klassifikasjon ${i}`,
        id: 1000 + i,
        snippet: `treff <strong>${i}</strong>`,
        searchScore: total - i,
        _links: { self: { href: `${BASE}/classifications/${1000 + i}` } },
      }));
    const totalPages = Math.ceil(total / size);
    const links: Record<string, unknown> = { self: { href: url } };
    if (page + 1 < totalPages)
      links.next = { href: `${BASE}/classifications/search?query=x&page=${page + 1}&size=${size}` };
    return {
      ...(hits.length ? { _embedded: { searchResults: hits } } : {}),
      _links: links,
      ...(options.withPage === false ? {} : { page: { size, totalElements: total, totalPages, number: page } }),
    };
  };
}

function setup(total: number, deps: Partial<KlassDataDeps> = {}, options: { withPage?: boolean } = {}) {
  const cache = fakeCache(pagedSearch(total, options));
  const env = {
    klass: createKlassData({ cache, http: unusedHttp, baseUrl: BASE, ...deps }),
    now: () => Date.parse("2026-01-01T12:00:00Z"),
  };
  return { env, cache };
}

describe("KLASS.SEARCH", () => {
  test("id (from the self link when absent), name, snippet without HTML", async () => {
    const out = await resolved(klassSearch(testEnv(), "ARENA"));
    expect(out[0]).toEqual(["id", "name", "snippet"]);
    expect(out[1]?.[0]).toBe(31);
    expect(out[1]?.[2]).toMatch(/652 - Ice arena 653/);
    expect(String(out[1]?.[2])).not.toMatch(/<strong>/);
  });
  test("search text of up to 180 characters is sent; longer is #VALUE! naming the cap, with no request", async () => {
    const { env, cache } = setup(1);
    await resolved(klassSearch(env, "x".repeat(180)));
    expect(cache.fetches).toHaveLength(1);
    expect(() => klassSearch(env, "x".repeat(1_000_000))).toThrow(/^query is 1,000,000 characters long; at most 180/);
    expect(cache.fetches).toHaveLength(1);
  });
  test("a search for the words NaN, Infinity or undefined is free text, sent as typed", async () => {
    const { env, cache } = setup(1);
    await resolved(klassSearch(env, "NaN Infinity undefined"));
    expect(cache.fetches[0]).toMatch(/query=NaN%20Infinity%20undefined/);
  });
  test("includeCodelists asks for them", async () => {
    const env = testEnv();
    const out = await resolved(klassSearch(env, "ARENA", true));
    expect(out.length).toBe(8);
    expect(env.cache.fetches[0]).toMatch(/includeCodelists=true/);
  });
  test("stripHtml collapses whitespace and entities", () =>
    expect(stripHtml("a <strong>b</strong>\n c &amp; d")).toBe("a b c & d"));
});

describe("KLASS.SEARCH paging", () => {
  test("asks for the cap as the page size: 7 hits are one request", async () => {
    const { env, cache } = setup(7);
    const out = await resolved(klassSearch(env, "x"));
    expect(out).toHaveLength(8);
    expect(cache.fetches).toEqual([`${BASE}/classifications/search?query=x&size=${KLASS_SEARCH_MAX_RESULTS}`]);
  });

  test("follows the pages in order (page size 2: 7 hits in 4 requests) and caches each page", async () => {
    const { env, cache } = setup(7, { searchPageSize: 2 });
    const out = await resolved(klassSearch(env, "x"));
    expect(out.map((r) => r[0])).toEqual(["id", 1000, 1001, 1002, 1003, 1004, 1005, 1006]);
    expect(out[1]![2]).toBe("treff 0");
    expect(cache.fetches.map((u) => new URL(u).searchParams.get("page"))).toEqual([null, "1", "2", "3"]);
    const again = klassSearch(env, "x");
    expect(isPromise(again)).toBe(false);
    expect(again).toEqual(out);
    expect(cache.fetches).toHaveLength(4);
  });

  test("stops at the cap, with a note row saying how many there are", async () => {
    const { env, cache } = setup(7, { searchPageSize: 2, searchMaxResults: 5 });
    const out = await resolved(klassSearch(env, "x"));
    expect(out).toHaveLength(1 + 5 + 1);
    expect(out[5]![0]).toBe(1004);
    expect(out[6]).toEqual([
      "Showing the first 5 of 7: KLASS.SEARCH returns at most 5 results. Use more specific words to see the rest.",
      "",
      "",
    ]);
    expect(cache.fetches).toHaveLength(3); // ceil(5 / 2) pages, never the 4th
  });

  test("exactly the cap: no note", async () => {
    const { env } = setup(4, { searchPageSize: 2, searchMaxResults: 4 });
    expect(await resolved(klassSearch(env, "x"))).toHaveLength(5);
  });

  test("without a page object, the next link alone leads on", async () => {
    const { env, cache } = setup(5, { searchPageSize: 2 }, { withPage: false });
    const out = await resolved(klassSearch(env, "x"));
    expect(out).toHaveLength(6);
    expect(cache.fetches).toHaveLength(3);
  });

  test("the page options are checked when the data access is built, naming the option", () => {
    expect(() => setup(1, { searchPageSize: 0 })).toThrow(/searchPageSize must be a whole number from 1 to 2000/);
    expect(() => setup(1, { searchMaxResults: 1.5 })).toThrow(/searchMaxResults/);
  });
});

import type { HttpClient, HttpGet, HttpResponse } from "../../../../src/core/http/types";
import { loadList } from "../../../../src/core/brreg/unitListLoader";
import { LIST_RESULT_WINDOW } from "../../../../src/core/brreg/lookupRules";
import { InvalidInputError } from "../../../../src/core/errors";

const BASE = "https://data.brreg.no/enhetsregisteret/api";

/**
 * A list endpoint that serves at most `cap` units a page whatever size is asked for, and answers
 * 400 (as the API does) to a page past the result window.
 */
function cappedList(cap: number): HttpClient & { asked: Array<{ page: number; size: number }> } {
  const asked: Array<{ page: number; size: number }> = [];
  return {
    asked,
    getJson<T>(request: HttpGet): Promise<HttpResponse<T>> {
      const url = new URL(request.url);
      const wanted = (url.searchParams.get("organisasjonsnummer") ?? "").split(",");
      const sizeAsked = Number(url.searchParams.get("size"));
      const page = Number(url.searchParams.get("page") ?? 0);
      asked.push({ page, size: sizeAsked });
      if ((page + 1) * sizeAsked > LIST_RESULT_WINDOW)
        return Promise.reject(new InvalidInputError("(page+1)*size kan ikke være større enn 10000", { api: "brreg" }));
      const size = Math.min(cap, sizeAsked);
      const units = wanted.slice(page * size, page * size + size).map((n) => ({ organisasjonsnummer: n, navn: n }));
      const body = {
        _embedded: { enheter: units },
        page: { size, totalElements: wanted.length, totalPages: Math.ceil(wanted.length / size), number: page },
      };
      return Promise.resolve({ status: 200, body: body as T, url: request.url, bytes: 100 * units.length });
    },
  };
}

function numbers(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(100_000_000 + i));
}

async function load(http: HttpClient, keys: readonly string[]) {
  return loadList(
    {
      http,
      url: (page, size) =>
        `${BASE}/enheter?size=${size}&organisasjonsnummer=${keys.join(",")}` + (page > 0 ? `&page=${page}` : ""),
      put: () => undefined,
    },
    "enheter",
    keys,
  );
}

describe("list look-ups page as the API allows", () => {
  it("goes on at the server's page size when it pages below the size asked for, and finds every key", async () => {
    const http = cappedList(300);
    const keys = numbers(2000);
    const found = await load(http, keys);
    expect(found.size).toBe(2000);
    expect(http.asked).toEqual([{ page: 0, size: 2000 }, ...[1, 2, 3, 4, 5, 6].map((page) => ({ page, size: 300 }))]);
  });

  it("never asks for a page past (page + 1) · size = 10,000: keys beyond it stay absent", async () => {
    const http = cappedList(3000);
    const keys = numbers(10_000);
    const found = await load(http, keys);
    expect(http.asked).toEqual([
      { page: 0, size: 10_000 },
      { page: 1, size: 3000 },
      { page: 2, size: 3000 },
    ]);
    expect(http.asked.every(({ page, size }) => (page + 1) * size <= LIST_RESULT_WINDOW)).toBe(true);
    expect(found.size).toBe(9000);
  });
});

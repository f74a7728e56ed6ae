import { createKlassData } from "../../../../src/core/klass";
import type { ResourceCache, ResourceRequest } from "../../../../src/core/cache/types";
import type { HttpClient } from "../../../../src/core/http/types";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { idFromLinks } from "../../../../src/core/klass/links";
import { klassBodies } from "../../../../src/core/klass/shapes";
import { toFamilyDetail } from "../../../../src/core/klass/versionDetail";
import { testEnv } from "../../../support/klassEnv";

/** What createKlassData asks the cache for: keys under `klass/<id>/`, URLs as the API documents them. */
function recorder() {
  const asked: ResourceRequest<unknown>[] = [];
  const cache = {
    get: (r: ResourceRequest<unknown>) => {
      asked.push(r);
      return Promise.resolve(r.transform ? r.transform({}) : {});
    },
  } as unknown as ResourceCache;
  const http = {} as HttpClient;
  return { asked, klass: createKlassData({ cache, http, baseUrl: "https://data.ssb.no/api/klass/v1/" }) };
}

test("keys are namespaced per classification so revalidation can refetch by prefix", async () => {
  const { asked, klass } = recorder();
  await klass.classification(131);
  await klass.versionCodes(131, "2024-01-01", "nb", false);
  await klass.versionCodes(131, "2026-01-01", "en", true);
  await klass.codesInRange(104, "2016-01-01", "2018-01-02", "nb");
  await klass.variantAt(6, "A*10", "2024-01-01", "nb");
  await klass.variantById(6, 1501, "nb");
  await klass.variantInRange(6, "A*10", "2007-01-01", undefined, "nb");
  await klass.correspondsAt(104, 131, "2016-01-01", "nb");
  await klass.changes(131, "2019-01-01", "2024-01-02");
  expect(asked.map((r) => r.key)).toEqual([
    "klass/131/meta",
    "klass/131/codesAt/2024-01-01/nb",
    "klass/131/codesAt/2026-01-01/en",
    "klass/104/codes/2016-01-01/2018-01-02/nb",
    "klass/6/variantAt/A*10/2024-01-01/nb",
    "klass/6/variants/1501/nb",
    "klass/6/variant/A*10/2007-01-01/open/nb",
    "klass/104/correspondsAt/131/2016-01-01/nb",
    "klass/131/changes/2019-01-01/2024-01-02",
  ]);
  expect(asked.map((r) => r.url)).toEqual([
    "https://data.ssb.no/api/klass/v1/classifications/131?includeFuture=true",
    "https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2024-01-01&language=nb",
    "https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2026-01-01&language=en&includeFuture=true",
    "https://data.ssb.no/api/klass/v1/classifications/104/codes?from=2016-01-01&to=2018-01-02&language=nb&includeFuture=true",
    "https://data.ssb.no/api/klass/v1/classifications/6/variantAt?variantName=A*10&date=2024-01-01&language=nb&includeFuture=true",
    "https://data.ssb.no/api/klass/v1/variants/1501?language=nb",
    "https://data.ssb.no/api/klass/v1/classifications/6/variant?variantName=A*10&from=2007-01-01&language=nb&includeFuture=true",
    "https://data.ssb.no/api/klass/v1/classifications/104/correspondsAt?targetClassificationId=131&date=2016-01-01&language=nb&includeFuture=true",
    "https://data.ssb.no/api/klass/v1/classifications/131/changes?from=2019-01-01&to=2024-01-02&includeFuture=true",
  ]);
  expect(asked.every((r) => r.api === "klass")).toBe(true);
});

test("a warm look-up reuses its request object (no URL built on the hot path)", () => {
  const { asked, klass } = recorder();
  void klass.versionCodes(131, "2024-01-01", "nb", false);
  void klass.versionCodes(131, "2024-01-01", "nb", false);
  expect(asked[0]).toBe(asked[1]);
});

test("every per-cell request is found again by its parts: the same object, no key or URL rebuilt", () => {
  const { asked, klass } = recorder();
  const calls = [
    () => klass.classification(131),
    () => klass.versionCodes(131, "2024-01-01", "nb", false),
    () => klass.codesInRange(131, "2016-01-01", undefined, "nb"),
    () => klass.variantInRange(6, "A*10", "2007-01-01", undefined, "nb"),
    () => klass.variantAt(6, "A*10", "2024-01-01", "nb"),
    () => klass.variantById(6, 1501, "nb"),
    () => klass.correspondsAt(104, 131, "2016-01-01", "nb"),
    () => klass.changes(131, "2019-01-01", "2024-01-02"),
  ];
  for (const call of calls) void call();
  for (const call of calls) void call();
  expect(asked).toHaveLength(16);
  for (let i = 0; i < 8; i++) expect(asked[i + 8]).toBe(asked[i]);
  // Parts that differ in any position are different requests.
  void klass.versionCodes(131, "2024-01-01", "nb", true);
  void klass.codesInRange(131, "2016-01-01", "2020-01-01", "nb");
  expect(asked[16]).not.toBe(asked[1]);
  expect(asked[17]!.url).toMatch(/to=2020-01-01/);
});

test("transforms pick the list out of each body; search ids come from the self link when absent", () => {
  const { asked, klass } = recorder();
  void klass.search("arena", false);
  const hits = asked[0]!.transform!({
    _embedded: {
      searchResults: [{ name: "X", snippet: "s", _links: { self: { href: "https://x/classifications/31" } } }],
    },
  });
  // A search page: its hits, and whether another page follows (no `page` object, no next link: none).
  expect(hits).toEqual({
    results: [{ name: "X", id: 31, snippet: "s", searchScore: undefined }],
    totalElements: undefined,
    more: false,
  });
  void klass.versionCodes(1, "2020-01-01", "nb", false);
  expect(asked[1]!.transform!({ codes: [{ code: "01" }] })).toEqual([{ code: "01" }]);
  expect(asked[1]!.transform!({})).toEqual([]);
});

describe("families without ids (the real answer names each family only in its self link)", () => {
  const recordedFamilies = (): unknown =>
    JSON.parse(
      readFileSync(join(__dirname, "../../../fixtures/recorded/klass/classificationfamilies.json"), "utf8"),
    ) as unknown;

  test("the recorded list has no ids, and the families read from it have the ids of their links", async () => {
    const body = recordedFamilies() as { _embedded: { classificationFamilies: Array<Record<string, unknown>> } };
    expect(body._embedded.classificationFamilies.some((f) => "id" in f)).toBe(false);
    const families = await testEnv().klass.families("nb");
    expect(families.length).toBe(body._embedded.classificationFamilies.length);
    expect(families[0]).toEqual({ name: "Arbeid og lønn", id: 1, numberOfClassifications: 1 });
    expect(families.find((f) => f.name === "Befolkning")?.id).toBe(3);
    expect(families.every((f) => Number.isInteger(f.id) && f.id > 0)).toBe(true);
  });

  test("a family's own page without an id takes it from its link too", () => {
    expect(
      toFamilyDetail({
        name: "Region",
        _links: { self: { href: "https://data.ssb.no/api/klass/v1/classificationfamilies/15" } },
        classifications: [
          { name: "Kommuner", _links: { self: { href: "https://data.ssb.no/api/klass/v1/classifications/131" } } },
        ],
      }),
    ).toEqual({ id: 15, name: "Region", classifications: [{ id: 131, name: "Kommuner" }] });
  });

  test("a family named neither by id nor by link is an unexpected body", () => {
    expect(klassBodies.families({ _embedded: { classificationFamilies: [{ name: "Befolkning" }] } })).toBe(false);
    expect(
      klassBodies.families({
        _embedded: {
          classificationFamilies: [{ name: "B", _links: { self: { href: "https://x/classifications/3" } } }],
        },
      }),
    ).toBe(false);
    expect(klassBodies.families(recordedFamilies())).toBe(true);
  });

  test("idFromLinks prefers the id and reads only the named resource", () => {
    expect(
      idFromLinks(
        { id: 7, _links: { self: { href: "https://x/classificationfamilies/3" } } },
        "classificationfamilies",
      ),
    ).toBe(7);
    expect(
      idFromLinks(
        { _links: { self: { href: "https://x/classificationfamilies/3?language=nb" } } },
        "classificationfamilies",
      ),
    ).toBe(3);
    expect(
      idFromLinks({ _links: { self: { href: "https://x/classificationfamilies/3" } } }, "classifications"),
    ).toBeNaN();
    expect(idFromLinks({}, "classifications")).toBeNaN();
  });
});

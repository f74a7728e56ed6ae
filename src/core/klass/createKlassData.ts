import type { ResourceCache, ResourceRequest } from "../cache/types";
import type { HttpClient } from "../http/types";
import type { KlassData } from "./klassData";
import { RequestTable } from "./requestTable";
import type {
  KlassClassification,
  KlassCode,
  KlassCodeChange,
  KlassCorrespondenceItem,
  KlassCorrespondenceTable,
  KlassFamily,
  KlassRangeCode,
  KlassSearchResult,
  KlassSearchResults,
  KlassVariant,
} from "./types";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { klassKeys } from "../cacheKeys";
import { queryString, urlId, type UrlValue } from "../http/urlParams";
import { toFamilyDetail, toVersionDetail } from "./versionDetail";
import { idFromLinks, type Linked } from "./links";
import { klassBodies } from "./shapes";

/** What the KLASS data access is built over (wired by createServices). */
export interface KlassDataDeps {
  readonly cache: ResourceCache;
  /** Kept for callers that need an uncached GET; every KLASS resource here goes through the cache. */
  readonly http: HttpClient;
  /** e.g. `https://data.ssb.no/api/klass/v1` (no trailing slash needed). */
  readonly baseUrl: string;
  /** The most search hits fetched (KLASS.SEARCH's cap); default {@link KLASS_SEARCH_MAX_RESULTS}. */
  readonly searchMaxResults?: number;
  /** Hits asked for per search page; default and most {@link KLASS_SEARCH_PAGE_SIZE} (tests use 2 to force paging). */
  readonly searchPageSize?: number;
}

/** The most hits a search fetches: KLASS.SEARCH's documented cap. */
export const KLASS_SEARCH_MAX_RESULTS = 500;
/**
 * The largest page KLASS accepts is 2000 (Spring Data's default cap, as the replica enforces);
 * asking for the cap itself gets every search in one request and transfers no hit we would drop.
 */
const KLASS_SEARCH_PAGE_SIZE = 2000;

const MAX_REMEMBERED_REQUESTS = 10_000;

/** Search answers change with the catalogue, not with one classification: keep them an hour. */
const SEARCH_TTL_MS = 60 * 60 * 1000;

/**
 * A query string, each value checked to be no NaN, Infinity or "undefined" (../http/urlParams.ts);
 * the search text and variant names are what the user typed, so they are only encoded.
 */
function query(params: Readonly<Record<string, UrlValue>>): string {
  return queryString(params, ["query", "variantName"]);
}

function field<T>(name: string): (body: unknown) => T {
  return (body) => {
    const value = (body as Record<string, unknown> | null)?.[name];
    return (Array.isArray(value) ? value : []) as T;
  };
}

function embedded<T>(name: string): (body: unknown) => T {
  return (body) => field<T>(name)((body as { _embedded?: unknown } | null)?._embedded ?? {});
}

/** Families with their ids; real answers give a family's id only in its `_links.self.href` (recorded). */
function toFamilies(body: unknown): readonly KlassFamily[] {
  return embedded<Array<Linked & { name?: unknown; numberOfClassifications?: unknown }>>("classificationFamilies")(
    body,
  ).map((f) => ({
    name: String(f.name ?? ""),
    id: idFromLinks(f, "classificationfamilies"),
    ...(typeof f.numberOfClassifications === "number" ? { numberOfClassifications: f.numberOfClassifications } : {}),
  }));
}

/** Search hits carry their id only in `_links.self.href` in some answers (recorded 2022). */
function searchResults(body: unknown): readonly KlassSearchResult[] {
  const hits = embedded<Array<Record<string, unknown>>>("searchResults")(body);
  return hits.map((hit) => {
    const id = idFromLinks(hit as Linked, "classifications");
    return {
      name: String(hit.name ?? ""),
      id,
      snippet: String(hit.snippet ?? ""),
      searchScore: hit.searchScore as number,
    };
  });
}

/** One page of a search: its hits and where it stands (`page`, `_links.next`). */
interface SearchPage {
  readonly results: readonly KlassSearchResult[];
  /** `page.totalElements`, when the answer has a `page` object. */
  readonly totalElements?: number;
  /** True when a later page exists (a `next` link, or `page.number + 1 < page.totalPages`). */
  readonly more: boolean;
}

function searchPage(body: unknown): SearchPage {
  const b = body as {
    page?: { totalElements?: unknown; totalPages?: unknown; number?: unknown };
    _links?: { next?: unknown };
  } | null;
  const info = b?.page;
  const number = typeof info?.number === "number" ? info.number : 0;
  const pages = typeof info?.totalPages === "number" ? info.totalPages : 0;
  return {
    results: searchResults(body),
    totalElements: typeof info?.totalElements === "number" ? info.totalElements : undefined,
    more: Boolean(b?._links?.next) || number + 1 < pages,
  };
}

function wholeOption(name: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new RangeError(`${name} must be a whole number from 1 to ${max}, got ${value}`);
  return value;
}

/** Builds the KLASS data access over the shared resource cache (see ./data.ts). */
export function createKlassData(deps: KlassDataDeps): KlassData {
  const base = deps.baseUrl.replace(/\/+$/, "");
  const cache = deps.cache;
  const get = <T>(req: ResourceRequest<T>) => cache.get<T>(req);
  const searchMax = wholeOption("searchMaxResults", deps.searchMaxResults, KLASS_SEARCH_MAX_RESULTS, 100_000);
  // Never a page larger than the cap: the first page then holds every hit we keep.
  const searchSize = Math.min(
    wholeOption("searchPageSize", deps.searchPageSize, KLASS_SEARCH_PAGE_SIZE, KLASS_SEARCH_PAGE_SIZE),
    searchMax,
  );
  const cls = (id: number) => `${base}/classifications/${urlId("classification", id)}`;
  // One table per kind of request: the request objects behind every per-cell look-up are found by
  // their parts (numbers, the dates and languages the caller already holds), so a warm call
  // builds no key, no URL and no closure (those were most of a warm call's time).
  const meta = new RequestTable(MAX_REMEMBERED_REQUESTS);
  const codesAt = new RequestTable(MAX_REMEMBERED_REQUESTS);
  const ranges = new RequestTable(MAX_REMEMBERED_REQUESTS);
  const variantRanges = new RequestTable(MAX_REMEMBERED_REQUESTS);
  const variantsAt = new RequestTable(MAX_REMEMBERED_REQUESTS);
  const variantsById = new RequestTable(MAX_REMEMBERED_REQUESTS);
  const correspondences = new RequestTable(MAX_REMEMBERED_REQUESTS);
  const changeSets = new RequestTable(MAX_REMEMBERED_REQUESTS);

  // Each page is its own cached resource (keys under klass/search/, dropped together on changes).
  const searchPageAt = (text: string, includeCodelists: boolean, page: number) =>
    get<SearchPage>({
      key: klassKeys.search(text, includeCodelists, searchSize, page),
      api: "klass",
      url: `${base}/classifications/search${query({ query: text, includeCodelists: includeCodelists || undefined, page: page || undefined, size: searchSize })}`,
      ttlMs: SEARCH_TTL_MS,
      shape: klassBodies.search,
      transform: searchPage,
    });

  /** Page after page (each needs the one before's `more`) until the cap or the last page. */
  const searchAll = (text: string, includeCodelists: boolean): MaybePromise<KlassSearchResults> => {
    const from = (page: number, before: readonly KlassSearchResult[]): MaybePromise<KlassSearchResults> =>
      mapMaybe(searchPageAt(text, includeCodelists, page), (answer) => {
        const hits = [...before, ...answer.results];
        // An empty page ends the walk too: a wrong `more` must not loop.
        if (hits.length < searchMax && answer.more && answer.results.length > 0) return from(page + 1, hits);
        const total = Math.max(answer.totalElements ?? 0, hits.length);
        const truncated = total > searchMax || (hits.length >= searchMax && answer.more);
        return { results: hits.slice(0, searchMax), totalElements: total, limit: searchMax, truncated };
      });
    return from(0, []);
  };

  return {
    classification: (id) =>
      get(
        meta.get<KlassClassification>(id) ??
          meta.set<KlassClassification>(id, undefined, undefined, undefined, undefined, {
            key: klassKeys.meta(id),
            api: "klass",
            url: `${cls(id)}${query({ includeFuture: true })}`,
            shape: klassBodies.classification,
          }),
      ),

    versionCodes: (id, validFrom, language, future) =>
      get(
        codesAt.get<readonly KlassCode[]>(validFrom, id, language, future) ??
          codesAt.set<readonly KlassCode[]>(validFrom, id, language, future, undefined, {
            key: klassKeys.codesAt(id, validFrom, language),
            api: "klass",
            url: `${cls(id)}/codesAt${query({ date: validFrom, language, includeFuture: future ? true : undefined })}`,
            shape: klassBodies.codesAt,
            transform: field("codes"),
          }),
      ),

    codesInRange: (id, from, to, language) =>
      get(
        ranges.get<readonly KlassRangeCode[]>(from, id, to, language) ??
          ranges.set<readonly KlassRangeCode[]>(from, id, to, language, undefined, {
            key: klassKeys.codes(id, from, to, language),
            api: "klass",
            url: `${cls(id)}/codes${query({ from, to, language, includeFuture: true })}`,
            shape: klassBodies.codesInRange,
            transform: field("codes"),
          }),
      ),

    variantInRange: (id, variantName, from, to, language) =>
      get(
        variantRanges.get<readonly KlassRangeCode[]>(from, id, variantName, to, language) ??
          variantRanges.set<readonly KlassRangeCode[]>(from, id, variantName, to, language, {
            key: klassKeys.variant(id, variantName, from, to, language),
            api: "klass",
            url: `${cls(id)}/variant${query({ variantName, from, to, language, includeFuture: true })}`,
            shape: klassBodies.codesInRange,
            transform: field("codes"),
          }),
      ),

    variantAt: (id, variantName, date, language) =>
      get(
        variantsAt.get<readonly KlassCode[]>(date, id, variantName, language) ??
          variantsAt.set<readonly KlassCode[]>(date, id, variantName, language, undefined, {
            key: klassKeys.variantAt(id, variantName, date, language),
            api: "klass",
            url: `${cls(id)}/variantAt${query({ variantName, date, language, includeFuture: true })}`,
            shape: klassBodies.codesAt,
            transform: field("codes"),
          }),
      ),

    variantById: (id, variantId, language) =>
      get(
        variantsById.get<KlassVariant>(variantId, id, language) ??
          variantsById.set<KlassVariant>(variantId, id, language, undefined, undefined, {
            key: klassKeys.variantById(id, variantId, language),
            api: "klass",
            url: `${base}/variants/${urlId("variant", variantId)}${query({ language })}`,
            shape: klassBodies.variant,
          }),
      ),

    correspondsAt: (source, target, date, language) =>
      get(
        correspondences.get<readonly KlassCorrespondenceItem[]>(date, source, target, language) ??
          correspondences.set<readonly KlassCorrespondenceItem[]>(date, source, target, language, undefined, {
            key: klassKeys.correspondsAt(source, target, date, language),
            api: "klass",
            url: `${cls(source)}/correspondsAt${query({ targetClassificationId: target, date, language, includeFuture: true })}`,
            shape: klassBodies.correspondsAt,
            transform: field("correspondenceItems"),
          }),
      ),

    changes: (id, from, to) =>
      get(
        changeSets.get<readonly KlassCodeChange[]>(from, id, to) ??
          changeSets.set<readonly KlassCodeChange[]>(from, id, to, undefined, undefined, {
            key: klassKeys.changes(id, from, to),
            api: "klass",
            url: `${cls(id)}/changes${query({ from, to, includeFuture: true })}`,
            shape: klassBodies.changes,
            transform: field("codeChanges"),
          }),
      ),

    search: (text, includeCodelists) => mapMaybe(searchAll(text, includeCodelists), (found) => found.results),

    searchResults: (text, includeCodelists) => searchAll(text, includeCodelists),

    families: (language) =>
      get<readonly KlassFamily[]>({
        key: klassKeys.families(language),
        api: "klass",
        url: `${base}/classificationfamilies${query({ language })}`,
        shape: klassBodies.families,
        transform: toFamilies,
      }),

    correspondenceTable: (tableId, language) =>
      get<KlassCorrespondenceTable>({
        key: klassKeys.correspondenceTable(tableId, language),
        api: "klass",
        url: `${base}/correspondencetables/${urlId("correspondence table", tableId)}${query({ language })}`,
        shape: klassBodies.correspondenceTable,
      }),

    family: (familyId, language, includeCodelists) =>
      mapMaybe(
        get<unknown>({
          key: klassKeys.family(familyId, language, includeCodelists),
          api: "klass",
          url: `${base}/classificationfamilies/${urlId("family", familyId)}${query({ language, includeCodelists })}`,
          shape: klassBodies.family,
          transform: toFamilyDetail,
        }),
        toFamilyDetail,
      ),

    versionDetail: (classificationId, versionId, language) =>
      mapMaybe(
        get<unknown>({
          key: klassKeys.version(classificationId, versionId, language),
          api: "klass",
          url: `${base}/versions/${urlId("version", versionId)}${query({ language })}`,
          shape: klassBodies.version,
          transform: toVersionDetail,
        }),
        toVersionDetail,
      ),
  };
}

import type { MaybePromise } from "../maybePromise";
import type {
  KlassClassification,
  KlassCode,
  KlassCodeChange,
  KlassCorrespondenceItem,
  KlassCorrespondenceTable,
  KlassFamily,
  KlassLanguage,
  KlassRangeCode,
  KlassSearchResult,
  KlassSearchResults,
  KlassVariant,
} from "./types";
import type { KlassFamilyDetail, KlassVersionDetail } from "./versionDetail";

/**
 * Data access to KLASS over the fetch layer (implemented in ./createKlassData.ts).
 *
 * Every method is one cached resource: a memory hit answers synchronously, a miss with a promise.
 * Callers (the domain modules in this folder) align dates to versions before asking, so a whole
 * column of look-ups costs one request per (classification, version, language) — never one per
 * cell. Keys are `klass/<classificationId>/…` so revalidation can refetch by prefix.
 */
export interface KlassData {
  /** `classifications/{id}?includeFuture=true`: name, description, versions (future ones too). */
  classification(id: number): MaybePromise<KlassClassification>;
  /**
   * The whole code list of one version: `codesAt?date=<versionValidFrom>` (with includeFuture when
   * the version starts after `today`). Cached as `klass/<id>/codesAt/<versionValidFrom>/<language>`.
   */
  versionCodes(
    id: number,
    versionValidFrom: string,
    language: KlassLanguage,
    future: boolean,
  ): MaybePromise<readonly KlassCode[]>;
  /** `codes?from&to` (to exclusive, omitted = open): one request for a whole range of dates. */
  codesInRange(
    id: number,
    from: string,
    to: string | undefined,
    language: KlassLanguage,
  ): MaybePromise<readonly KlassRangeCode[]>;
  /**
   * `variant?variantName&from&to`: a variant named by its name, over one classification version's
   * span (to exclusive, omitted = open), so every date within that version shares one request.
   */
  variantInRange(
    id: number,
    variantName: string,
    from: string,
    to: string | undefined,
    language: KlassLanguage,
  ): MaybePromise<readonly KlassRangeCode[]>;
  /** `variantAt?variantName&date` (a variant named by its name, at one date). */
  variantAt(id: number, variantName: string, date: string, language: KlassLanguage): MaybePromise<readonly KlassCode[]>;
  /** `variants/{variantId}` (a variant named by its id); cached under the classification's prefix. */
  variantById(id: number, variantId: number, language: KlassLanguage): MaybePromise<KlassVariant>;
  /** `correspondsAt?targetClassificationId&date` from `source`; NotFoundError when no table exists. */
  correspondsAt(
    source: number,
    target: number,
    date: string,
    language: KlassLanguage,
  ): MaybePromise<readonly KlassCorrespondenceItem[]>;
  /** `changes?from&to` (to exclusive). */
  changes(id: number, from: string, to: string): MaybePromise<readonly KlassCodeChange[]>;
  /**
   * `classifications/search?query&includeCodelists&size`, following the pages (`page`,
   * `_links.next`) up to the limit (KLASS_SEARCH_MAX_RESULTS): the hits, best first. Each page is
   * one cached resource (an hour), so a repeated search costs no request.
   */
  search(query: string, includeCodelists: boolean): MaybePromise<readonly KlassSearchResult[]>;
  /**
   * The same search with the total KLASS reports and whether the limit cut the list. Optional so
   * that stand-ins which only answer `search` (test fakes) still fit; KLASS.SEARCH then adds no note.
   */
  searchResults?(query: string, includeCodelists: boolean): MaybePromise<KlassSearchResults>;
  /** `correspondencetables/{id}?language`: one correspondence table by its id (no feed; its own ttl). */
  correspondenceTable(tableId: number, language: KlassLanguage): MaybePromise<KlassCorrespondenceTable>;
  /** `classificationfamilies?language`. */
  families(language: KlassLanguage): MaybePromise<readonly KlassFamily[]>;
  /** `classificationfamilies/{id}?includeCodelists`: the classifications of one family (no feed; its own ttl). */
  family(familyId: number, language: KlassLanguage, includeCodelists: boolean): MaybePromise<KlassFamilyDetail>;
  /**
   * `versions/{versionId}`: a version's levels, variants and correspondence tables, cached under
   * its classification so revalidation of the classification refreshes it too.
   */
  versionDetail(classificationId: number, versionId: number, language: KlassLanguage): MaybePromise<KlassVersionDetail>;
}

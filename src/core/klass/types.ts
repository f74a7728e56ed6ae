/**
 * KLASS wire shapes (JSON, `Accept: application/json`), as the real API sends them — see
 * test/fixtures/recorded/README.md: `level` is a string, codes keep their leading zeros,
 * `parentCode` is null at the top, `shortName`/`presentationName`/`notes` are "" when empty,
 * `codes` (range) items have `validFrom`/`validTo` null beside the `…InRequestedRange` dates,
 * `correspondsAt` items have no validity, `changes` use null for the missing side.
 */

/** A version as listed in `classifications/{id}` (validTo absent while current). */
export interface KlassVersionRef {
  readonly name: string;
  readonly id: number;
  readonly validFrom: string;
  readonly validTo?: string | null;
  readonly lastModified?: string;
  readonly published?: readonly string[];
}

/** `classifications/{id}` (fields we read; the rest is kept as received). */
export interface KlassClassification {
  readonly name: string;
  readonly id: number;
  readonly classificationType?: string;
  readonly lastModified?: string;
  readonly description?: string;
  readonly primaryLanguage?: string;
  readonly copyrighted?: boolean;
  readonly includeShortName?: boolean;
  readonly includeNotes?: boolean;
  readonly contactPerson?: {
    readonly name?: string | null;
    readonly email?: string | null;
    readonly phone?: string | null;
  } | null;
  readonly owningSection?: string | null;
  readonly statisticalUnits?: readonly unknown[];
  readonly versions: readonly KlassVersionRef[];
}

/** One item of `codesAt` / `variantAt` (and the `codes`/`variant` range answers, below). */
export interface KlassCode {
  readonly code: string;
  readonly parentCode: string | null;
  readonly level: string;
  readonly name: string;
  readonly shortName?: string | null;
  readonly presentationName?: string | null;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly notes?: string | null;
}

/** One item of `codes?from&to` (the same code may appear twice, with different ranges). */
export interface KlassRangeCode extends KlassCode {
  readonly validFromInRequestedRange: string;
  readonly validToInRequestedRange: string;
}

/** One item of `corresponds` (with validity) or `correspondsAt` (without). */
export interface KlassCorrespondenceItem {
  readonly sourceCode: string;
  readonly sourceName: string;
  readonly sourceShortName?: string | null;
  readonly targetCode: string;
  readonly targetName: string;
  readonly targetShortName?: string | null;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}

/** One item of `changes` (null on the side that does not exist: added or removed codes). */
export interface KlassCodeChange {
  readonly oldCode: string | null;
  readonly oldName: string | null;
  readonly oldShortName?: string | null;
  readonly newCode: string | null;
  readonly newName: string | null;
  readonly newShortName?: string | null;
  readonly changeOccurred: string;
}

/** `variants/{id}`: items use "" (not null) for no parent, and null short names. */
export interface KlassVariant {
  readonly name: string;
  readonly id: number;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly published?: readonly string[];
  readonly classificationItems: readonly KlassCode[];
}

/** One hit of `classifications/search` (HAL; the snippet holds HTML such as `<strong>`). */
export interface KlassSearchResult {
  readonly name: string;
  readonly id: number;
  readonly snippet: string;
  readonly searchScore?: number;
}

/** A search's hits over every page fetched, up to the limit (see KlassData.searchResults). */
export interface KlassSearchResults {
  readonly results: readonly KlassSearchResult[];
  /** All hits KLASS has for the query (`page.totalElements`); at least `results.length`. */
  readonly totalElements: number;
  /** The most hits fetched (KLASS_SEARCH_MAX_RESULTS unless configured). */
  readonly limit: number;
  /** True when KLASS has more hits than `results` holds (the limit cut the list). */
  readonly truncated: boolean;
}

/** `correspondencetables/{id}`: a correspondence table by its id (the fields the add-in reads). */
export interface KlassCorrespondenceTable {
  readonly id: number;
  readonly name: string;
  /** The source and target versions' names. */
  readonly source?: string | null;
  readonly target?: string | null;
  readonly correspondenceMaps: readonly {
    readonly sourceCode?: string | null;
    readonly sourceName?: string | null;
    readonly targetCode?: string | null;
    readonly targetName?: string | null;
  }[];
}

/** One entry of `classificationfamilies`. */
export interface KlassFamily {
  readonly name: string;
  readonly id: number;
  readonly numberOfClassifications?: number;
}

/** Languages KLASS publishes in. */
export type KlassLanguage = "nb" | "nn" | "en";

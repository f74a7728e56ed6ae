/**
 * Every cache key the product uses, built and read here only. The cache, revalidation and the
 * KLASS and BRREG domains share these shapes: revalidation refetches by prefix and by the parts
 * of a key, so a key built one way and parsed another would silently never be refreshed.
 *
 * - KLASS: `klass/<classificationId>/<kind>/…` for anything tied to one classification (the
 *   changedSince feed covers them), `klass/search/…`, `klass/families/…` and
 *   `klass/correspondencetables/…` (a table known by its own id) for the rest.
 * - BRREG: `brreg/enhet/<orgnr>`, `brreg/underenhet/<orgnr>`, `brreg/roller/<orgnr>`,
 *   `brreg/orgform/all`, `brreg/search/<register>/<the sorted query text>`,
 *   `brreg/changes/<register>/<since, an ISO instant>` (a change feed's window, BRREG.ENDRINGER).
 * - The store also holds `sync/…` records, which are not cache entries.
 */
import type { BrregRegister } from "./brreg/types";

export const KLASS_KEY_PREFIX = "klass/";
const BRREG_KEY_PREFIX = "brreg/";

/** `to` of an open-ended range, as it stands in a key. */
const OPEN = "open";

/** Keys of KLASS resources. Names and texts that may hold `/` are URI-encoded. */
export const klassKeys = {
  meta: (id: number | string) => `klass/${id}/meta`,
  codesAt: (id: number, versionValidFrom: string, language: string) =>
    `klass/${id}/codesAt/${versionValidFrom}/${language}`,
  codes: (id: number, from: string, to: string | undefined, language: string) =>
    `klass/${id}/codes/${from}/${to ?? OPEN}/${language}`,
  variant: (id: number, name: string, from: string, to: string | undefined, language: string) =>
    `klass/${id}/variant/${encodeURIComponent(name)}/${from}/${to ?? OPEN}/${language}`,
  variantAt: (id: number, name: string, date: string, language: string) =>
    `klass/${id}/variantAt/${encodeURIComponent(name)}/${date}/${language}`,
  variantById: (classificationId: number, variantId: number, language: string) =>
    `klass/${classificationId}/variants/${variantId}/${language}`,
  correspondsAt: (source: number, target: number, date: string, language: string) =>
    `klass/${source}/correspondsAt/${target}/${date}/${language}`,
  changes: (id: number, from: string, to: string) => `klass/${id}/changes/${from}/${to}`,
  version: (classificationId: number, versionId: number, language: string) =>
    `klass/${classificationId}/version/${versionId}/${language}`,
  families: (language: string) => `klass/families/${language}`,
  family: (familyId: number, language: string, includeCodelists: boolean) =>
    `klass/families/${familyId}/${language}/${includeCodelists ? "all" : "classifications"}`,
  /** `correspondencetables/{id}`: known by its own id only (no classification id: no feed, its own ttl). */
  correspondenceTable: (tableId: number, language: string) => `klass/correspondencetables/${tableId}/${language}`,
  search: (text: string, includeCodelists: boolean, size: number, page: number) =>
    `klass/search/${includeCodelists ? "all" : "classifications"}/${encodeURIComponent(text)}/${size}/${page}`,
} as const;

/** A KLASS key read back: the classification id it belongs to, its kind and the parts after the kind. */
interface KlassKeyParts {
  readonly id: string;
  readonly kind: string;
  readonly rest: readonly string[];
}

/** The parts of a `klass/<id>/<kind>/…` key; undefined for keys not tied to one classification. */
export function parseKlassKey(key: string): KlassKeyParts | undefined {
  if (!/^klass\/\d+\//.test(key)) return undefined;
  const [, id = "", kind = "", ...rest] = key.split("/");
  return { id, kind, rest };
}

/** `to` as it stands in a key, back to a range end (`open` → undefined). */
export function rangeEndOf(part: string | undefined): string | undefined {
  return part === OPEN ? undefined : part;
}

/** Cache key prefix of each register's units. */
export const UNIT_KEY_PREFIX: Readonly<Record<BrregRegister, string>> = {
  enheter: "brreg/enhet/",
  underenheter: "brreg/underenhet/",
};
export const ROLLER_KEY_PREFIX = "brreg/roller/";
export const BRREG_SEARCH_KEY_PREFIX = "brreg/search/";
export const ORGFORM_KEY = "brreg/orgform/all";
export const BRREG_CHANGES_KEY_PREFIX = "brreg/changes/";

/** The cache key of one register's change feed from `since` (an ISO instant) up to when it was read. */
export function brregChangesKey(register: BrregRegister, since: string): string {
  return `${BRREG_CHANGES_KEY_PREFIX}${register}/${since}`;
}

/**
 * The cache key of one Enhetsregisteret search page: the register and the full query text (sorted
 * parameters), never a hash of it — two different searches can never share a key.
 */
export function brregSearchKey(register: BrregRegister, params: Readonly<Record<string, string>>): string {
  const sorted = Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${BRREG_SEARCH_KEY_PREFIX}${register}/${new URLSearchParams(sorted).toString()}`;
}

/**
 * Keys a change feed covers: units (Enhetsregisteret's `oppdateringer/*`) and anything under one
 * classification id (KLASS's `changedSince`, including correspondences keyed under the source).
 * Roles, organisasjonsformer, searches, families and correspondence tables by id have no feed;
 * they keep their own ttl.
 */
export function coveredByFeed(key: string): boolean {
  return (
    key.startsWith(UNIT_KEY_PREFIX.enheter) ||
    key.startsWith(UNIT_KEY_PREFIX.underenheter) ||
    parseKlassKey(key) !== undefined
  );
}

/** Keys of cached resources (the store also holds `sync/…` records, which are not cache entries). */
export function isCacheKey(key: string): boolean {
  return key.startsWith(KLASS_KEY_PREFIX) || key.startsWith(BRREG_KEY_PREFIX);
}

/**
 * Cache keys built once per number: a warm look-up must not allocate a key string per cell.
 * Bounded by clearing, which only costs re-building strings.
 */
export class KeyMemo {
  readonly #prefix: string;
  #keys = new Map<string, string>();
  constructor(prefix: string) {
    this.#prefix = prefix;
  }
  /** `prefix + orgnr`, the same string object each time. */
  key(orgnr: string): string {
    let key = this.#keys.get(orgnr);
    if (key === undefined) {
      if (this.#keys.size >= 250_000) this.#keys = new Map();
      key = this.#prefix + orgnr;
      this.#keys.set(orgnr, key);
    }
    return key;
  }
}

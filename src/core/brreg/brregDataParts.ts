/**
 * The pieces of ./brregData.ts that hold no state: cache keys, URLs, answer shapes and the TTLs of
 * what no change feed covers.
 */
import { shortHash } from "../cache/shortHash";
import type { BrregOrganisasjonsform, BrregRegister, BrregRollegruppe, BrregSearchPage, BrregUnit, UnitLookup } from "./types";

/** Cache key prefix per register. */
export const KEY_PREFIX: Readonly<Record<BrregRegister, string>> = { enheter: "brreg/enhet/", underenheter: "brreg/underenhet/" };
/** Prefix of cached roles (no feed covers them). */
export const ROLLER_PREFIX = "brreg/roller/";
/** Both registers, in the order a number is looked for. */
export const REGISTERS: readonly BrregRegister[] = ["enheter", "underenheter"];
/** Organisasjonsformer change rarely and no feed covers them: a week. */
export const ORGFORM_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** "Not registered" is remembered this long; revalidation does not extend it (the feed only reports units). */
export const NOT_REGISTERED_TTL_MS = 60 * 60 * 1000;
/** Search pages (SOK, UNDERENHETER) are remembered this long, never extended. */
export const SEARCH_TTL_MS = 60 * 60 * 1000;
/** Most extra pages one list request may need when the server pages below the size asked for. */
export const MAX_LIST_PAGES = 100;

const EMPTY_PAGE = { size: 0, totalElements: 0, totalPages: 0, number: 0 };

/** A list or search answer. */
export interface ListBody {
  readonly _embedded?: Partial<Record<BrregRegister, BrregUnit[]>>;
  readonly page?: BrregSearchPage["page"];
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

/** Found, or deleted (a `slettedato`). */
export function lookupOf(register: BrregRegister, unit: BrregUnit): UnitLookup {
  return unit.slettedato ? { state: "deleted", register, unit } : { state: "found", register, unit };
}

/** The cache key of one search page: the register and a hash of its sorted parameters. */
export function searchKey(register: BrregRegister, params: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toString();
  return `brreg/search/${register}/${shortHash(query)}-${query.length}`;
}

/** A search answer as a page; an empty search has no `_embedded` at all (recorded fixtures). */
export function searchPage(register: BrregRegister): (body: unknown) => BrregSearchPage {
  return (body) => {
    const list = body as ListBody | null;
    return { units: list?._embedded?.[register] ?? [], page: list?.page ?? EMPTY_PAGE };
  };
}

/** The role groups of a `roller` answer (empty when it has none). */
export const rollegrupper = (body: unknown): readonly BrregRollegruppe[] =>
  ((body as { rollegrupper?: BrregRollegruppe[] } | null)?.rollegrupper ?? []);
/** The forms of an `organisasjonsformer` answer. */
export const organisasjonsformer = (body: unknown): readonly BrregOrganisasjonsform[] =>
  ((body as { _embedded?: { organisasjonsformer?: BrregOrganisasjonsform[] } } | null)?._embedded?.organisasjonsformer ?? []);

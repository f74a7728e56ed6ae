/**
 * Enhetsregisteret answers read into the domain: list and search pages, roles, organisasjonsformer.
 */
import type {
  BrregOrganisasjonsform,
  BrregRegister,
  BrregRollegruppe,
  BrregSearchPage,
  BrregUnit,
  UnitLookup,
} from "./types";

const EMPTY_PAGE = { size: 0, totalElements: 0, totalPages: 0, number: 0 };

/** A list or search answer. */
export interface ListBody {
  readonly _embedded?: Partial<Record<BrregRegister, BrregUnit[]>>;
  readonly page?: BrregSearchPage["page"];
}

/** Found, or deleted (a `slettedato`). */
export function lookupOf(register: BrregRegister, unit: BrregUnit): UnitLookup {
  return unit.slettedato ? { state: "deleted", register, unit } : { state: "found", register, unit };
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
  (body as { rollegrupper?: BrregRollegruppe[] } | null)?.rollegrupper ?? [];
/** The forms of an `organisasjonsformer` answer. */
export const organisasjonsformer = (body: unknown): readonly BrregOrganisasjonsform[] =>
  (body as { _embedded?: { organisasjonsformer?: BrregOrganisasjonsform[] } } | null)?._embedded?.organisasjonsformer ??
  [];

import type { MaybePromise } from "../maybePromise";
import type { BrregOrganisasjonsform, BrregRegister, BrregRollegruppe, BrregSearchPage, UnitLookup } from "./types";

/**
 * Data access to Enhetsregisteret over the fetch layer (implemented in ./brregData.ts).
 *
 * `unit` is the batched path: every number asked for within one batch window becomes
 * `enheter?organisasjonsnummer=a,b,…` list requests, then `underenheter?organisasjonsnummer=…`
 * for the misses, then single look-ups for what is still missing (deleted, 410, 404) when a list
 * request had few such numbers (see SINGLE_CHECKS_PER_BATCH in ./lookupRules.ts).
 * Numbers must already be normalised to 9 digits and pass mod-11 (see ./orgnr.ts).
 */
export interface BrregData {
  /** Any register (hovedenhet first, then underenhet). Cache hit: synchronous. */
  unit(orgnr: string): MaybePromise<UnitLookup>;
  /** Only `register` (BRREG.UNDERENHET asks for underenheter only). */
  unitIn(register: BrregRegister, orgnr: string): MaybePromise<UnitLookup>;
  /** `enheter/{orgnr}/roller`; NotFoundError when the unit has no roles resource. */
  roller(orgnr: string): MaybePromise<readonly BrregRollegruppe[]>;
  /** One page of a search; `params` are the API's own query parameters (validated by the caller). */
  search(register: BrregRegister, params: Readonly<Record<string, string>>): Promise<BrregSearchPage>;
  /** All organisasjonsformer (cached), for BRREG.ORGFORM and the taskpane picker. */
  organisasjonsformer(): MaybePromise<readonly BrregOrganisasjonsform[]>;
}

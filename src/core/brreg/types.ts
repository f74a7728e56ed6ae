/**
 * Enhetsregisteret wire shapes, as the API returns them (see test/fixtures/recorded/brreg).
 * Optional fields are left out by the API rather than set to null, so they are optional here.
 * Only the fields the product reads are typed; the rest pass through in the index signature.
 */
export interface BrregAdresse {
  readonly land?: string;
  readonly landkode?: string;
  readonly postnummer?: string;
  readonly poststed?: string;
  readonly adresse?: readonly string[];
  readonly kommune?: string;
  readonly kommunenummer?: string;
}

export interface BrregKodeBeskrivelse {
  readonly kode: string;
  readonly beskrivelse: string;
}

/** A hovedenhet (`enheter`) or underenhet (`underenheter`) as returned by the API. */
export interface BrregUnit {
  readonly organisasjonsnummer: string;
  readonly navn: string;
  readonly organisasjonsform?: BrregKodeBeskrivelse & { readonly utgaatt?: string };
  readonly forretningsadresse?: BrregAdresse;
  readonly beliggenhetsadresse?: BrregAdresse;
  readonly postadresse?: BrregAdresse;
  readonly naeringskode1?: BrregKodeBeskrivelse;
  readonly antallAnsatte?: number;
  readonly overordnetEnhet?: string;
  readonly konkurs?: boolean;
  readonly underAvvikling?: boolean;
  readonly underTvangsavviklingEllerTvangsopplosning?: boolean;
  readonly slettedato?: string;
  readonly [field: string]: unknown;
}

/** Which register a number was found in. */
export type BrregRegister = "enheter" | "underenheter";

/**
 * The outcome of looking up one organisasjonsnummer. Distinct states, so a function can answer
 * each one differently (see issue #5): a service failure is not a state here, it rejects.
 */
export type UnitLookup =
  | { readonly state: "found"; readonly register: BrregRegister; readonly unit: BrregUnit }
  /** 200 with only organisasjonsnummer, navn, organisasjonsform, slettedato, _links. */
  | { readonly state: "deleted"; readonly register: BrregRegister; readonly unit: BrregUnit }
  /** 410 Gone: removed from the open data; copies must drop it. */
  | {
      readonly state: "removed";
      readonly register: BrregRegister;
      readonly orgnr: string;
      readonly slettedato?: string;
    }
  /**
   * 404 in both registers; or, with `unchecked`, absent from both registers' lists in a batch with
   * too many absent numbers to ask for each singly (./lookupRules.ts, SINGLE_CHECKS_PER_BATCH):
   * then a deleted or removed unit, which the lists leave out too, is among them.
   */
  | { readonly state: "not-registered"; readonly orgnr: string; readonly unchecked?: true };

/** `enheter` / `underenheter` search page (HAL). An empty search has no `_embedded`. */
export interface BrregSearchPage {
  readonly units: readonly BrregUnit[];
  readonly page: {
    readonly size: number;
    readonly totalElements: number;
    readonly totalPages: number;
    readonly number: number;
  };
}

export interface BrregRolle {
  readonly type: BrregKodeBeskrivelse;
  readonly person?: {
    readonly fodselsdato?: string;
    readonly navn: { readonly fornavn?: string; readonly mellomnavn?: string; readonly etternavn?: string };
    readonly erDoed?: boolean;
  };
  readonly enhet?: {
    readonly organisasjonsnummer: string;
    readonly organisasjonsform?: BrregKodeBeskrivelse;
    readonly navn: readonly string[];
    readonly erSlettet?: boolean;
  };
  readonly fratraadt?: boolean;
  readonly avregistrert?: boolean;
  readonly rekkefolge?: number;
  readonly [field: string]: unknown;
}

export interface BrregRollegruppe {
  readonly type: BrregKodeBeskrivelse;
  readonly sistEndret?: string;
  readonly roller: readonly BrregRolle[];
}

export interface BrregOrganisasjonsform {
  readonly kode: string;
  readonly beskrivelse: string;
  readonly utgaatt?: string;
}

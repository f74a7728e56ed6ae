import { urlValue } from "../http/urlParams";
import type { BrregRegister } from "./types";

/**
 * The query parameters of `enheter` and `underenheter` search, with the API's own names (from
 * the Enhetsregisteret API documentation), and how a cell value becomes the parameter's text:
 * - boolean: as core/args' coerceBoolean reads it (TRUE/FALSE, 1/0, true/false, ja/nei, …),
 *   sent as "true"/"false";
 * - fraAnsatte: 0, 1 or above 4 (fraAntallAnsatte, as the API documents it);
 * - tilAnsatte: 0, 4 or above 4 (tilAntallAnsatte, as the API documents it);
 * - method: navnMetodeForSoek, whose only documented value is FORTLOEPENDE;
 * - name: free text of 1 to 180 characters (navn);
 * - sort: `field` or `field,ASC|DESC` with a field the register documents as sortable;
 * - date: ISO yyyy-mm-dd text, or an Excel date;
 * - digits4: comma list of 4-digit codes (kommunenummer, postnummer, sektorkode); a number
 *   typed as 301 gets its leading zero back (0301);
 * - orgnr: comma list of organisasjonsnumre (at most 2,000), each checked like any other orgnr;
 * - orgnr1: one organisasjonsnummer (overordnetEnhet);
 * - year: comma list of 4-digit years; text: as typed.
 * `size` and `page` are not filters: BRREG.SOK sets them itself from `max`.
 */
export type ParamKind =
  | "text"
  | "name"
  | "method"
  | "sort"
  | "boolean"
  | "fraAnsatte"
  | "tilAnsatte"
  | "date"
  | "digits4"
  | "orgnr"
  | "orgnr1"
  | "year";

const ADDRESS_PARTS: ReadonlyArray<[string, ParamKind]> = [
  ["adresse", "text"],
  ["kommunenummer", "digits4"],
  ["landkode", "text"],
  ["postnummer", "digits4"],
  ["poststed", "text"],
];
const address = (prefix: string): Array<[string, ParamKind]> => ADDRESS_PARTS.map(([p, k]) => [`${prefix}.${p}`, k]);
const dateRange = (...names: string[]): Array<[string, ParamKind]> =>
  names.flatMap(
    (n) =>
      [
        [`fra${n}`, "date"],
        [`til${n}`, "date"],
      ] as Array<[string, ParamKind]>,
  );

const COMMON: Array<[string, ParamKind]> = [
  ["navn", "name"],
  ["navnMetodeForSoek", "method"],
  ["organisasjonsnummer", "orgnr"],
  ["overordnetEnhet", "orgnr1"],
  ["fraAntallAnsatte", "fraAnsatte"],
  ["tilAntallAnsatte", "tilAnsatte"],
  ["registrertIMvaregisteret", "boolean"],
  ["organisasjonsform", "text"],
  ["hjemmeside", "text"],
  ["kommunenummer", "digits4"],
  ["naeringskode", "text"],
  ["sort", "sort"],
  ...address("postadresse"),
  ...dateRange("RegistreringsdatoEnhetsregisteret", "RegistreringsdatoMerverdiavgiftsregisteret"),
];

const ENHETER: Array<[string, ParamKind]> = [
  ...COMMON,
  ["konkurs", "boolean"],
  ["registrertIForetaksregisteret", "boolean"],
  ["registrertIStiftelsesregisteret", "boolean"],
  ["registrertIFrivillighetsregisteret", "boolean"],
  ["registrertIPartiregisteret", "boolean"],
  ["frivilligRegistrertIMvaregisteret", "text"],
  ["underTvangsavviklingEllerTvangsopplosning", "boolean"],
  ["underAvvikling", "boolean"],
  ["underKonkursbehandling", "boolean"],
  ["institusjonellSektorkode", "digits4"],
  ["sisteInnsendteAarsregnskap", "year"],
  ...address("forretningsadresse"),
  ...dateRange(
    "Stiftelsesdato",
    "RegistreringsdatoForetaksregisteret",
    "RegistreringsdatoFrivillighetsregisteret",
    "RegistreringsdatoPartiregisteret",
  ),
];

const UNDERENHETER: Array<[string, ParamKind]> = [
  ...COMMON,
  ...address("beliggenhetsadresse"),
  ...dateRange("Oppstartsdato", "DatoEierskifte", "Nedleggelsesdato"),
];

/** Parameter name → kind, per register. */
export const SEARCH_PARAMS: Readonly<Record<BrregRegister, ReadonlyMap<string, ParamKind>>> = {
  enheter: new Map(ENHETER),
  underenheter: new Map(UNDERENHETER),
};

/** The only value the API documents for navnMetodeForSoek. */
export const NAME_METHODS: readonly string[] = ["FORTLOEPENDE"];
/** The most organisasjonsnumre one `organisasjonsnummer` filter may list (the API documents ≤ 2000 items). */
export const MAX_ORGNR_FILTER = 2000;
/** Longest `navn` the API accepts ("Fritekst på 1 til 180 tegn"). */
export const MAX_NAME_LENGTH = 180;

const SORT_COMMON = [
  "navn",
  "organisasjonsnummer",
  "overordnetEnhet",
  "organisasjonsform.kode",
  "antallAnsatte",
  "hjemmeside",
  "postadresse.kommune",
  "postadresse.kommunenummer",
  "registreringsdatoEnhetsregisteret",
  "registrertIMvaregisteret",
  "naeringskode1.kode",
  "naeringskode2.kode",
  "naeringskode3.kode",
  "hjelpeenhetskode.kode",
];

/** The fields each register documents as sortable (`sort=field,ASC|DESC`). */
export const SORT_FIELDS: Readonly<Record<BrregRegister, readonly string[]>> = {
  enheter: [
    ...SORT_COMMON,
    "registrertIForetaksregisteret",
    "registrertIStiftelsesregisteret",
    "registrertIFrivillighetsregisteret",
    "forretningsadresse.kommune",
    "forretningsadresse.kommunenummer",
    "stiftelsesdato",
    "institusjonellSektorkode.kode",
    "konkurs",
    "underAvvikling",
    "underTvangsavviklingEllerTvangsopplosning",
  ],
  underenheter: [
    ...SORT_COMMON,
    "oppstartsdato",
    "nedleggelsesdato",
    "datoEierskifte",
    "slettedato",
    "beliggenhetsadresse.kommune",
    "beliggenhetsadresse.kommunenummer",
  ],
};

/** Set by the paging code, never by the user. */
export const PAGING_PARAMS: ReadonlySet<string> = new Set(["size", "page"]);

/** The canonical parameter name for a key typed in any case, if the register has it. */
export function findParam(register: BrregRegister, key: string): [string, ParamKind] | undefined {
  const lower = key.trim().toLowerCase();
  for (const entry of SEARCH_PARAMS[register]) if (entry[0].toLowerCase() === lower) return entry;
  return undefined;
}

/**
 * `params` as they go into a search URL, each value checked by ../http/urlParams.ts (a NaN or
 * "undefined" there is a bug, thrown as one); text filters (names, addresses) are what the user
 * typed, so only they may hold such words.
 */
export function checkedSearchParams(
  register: BrregRegister,
  params: Readonly<Record<string, string>>,
): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(params))
    checked[name] = urlValue(name, value, SEARCH_PARAMS[register].get(name) === "text");
  return checked;
}

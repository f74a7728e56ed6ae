import { ROLE_FIELDS } from "./roleFields";
import type { BrregRegister } from "./types";

/*
 * The fields BRREG.ENHET / BRREG.UNDERENHET / the search tables accept: the API's own dotted
 * paths (from the Enhetsregisteret API documentation's enhet and underenhet responses), plus a
 * few documented conveniences. Names are matched case-insensitively.
 *
 * `kind` says how a value becomes one cell (see ./fieldValue.ts):
 * - text, date (ISO text as the API gives it), number, boolean: as is;
 * - code: a {kode, beskrivelse} object as "kode beskrivelse";
 * - address: an address object as one line, "Forusbeen 50, 4035 STAVANGER";
 * - lines: an address's `adresse` array, joined with ", ";
 * - paragraph: text the register wraps into lines (vedtektsfestetFormaal, aktivitet), joined
 *   with a space so the sentence reads as written;
 * - list: separate items (frivilligMvaRegistrertBeskrivelser, paategninger), one per line ("\n").
 * - convenience: computed (adresse, kommunenummer, naering, status).
 * - role: read from the unit's roles (`enheter/{orgnr}/roller`, one request per unit; ./roleFields.ts),
 *   in BRREG.ENHET and Enrich only; hovedenheter hold roles, so an underenhet's is empty.
 * - parent: `overordnetEnhet.<field>`, a field of the unit's overordnet enhet, looked up through the
 *   same batched path as units (./unitGrid.ts); in BRREG.ENHET, BRREG.UNDERENHET and Enrich only.
 */

/** How a field's value becomes one cell (see the list above). */
export type FieldKind =
  | "text"
  | "date"
  | "number"
  | "boolean"
  | "code"
  | "address"
  | "lines"
  | "paragraph"
  | "list"
  | "convenience"
  | "role"
  | "parent";

/** One field a BRREG function can return: its name, how it is shown, and who carries it. */
export interface FieldSpec {
  /** Canonical name, as the API spells it. */
  readonly name: string;
  /** How its value becomes a cell. */
  readonly kind: FieldKind;
  /** Registers whose units carry the field. */
  readonly registers: readonly BrregRegister[];
}

const BOTH: readonly BrregRegister[] = ["enheter", "underenheter"];

/** What a `parent` field is called: this prefix and the parent's own field. */
export const PARENT_PREFIX = "overordnetEnhet.";
/** The parent's fields offered as `overordnetEnhet.<field>`. */
const PARENT_FIELDS = ["navn", "organisasjonsform.kode", "naeringskode1.kode", "adresse", "status"];
const ENHET: readonly BrregRegister[] = ["enheter"];
const UNDERENHET: readonly BrregRegister[] = ["underenheter"];

const specs: FieldSpec[] = [];
function add(registers: readonly BrregRegister[], kind: FieldKind, ...names: string[]): void {
  for (const name of names) specs.push({ name, kind, registers });
}
function addCode(registers: readonly BrregRegister[], ...names: string[]): void {
  for (const name of names) {
    add(registers, "code", name);
    add(registers, "text", `${name}.kode`, `${name}.beskrivelse`);
  }
}
function addAddress(registers: readonly BrregRegister[], name: string): void {
  add(registers, "address", name);
  add(registers, "lines", `${name}.adresse`);
  add(
    registers,
    "text",
    ...["postnummer", "poststed", "kommune", "kommunenummer", "land", "landkode"].map((p) => `${name}.${p}`),
  );
}

add(BOTH, "text", "organisasjonsnummer", "navn", "hjemmeside", "epostadresse", "telefon", "mobil", "overordnetEnhet");
addCode(BOTH, "organisasjonsform", "naeringskode1", "naeringskode2", "naeringskode3", "hjelpeenhetskode");
add(BOTH, "date", "organisasjonsform.utgaatt");
addAddress(BOTH, "postadresse");
addAddress(ENHET, "forretningsadresse");
addAddress(UNDERENHET, "beliggenhetsadresse");
add(BOTH, "number", "antallAnsatte");
add(BOTH, "boolean", "harRegistrertAntallAnsatte", "registrertIMvaregisteret");
add(BOTH, "list", "frivilligMvaRegistrertBeskrivelser");
add(
  BOTH,
  "date",
  "registreringsdatoEnhetsregisteret",
  "slettedato",
  "registreringsdatoAntallAnsatteNAVAaregisteret",
  "registreringsdatoAntallAnsatteEnhetsregisteret",
  "registreringsdatoMerverdiavgiftsregisteret",
  "registreringsdatoMerverdiavgiftsregisteretEnhetsregisteret",
  "registreringsdatoFrivilligMerverdiavgiftsregisteret",
);
// Hovedenheter only.
addCode(ENHET, "institusjonellSektorkode");
add(
  ENHET,
  "text",
  "maalform",
  "sisteInnsendteAarsregnskap",
  "registreringsnummerIHjemlandet",
  "kapital.type",
  "kapital.valuta",
);
add(ENHET, "number", "kapital.belop", "kapital.antallAksjer");
add(
  ENHET,
  "boolean",
  "konkurs",
  "underAvvikling",
  "underTvangsavviklingEllerTvangsopplosning",
  "registrertIForetaksregisteret",
  "registrertIStiftelsesregisteret",
  "registrertIFrivillighetsregisteret",
  "registrertIPartiregisteret",
  "erIKonsern",
);
add(
  ENHET,
  "date",
  "stiftelsesdato",
  "vedtektsdato",
  "konkursdato",
  "underAvviklingDato",
  "tvangsavvikletPgaManglendeSlettingDato",
  "tvangsopplostPgaManglendeDagligLederDato",
  "tvangsopplostPgaManglendeRevisorDato",
  "tvangsopplostPgaManglendeRegnskapDato",
  "tvangsopplostPgaMangelfulltStyreDato",
  "registreringsdatoForetaksregisteret",
  "registreringsdatoFrivillighetsregisteret",
  "registreringsdatoPartiregisteret",
  "kapital.innfortDato",
);
add(ENHET, "paragraph", "vedtektsfestetFormaal", "aktivitet");
add(ENHET, "list", "paategninger");
// Underenheter only.
add(UNDERENHET, "date", "oppstartsdato", "nedleggelsesdato", "datoEierskifte");
// Conveniences (documented in the help page): computed from the fields above.
add(BOTH, "convenience", "adresse", "kommunenummer", "naering", "status");

// Roles (hovedenheter; BRREG.ENHET and Enrich only): from enheter/{orgnr}/roller.
add(ENHET, "role", ...ROLE_FIELDS.keys());

// The parent's fields (overordnetEnhet.navn, …): one batched look-up of the parents.
add(BOTH, "parent", ...PARENT_FIELDS.map((name) => `${PARENT_PREFIX}${name}`));

/** Every field, in a stable order (the help page lists them this way). */
export const FIELD_CATALOGUE: readonly FieldSpec[] = specs;

const byLowerName = new Map(FIELD_CATALOGUE.map((spec) => [spec.name.toLowerCase(), spec]));

/** The field spec for a name typed in any case, if it exists at all. */
export function findField(name: string): FieldSpec | undefined {
  return byLowerName.get(name.trim().toLowerCase());
}

const namesMemo = new Map<string, ReadonlySet<string>>();
/** Frozen lists by identity: callers on the hot path pass shared frozen lists, so no key string is built per cell. */
const namesByList = new WeakMap<readonly BrregRegister[], ReadonlySet<string>>();

/** Field names valid for a register (or for either, when BRREG.ENHET may return both kinds). Memoised: called per cell. */
export function fieldNamesFor(registers: readonly BrregRegister[]): ReadonlySet<string> {
  const known = namesByList.get(registers);
  if (known !== undefined) return known;
  const memoKey = registers.join(",");
  let names = namesMemo.get(memoKey);
  if (names === undefined) {
    names = new Set(
      FIELD_CATALOGUE.filter((spec) => spec.registers.some((r) => registers.includes(r))).map((spec) => spec.name),
    );
    namesMemo.set(memoKey, names);
  }
  if (Object.isFrozen(registers)) namesByList.set(registers, names);
  return names;
}

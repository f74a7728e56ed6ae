import { date, entity, number, section, text } from "../cards/build";
import type { CardSection, EntityValue, PropertyValue } from "../cards/cellValues";
import { findField } from "./fieldCatalogue";
import { fieldValue } from "./fieldValue";
import { roleValue } from "./roleFields";
import { unitStatus } from "./status";
import type { BrregAdresse, BrregRegister, BrregRollegruppe, BrregUnit } from "./types";

/*
 * BRREG.KORT's card of one unit: an entity value whose text is the unit's name and whose
 * properties carry Norwegian labels, so `=A2.navn` and `=A2.[antall ansatte]` read them. Values
 * are those BRREG.ENHET gives (./fieldValue.ts), numbers as numbers and dates as Excel dates. A
 * hovedenhet's card has its roles (daglig leder, styreleder, revisor: current holders, from
 * `enheter/{orgnr}/roller`); an underenhet's has its overordnet enhet, as a card of its own.
 * Every label is present on every card of its register (empty text where the unit lacks the
 * field), so a formula over a column never meets #FIELD! for a unit that lacks a value.
 */

/** The labels, one place: they are what a formula writes after the dot. */
export const UNIT_LABELS = {
  orgnr: "organisasjonsnummer",
  name: "navn",
  form: "organisasjonsform",
  industry: "næringskoder",
  address: "adresse",
  municipality: "kommune",
  employees: "antall ansatte",
  founded: "stiftelsesdato",
  started: "oppstartsdato",
  registrations: "registreringer",
  status: "status",
  website: "hjemmeside",
  manager: "daglig leder",
  chair: "styreleder",
  auditor: "revisor",
  parent: "overordnet enhet",
} as const;

const L = UNIT_LABELS;

/**
 * The provider Excel shows at the foot of the card, with the open data's licence; its link is the
 * unit's record. (No attribution per property: a card is sent as JSON with every result, and
 * 1,000 cards must stay under the custom-functions runtime's 2,000,000-character result slice.)
 */
const BRREG_SOURCE = "Brønnøysundregistrene, Enhetsregisteret";
const NLOD = "NLOD 2.0";

/** The register's own address of a unit's record (the public API, whatever base URL the add-in uses). */
export function unitSourceUrl(register: BrregRegister, orgnr: string): string {
  return `https://data.brreg.no/enhetsregisteret/api/${register}/${orgnr}`;
}

/** The registers a unit is in, as the register names them (the API's registrertI… flags). */
const REGISTERS: readonly (readonly [string, string])[] = [
  ["registrertIMvaregisteret", "Merverdiavgiftsregisteret"],
  ["registrertIForetaksregisteret", "Foretaksregisteret"],
  ["registrertIStiftelsesregisteret", "Stiftelsesregisteret"],
  ["registrertIFrivillighetsregisteret", "Frivillighetsregisteret"],
  ["registrertIPartiregisteret", "Partiregisteret"],
];

function registrations(unit: BrregUnit): string {
  return REGISTERS.filter(([flag]) => unit[flag] === true)
    .map(([, name]) => name)
    .join(", ");
}

function field(unit: BrregUnit, name: string): string {
  const spec = findField(name);
  const value = spec ? fieldValue(unit, spec) : "";
  return typeof value === "string" ? value : String(value);
}

function industries(unit: BrregUnit): string {
  return ["naeringskode1", "naeringskode2", "naeringskode3"]
    .map((name) => field(unit, name))
    .filter((line) => line !== "")
    .join("\n");
}

function municipality(address: BrregAdresse | undefined): string {
  if (!address) return "";
  return [address.kommunenummer, address.kommune].filter((p) => typeof p === "string" && p !== "").join(" ");
}

/** The unit's own properties (both registers), in card order. */
function ownProperties(unit: BrregUnit, register: BrregRegister, deleted: boolean): Record<string, PropertyValue> {
  const place = unit.forretningsadresse ?? unit.beliggenhetsadresse;
  const employees = unit.antallAnsatte;
  const properties: Record<string, PropertyValue> = {
    [L.orgnr]: text(unit.organisasjonsnummer),
    [L.name]: text(unit.navn),
    [L.form]: text(field(unit, "organisasjonsform")),
    [L.industry]: text(industries(unit)),
    [L.address]: text(field(unit, "adresse")),
    [L.municipality]: text(municipality(place)),
    [L.employees]: typeof employees === "number" && Number.isFinite(employees) ? number(employees) : text(""),
  };
  if (register === "enheter") properties[L.founded] = date(unit.stiftelsesdato as string | undefined);
  else properties[L.started] = date(unit.oppstartsdato as string | undefined);
  properties[L.registrations] = text(registrations(unit));
  properties[L.status] = text(unitStatus(unit, deleted));
  properties[L.website] = text(field(unit, "hjemmeside"));
  return properties;
}

const IDENTITY = [L.orgnr, L.name, L.form, L.industry, L.employees, L.founded, L.started, L.website];
const ADDRESS = [L.address, L.municipality];
const STATUS = [L.status, L.registrations];
const ROLES = [L.manager, L.chair, L.auditor];

/** A unit as the card shows it; what its register adds (roles, or the parent) comes from the caller. */
export interface UnitCardInput {
  readonly unit: BrregUnit;
  readonly register: BrregRegister;
  /** A deleted unit (its status reads "Slettet …"). */
  readonly deleted: boolean;
  /**
   * A hovedenhet's roles ([] when it has none); left out, the card has no roles (a parent's card
   * inside an underenhet's, which costs no roles request).
   */
  readonly roles?: readonly BrregRollegruppe[];
  /** An underenhet's overordnet enhet, as its own card. */
  readonly parent?: EntityValue;
}

function provider(register: BrregRegister, orgnr: string) {
  return { description: `${BRREG_SOURCE} (${NLOD})`, logoTargetAddress: unitSourceUrl(register, orgnr) };
}

/**
 * The card of a found or deleted unit.
 *
 * @example unitEntity({ unit: EQUINOR, register: "enheter", deleted: false, roles }).properties["daglig leder"]
 *   // → { type: "String", basicValue: "Anders Opedal" }
 */
export function unitEntity(input: UnitCardInput): EntityValue {
  const { unit, register } = input;
  const properties = ownProperties(unit, register, input.deleted);
  const sections = [section("Identitet", IDENTITY), section("Adresse", ADDRESS), section("Status", STATUS)];
  if (register === "enheter") {
    const roles = input.roles;
    if (roles === undefined) return finish(unit, register, properties, sections);
    properties[L.manager] = text(String(roleValue(roles, "dagligLeder")));
    properties[L.chair] = text(String(roleValue(roles, "styreleder")));
    properties[L.auditor] = text(String(roleValue(roles, "revisor")));
    sections.push(section("Roller", ROLES));
  } else {
    properties[L.parent] = input.parent ?? text(typeof unit.overordnetEnhet === "string" ? unit.overordnetEnhet : "");
    sections.push(section("Overordnet enhet", [L.parent]));
  }
  return finish(unit, register, properties, sections);
}

function finish(
  unit: BrregUnit,
  register: BrregRegister,
  properties: Record<string, PropertyValue>,
  sections: CardSection[],
): EntityValue {
  return entity({
    text: unit.navn,
    properties,
    title: L.name,
    sections,
    provider: provider(register, unit.organisasjonsnummer),
  });
}

/**
 * The card of a unit removed from the open data (410): only its number and status, since the
 * register no longer gives anything else.
 */
export function removedUnitEntity(orgnr: string, register: BrregRegister): EntityValue {
  return entity({
    text: `${orgnr} (fjernet)`,
    properties: { [L.orgnr]: text(orgnr), [L.status]: text("Fjernet") },
    title: L.orgnr,
    sections: [section("Identitet", [L.orgnr]), section("Status", [L.status])],
    provider: provider(register, orgnr),
  });
}

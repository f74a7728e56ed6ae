/**
 * The real units from the recorded fixtures, served back exactly (key order, optional fields,
 * `belop` literals): EQUINOR ASA, the five ASA search hits, the three Sesam units. The 81000xxxx
 * numbers of the recorded role answers are Brreg documentation entities; minimal invented unit
 * records are added for them so `enheter/{orgnr}` answers, and their roles are served verbatim.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE_DIR } from "../klass/fixtureFiles";
import { parseKeepingDecimals } from "../util/json";
import type { UnitRecord } from "./model";
import { selfLinks } from "./parts";

function raw(name: string): unknown {
  return parseKeepingDecimals(readFileSync(join(FIXTURE_DIR, "brreg", `${name}.json`), "utf8"));
}

type Json = Record<string, unknown>;

function docEntity(orgnr: string, navn: string, kode: string, beskrivelse: string): Json {
  return {
    organisasjonsnummer: orgnr,
    navn,
    organisasjonsform: { kode, beskrivelse, _links: selfLinks(`/organisasjonsformer/${kode}`) },
    registreringsdatoEnhetsregisteret: "2019-01-01",
    registrertIMvaregisteret: false,
    harRegistrertAntallAnsatte: false,
    forretningsadresse: {
      land: "Norge",
      landkode: "NO",
      postnummer: "0150",
      poststed: "OSLO",
      adresse: ["Testveien 1"],
      kommune: "OSLO",
      kommunenummer: "0301",
    },
    stiftelsesdato: "2019-01-01",
    institusjonellSektorkode: { kode: "2100", beskrivelse: "Private aksjeselskaper mv." },
    registrertIForetaksregisteret: true,
    registrertIStiftelsesregisteret: false,
    registrertIFrivillighetsregisteret: false,
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    maalform: "Bokmål",
    registrertIPartiregisteret: false,
    paategninger: [],
    erIKonsern: false,
    _links: selfLinks(`/enheter/${orgnr}`),
    respons_klasse: "Enhet",
  };
}

/** The recorded units (deduplicated by number). */
export function recordedUnits(): UnitRecord[] {
  const units = new Map<string, Json>();
  const add = (j: Json): void => {
    units.set(String(j.organisasjonsnummer), j);
  };
  add(raw("enhet-923609016") as Json);
  for (const name of ["enheter-search-asa-size5", "enheter-search-sesam-page1", "enheter-search-sesam-page2"]) {
    const body = raw(name) as { _embedded?: { enheter?: Json[] } };
    for (const e of body._embedded?.enheter ?? []) add(e);
  }
  add(docEntity("810005912", "DELT ANSVAR TESTSELSKAP DA", "DA", "Ansvarlig selskap med delt ansvar"));
  add(docEntity("810004622", "STYRELEDER TESTSELSKAP AS", "AS", "Aksjeselskap"));
  add(docEntity("810006242", "Rolfsens Deltakerorganisasjon AS", "AS", "Aksjeselskap"));
  add(docEntity("810004282", "Sult AS", "AS", "Aksjeselskap"));
  return [...units.values()].map((json) => ({
    orgnr: String(json.organisasjonsnummer),
    kind: "enhet",
    status: "active",
    recorded: true,
    json,
  }));
}

/** Recorded role answers by organisation number (served verbatim apart from the base URL). */
export function recordedRoles(): Map<string, Json> {
  return new Map([
    ["810005912", raw("roller-enhet-810005912") as Json],
    ["810004622", raw("roller-person-810004622") as Json],
  ]);
}

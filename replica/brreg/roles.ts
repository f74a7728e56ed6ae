/**
 * Roles of generated units, drawn from a PRNG seeded by the unit's number so they are stable
 * without being stored. All persons are invented (see words.ts); never real people.
 */
import { dateBetween, intBetween, mulberry32, pick, type Random } from "../util/prng";
import { ROLLEGRUPPETYPER, ROLLETYPER, REPRESENTANTER } from "./codeLists";
import type { UnitRecord } from "./model";
import { person, selfLinks } from "./parts";

type Json = Record<string, unknown>;

function typeOf(kode: string): Json {
  return { kode, beskrivelse: ROLLETYPER[kode] ?? kode, _links: selfLinks(`/roller/rolletyper/${kode}`) };
}

function personRole(r: Random, kode: string, rekkefolge: number, valgtAv?: string): Json {
  const role: Json = { type: typeOf(kode), person: person(r) };
  if (valgtAv)
    role.valgtAv = {
      kode: valgtAv,
      beskrivelse: REPRESENTANTER[valgtAv] ?? valgtAv,
      _links: selfLinks(`/roller/representanter/${valgtAv}`),
    };
  role.fratraadt = false;
  role.avregistrert = false;
  role.rekkefolge = rekkefolge;
  return role;
}

function unitRole(kode: string, unit: UnitRecord, rekkefolge: number): Json {
  const form = unit.json.organisasjonsform as Json;
  return {
    type: typeOf(kode),
    enhet: {
      organisasjonsnummer: unit.orgnr,
      organisasjonsform: form,
      navn: [String(unit.json.navn)],
      erSlettet: unit.status !== "active",
      _links: selfLinks(`/enheter/${unit.orgnr}`),
    },
    fratraadt: false,
    avregistrert: false,
    rekkefolge,
  };
}

function group(r: Random, kode: string, roller: Json[]): Json {
  return {
    type: { kode, beskrivelse: ROLLEGRUPPETYPER[kode] ?? kode, _links: selfLinks(`/roller/rollegruppetyper/${kode}`) },
    sistEndret: dateBetween(r, 2015, 2025),
    roller,
  };
}

/** The `roller` answer for a generated enhet. `auditors` are units that can be REVI/REGN. */
export function generatedRoles(seed: number, unit: UnitRecord, auditors: readonly UnitRecord[]): Json {
  const r = mulberry32((seed * 31 + Number(unit.orgnr)) >>> 0);
  const form = (unit.json.organisasjonsform as { kode?: string } | undefined)?.kode ?? "AS";
  const groups: Json[] = [];
  if (form === "ENK") groups.push(group(r, "INNH", [personRole(r, "INNH", 0)]));
  else if (form === "ANS" || form === "DA") {
    const kode = form === "ANS" ? "DTSO" : "DTPR";
    groups.push(group(r, "DELT", [personRole(r, kode, 0), personRole(r, kode, 1)]));
  } else {
    if (form !== "FLI" && form !== "ESEK") groups.push(group(r, "DAGL", [personRole(r, "DAGL", 0)]));
    const styre = [personRole(r, "LEDE", 0, form === "ASA" ? "A-AK" : undefined)];
    const n = intBetween(r, 0, 3);
    for (let i = 0; i < n; i++) styre.push(personRole(r, "MEDL", i + 1));
    if (r() < 0.4) styre.push(personRole(r, "VARA", n + 1));
    groups.push(group(r, "STYR", styre));
    if ((form === "AS" || form === "ASA") && auditors.length > 0)
      groups.push(group(r, "REVI", [unitRole("REVI", pick(r, auditors), 0)]));
    // Drawn after the roles above, so those stay as they were for every seed.
    if (r() < 0.3) styre.splice(1, 0, personRole(r, "NEST", 1));
    if (auditors.length > 0 && r() < 0.5) groups.push(group(r, "REGN", [unitRole("REGN", pick(r, auditors), 0)]));
    if (r() < 0.2) groups.push(group(r, "KONT", [personRole(r, "KONT", 0)]));
  }
  return {
    rollegrupper: groups,
    _links: { self: selfLinks(`/enheter/${unit.orgnr}/roller`).self, enhet: selfLinks(`/enheter/${unit.orgnr}`).self },
  };
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrregData } from "../../src/core/brreg/brregData";
import type {
  BrregOrganisasjonsform,
  BrregRegister,
  BrregRollegruppe,
  BrregSearchPage,
  BrregUnit,
  UnitLookup,
} from "../../src/core/brreg/types";
import { ServiceUnavailableError } from "../../src/core/errors";

/**
 * A BrregData double for unit tests, built from the recorded real responses in
 * test/fixtures/recorded/brreg (read as they are), plus a few made-up units
 * for states the recordings do not cover (deleted, removed, underenhet, bankrupt).
 */
export const FIXTURES = join(__dirname, "../fixtures/recorded/brreg");

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as T;
}

export const EQUINOR = fixture<BrregUnit>("enhet-923609016.json");

/** An underenhet (made up: shape as the API documents it). 973152920 passes mod-11. */
export const UNDERENHET: BrregUnit = {
  organisasjonsnummer: "973152920",
  navn: "EQUINOR ASA AVD FORUS",
  organisasjonsform: { kode: "BEDR", beskrivelse: "Underenhet til næringsdrivende og offentlig forvaltning" },
  beliggenhetsadresse: {
    land: "Norge",
    landkode: "NO",
    postnummer: "4035",
    poststed: "STAVANGER",
    adresse: ["Forusbeen 50"],
    kommune: "STAVANGER",
    kommunenummer: "1103",
  },
  naeringskode1: { kode: "06.100", beskrivelse: "Utvinning av råolje" },
  antallAnsatte: 5000,
  overordnetEnhet: "923609016",
  oppstartsdato: "1995-03-01",
};

/** A deleted unit: the API's 200 with only a few fields. */
export const DELETED: BrregUnit = {
  organisasjonsnummer: "976030788",
  navn: "SESAM AS",
  organisasjonsform: { kode: "AS", beskrivelse: "Aksjeselskap" },
  slettedato: "2024-11-26",
};

export interface FakeOptions {
  /** Answer with promises (a cold cache) instead of synchronously (a warm one). */
  readonly async?: boolean;
  /** Reject every unit look-up with this error (a service failure). */
  readonly failWith?: Error;
  readonly searchPages?: (register: BrregRegister, params: Record<string, string>) => BrregSearchPage;
}

export interface FakeBrreg extends BrregData {
  readonly calls: string[];
  readonly searches: Array<{ register: BrregRegister; params: Record<string, string> }>;
}

const outage = (): ServiceUnavailableError =>
  new ServiceUnavailableError("503 Service Unavailable after 3 attempts", { api: "brreg", status: 503 });

export function fakeBrreg(options: FakeOptions = {}): FakeBrreg {
  const enheter = new Map<string, UnitLookup>([
    ["923609016", { state: "found", register: "enheter", unit: EQUINOR }],
    ["976030788", { state: "deleted", register: "enheter", unit: DELETED }],
    ["810004622", { state: "removed", register: "enheter", orgnr: "810004622" }],
  ]);
  const underenheter = new Map<string, UnitLookup>([
    ["973152920", { state: "found", register: "underenheter", unit: UNDERENHET }],
  ]);
  const roller = new Map<string, BrregRollegruppe[]>([
    ["810004622", fixture<{ rollegrupper: BrregRollegruppe[] }>("roller-person-810004622.json").rollegrupper],
    ["810005912", fixture<{ rollegrupper: BrregRollegruppe[] }>("roller-enhet-810005912.json").rollegrupper],
  ]);
  const forms: BrregOrganisasjonsform[] = [
    { kode: "AS", beskrivelse: "Aksjeselskap" },
    { kode: "ASA", beskrivelse: "Allmennaksjeselskap" },
    { kode: "ENK", beskrivelse: "Enkeltpersonforetak" },
    { kode: "BEDR", beskrivelse: "Underenhet til næringsdrivende og offentlig forvaltning" },
  ];
  const calls: string[] = [];
  const searches: FakeBrreg["searches"] = [];
  const answer = <T>(value: T): T | Promise<T> => (options.async ? Promise.resolve(value) : value);
  const lookup = (orgnr: string, registers: BrregRegister[]): UnitLookup | Promise<UnitLookup> => {
    if (options.failWith) {
      if (options.async) return Promise.reject(options.failWith);
      throw options.failWith;
    }
    for (const register of registers) {
      const hit = (register === "enheter" ? enheter : underenheter).get(orgnr);
      if (hit) return answer(hit);
    }
    return answer<UnitLookup>({ state: "not-registered", orgnr });
  };
  return {
    calls,
    searches,
    unit(orgnr) {
      calls.push(`unit ${orgnr}`);
      return lookup(orgnr, ["enheter", "underenheter"]);
    },
    unitIn(register, orgnr) {
      calls.push(`unitIn ${register} ${orgnr}`);
      return lookup(orgnr, [register]);
    },
    roller(orgnr) {
      calls.push(`roller ${orgnr}`);
      const found = roller.get(orgnr);
      return found ? answer(found) : Promise.reject(outage());
    },
    async search(register, params) {
      searches.push({ register, params: { ...params } });
      if (!options.searchPages) throw outage();
      return options.searchPages(register, { ...params });
    },
    organisasjonsformer() {
      calls.push("organisasjonsformer");
      return answer(forms);
    },
  };
}

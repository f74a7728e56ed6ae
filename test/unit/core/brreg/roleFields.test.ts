import { noRoles, ROLE_FIELDS, roleValue } from "../../../../src/core/brreg/roleFields";
import type { BrregRolle, BrregRollegruppe } from "../../../../src/core/brreg/types";
import { fixture } from "../../../support/fakeBrregData";

const recorded = (name: string) => fixture<{ rollegrupper: BrregRollegruppe[] }>(name).rollegrupper;

const type = (kode: string) => ({ kode, beskrivelse: kode });
const person = (kode: string, fornavn: string, etternavn: string, extra: Partial<BrregRolle> = {}): BrregRolle => ({
  type: type(kode),
  person: { fodselsdato: "1970-01-01", navn: { fornavn, etternavn } },
  fratraadt: false,
  ...extra,
});
const unit = (kode: string, orgnr: string, navn: string[]): BrregRolle => ({
  type: type(kode),
  enhet: { organisasjonsnummer: orgnr, navn },
  fratraadt: false,
});

/** A board, a daglig leder, an auditor and an accountant held by units, two contacts. */
const FULL: BrregRollegruppe[] = [
  { type: type("DAGL"), roller: [person("DAGL", "Kari", "Nordmann")] },
  {
    type: type("STYR"),
    roller: [
      person("LEDE", "Ove", "Olsen"),
      person("NEST", "Per", "Hansen"),
      person("MEDL", "Anne", "Berg"),
      person("MEDL", "Lise", "Dahl"),
      person("MEDL", "Tor", "Lie", { fratraadt: true }),
      person("VARA", "Eva", "Moe"),
    ],
  },
  { type: type("REVI"), roller: [unit("REVI", "987654321", ["REVISJON", "NORD AS"])] },
  { type: type("REGN"), roller: [unit("REGN", "912345678", ["Regnskap AS"])] },
  { type: type("KONT"), roller: [person("KONT", "Ida", "Vik"), person("KONT", "Ola", "Vik")] },
];

describe("role fields (BRREG.ENHET's roles per unit)", () => {
  it("reads each role field: names as the register gives them, units by name and number, current roles only", () => {
    const value = (name: string) => roleValue(FULL, name);
    expect(value("dagligLeder")).toBe("Kari Nordmann");
    expect(value("styreleder")).toBe("Ove Olsen");
    expect(value("nestleder")).toBe("Per Hansen");
    expect(value("styremedlemmer")).toBe("Anne Berg\nLise Dahl");
    expect(value("styremedlemmer.antall")).toBe(2);
    expect(value("revisor")).toBe("REVISJON NORD AS");
    expect(value("revisor.organisasjonsnummer")).toBe("987654321");
    expect(value("regnskapsforer")).toBe("Regnskap AS");
    expect(value("regnskapsforer.organisasjonsnummer")).toBe("912345678");
    expect(value("kontaktperson")).toBe("Ida Vik\nOla Vik");
    expect(value("harRevisor")).toBe(true);
  });

  it("is empty (0, FALSE) for a unit without the role", () => {
    for (const name of ROLE_FIELDS.keys()) {
      const expected = name === "harRevisor" ? false : name === "styremedlemmer.antall" ? 0 : "";
      expect(roleValue([], name)).toBe(expected);
      expect(noRoles(name)).toBe(expected);
    }
  });

  it("reads the recorded answers: a person chairs 810004622; 810005912 has participants only", () => {
    const person = recorded("roller-person-810004622.json");
    expect(roleValue(person, "styreleder")).toBe("Ove Olsen");
    expect(roleValue(person, "dagligLeder")).toBe("");
    expect(roleValue(person, "harRevisor")).toBe(false);
    const participants = recorded("roller-enhet-810005912.json");
    expect(roleValue(participants, "styremedlemmer.antall")).toBe(0);
    expect(roleValue(participants, "revisor.organisasjonsnummer")).toBe("");
  });
});

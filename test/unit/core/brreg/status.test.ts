import { lookupStatus, unitStatus } from "../../../../src/core/brreg/status";
import { isNotFoundError } from "../../../../src/core/errors";
import { DELETED, EQUINOR, UNDERENHET } from "../../../support/fakeBrregData";

describe("BRREG.STATUS words", () => {
  it("orders the states by severity", () => {
    expect(unitStatus(EQUINOR)).toBe("Aktiv");
    expect(unitStatus({ ...EQUINOR, underAvvikling: true })).toBe("Under avvikling");
    expect(unitStatus({ ...EQUINOR, underAvvikling: true, underTvangsavviklingEllerTvangsopplosning: true })).toBe(
      "Under tvangsavvikling",
    );
    expect(unitStatus({ ...EQUINOR, konkurs: true, underTvangsavviklingEllerTvangsopplosning: true })).toBe("Konkurs");
    expect(unitStatus({ ...EQUINOR, konkurs: true, slettedato: "2024-11-26" })).toBe("Slettet 2024-11-26");
    expect(unitStatus(UNDERENHET)).toBe("Aktiv");
    expect(unitStatus({ ...UNDERENHET, nedleggelsesdato: "2023-05-01" })).toBe("Nedlagt 2023-05-01");
  });

  it("maps each look-up state", () => {
    expect(lookupStatus({ state: "found", register: "enheter", unit: EQUINOR })).toBe("Aktiv");
    expect(lookupStatus({ state: "deleted", register: "enheter", unit: DELETED })).toBe("Slettet 2024-11-26");
    expect(lookupStatus({ state: "deleted", register: "enheter", unit: { organisasjonsnummer: "1", navn: "X" } })).toBe(
      "Slettet",
    );
    expect(lookupStatus({ state: "removed", register: "enheter", orgnr: "810004622" })).toBe("Fjernet");
    let caught: unknown;
    try {
      lookupStatus({ state: "not-registered", orgnr: "914778271" });
    } catch (error) {
      caught = error;
    }
    expect(isNotFoundError(caught)).toBe(true);
  });
});

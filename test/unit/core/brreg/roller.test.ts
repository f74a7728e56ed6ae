import { flattenRoller, ROLLER_HEADER, rollerTable } from "../../../../src/core/brreg/roller";
import type { BrregRollegruppe } from "../../../../src/core/brreg/types";
import { NotFoundError, RemovedError } from "../../../../src/core/errors";
import { fakeBrreg, fixture } from "../../../support/fakeBrregData";

describe("BRREG.ROLLER core", () => {
  it("flattens a person's role (recorded shape) into one row under the header", () => {
    expect(rollerTable(fakeBrreg(), 810004622)).toEqual([
      [...ROLLER_HEADER],
      ["Styre", "LEDE", "Styrets leder", "Ove Olsen", "1981-01-01", false],
    ]);
  });

  it("gives a unit holding a role its navn array joined and its orgnr", async () => {
    expect(await rollerTable(fakeBrreg({ async: true }), "810 005 912")).toEqual([
      [...ROLLER_HEADER],
      ["Deltakere", "DTPR", "Deltaker med delt ansvar", "Rolfsens Deltakerorganisasjon AS", "810006242", false],
      ["Deltakere", "DTPR", "Deltaker med delt ansvar", "Sult AS", "810004282", false],
    ]);
  });

  it("filters by role code or group code, case-insensitively", () => {
    const data = fakeBrreg();
    expect(rollerTable(data, 810004622, "dagl")).toEqual([[...ROLLER_HEADER]]);
    expect(rollerTable(data, 810004622, [["DAGL", "LEDE"]])).toHaveLength(2);
    expect(rollerTable(data, 810004622, "STYR")).toHaveLength(2);
    expect(() => rollerTable(data, 810004622, "styre leder")).toThrow(/not a role code/);
    expect(rollerTable(data, 810004622, "DAGL\nLEDE")).toHaveLength(2);
  });

  it("takes one orgnr: a 1×1 range is that number, a larger range is #VALUE! (not its first cell)", () => {
    const data = fakeBrreg();
    expect(rollerTable(data, [[810004622]])).toEqual(rollerTable(data, 810004622));
    expect(() => rollerTable(data, [[810004622], [923609016]])).toThrow(
      /^orgnr takes one value, not a range of 2 cells$/,
    );
  });

  it("joins person names with a middle name, reads avregistrert when fratraadt is absent", () => {
    const grupper: BrregRollegruppe[] = [
      {
        type: { kode: "STYR", beskrivelse: "Styre" },
        roller: [
          {
            type: { kode: "MEDL", beskrivelse: "Styremedlem" },
            person: {
              fodselsdato: "1970-02-03",
              navn: { fornavn: "Kari", mellomnavn: "Nordmann", etternavn: "Hansen" },
            },
            avregistrert: true,
          },
          {
            type: { kode: "VARA", beskrivelse: "Varamedlem" },
            enhet: { organisasjonsnummer: "923609016", navn: ["EQUINOR", "ASA"] },
            fratraadt: false,
            avregistrert: true,
          },
        ],
      },
    ];
    const rows = flattenRoller(grupper);
    expect(rows[0]).toMatchObject({ navn: "Kari Nordmann Hansen", identitet: "1970-02-03", fratraadt: true });
    expect(rows[1]).toMatchObject({ navn: "EQUINOR ASA", identitet: "923609016", fratraadt: false });
  });

  it("validates the orgnr before any request, and passes service failures through", async () => {
    const data = fakeBrreg();
    expect(() => rollerTable(data, "81000462")).toThrow(/must be 9 digits/);
    expect(data.calls).toEqual([]);
    await expect(rollerTable(data, 923609016)).rejects.toMatchObject({ kind: "service-unavailable" });
  });

  it("says which number has no roles (404) or was removed (410), sync or async", async () => {
    const failing = (error: Error, async: boolean) => ({
      ...fakeBrreg(),
      roller: () => {
        if (async) return Promise.reject(error);
        throw error;
      },
    });
    const notFound = new NotFoundError("not found in Enhetsregisteret", { api: "brreg", status: 404 });
    const gone = new RemovedError("removed from the open data (410 Gone)", { api: "brreg", status: 410 });
    expect(() => rollerTable(failing(notFound, false), 973152920)).toThrow(
      /^973152920 has no roles: it is not registered as a hovedenhet/,
    );
    await expect(rollerTable(failing(notFound, true), 973152920)).rejects.toMatchObject({
      kind: "not-found",
      message: expect.stringMatching(/^973152920 has no roles/),
    });
    await expect(rollerTable(failing(gone, true), 923609016)).rejects.toMatchObject({
      kind: "removed",
      message: "923609016 was removed from Enhetsregisteret (410 Gone)",
    });
  });

  it("reads the recorded fixture roles unchanged", () => {
    const recorded = fixture<{ rollegrupper: BrregRollegruppe[] }>("roller-enhet-810005912.json").rollegrupper;
    expect(flattenRoller(recorded)).toHaveLength(2);
  });
});

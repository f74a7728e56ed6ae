import { isPromise } from "../../../../src/core/maybePromise";
import { statusGrid, unitGrid, validGrid } from "../../../../src/core/brreg/unitGrid";
import { parseFields } from "../../../../src/core/brreg/fields";
import {
  isInvalidInputError,
  isNotFoundError,
  isRemovedError,
  isServiceUnavailableError,
  NotFoundError,
  ServiceUnavailableError,
} from "../../../../src/core/errors";
import type { BrregData } from "../../../../src/core/brreg/brregData";
import type { BrregRollegruppe } from "../../../../src/core/brreg/types";
import { fakeBrreg } from "../../../support/fakeBrregData";

const outage = new ServiceUnavailableError("503 Service Unavailable after 3 attempts", { api: "brreg", status: 503 });

describe("unitGrid (BRREG.ENHET / UNDERENHET core)", () => {
  it("answers synchronously when the data is cached (no promise)", () => {
    const result = unitGrid(fakeBrreg(), [[923609016]], [["navn"]]);
    expect(isPromise(result)).toBe(false);
    expect(result).toEqual([["EQUINOR ASA"]]);
  });

  it("answers with a promise on a cold cache, with the same values", async () => {
    const result = unitGrid(fakeBrreg({ async: true }), 923609016, "forretningsadresse.kommunenummer");
    expect(isPromise(result)).toBe(true);
    expect(await result).toEqual([["1103"]]);
  });

  it("spills a column of orgnr down, keeping the shape, with per-element states", async () => {
    const data = fakeBrreg({ async: true });
    const grid = await unitGrid(
      data,
      [
        [923609016],
        ["923 609 016"],
        [""],
        ["923609017"],
        ["12345"],
        [976030788],
        [810004622],
        [914778271],
        [973152920],
      ],
      "navn",
    );
    expect(grid.map((row) => row.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const cells = grid.map((row) => row[0]);
    expect(cells.slice(0, 3)).toEqual(["EQUINOR ASA", "EQUINOR ASA", ""]);
    expect(isInvalidInputError(cells[3]) && (cells[3] as Error).message).toMatch(/fails the mod-11 check/);
    expect(isInvalidInputError(cells[4]) && (cells[4] as Error).message).toMatch(/must be 9 digits/);
    expect(cells[5]).toBe("SESAM AS"); // deleted: its remaining fields
    expect(isRemovedError(cells[6]) && (cells[6] as Error).message).toMatch(/removed from Enhetsregisteret/);
    expect(isNotFoundError(cells[7]) && (cells[7] as Error).message).toMatch(/914778271 is not registered/);
    expect(cells[8]).toBe("EQUINOR ASA AVD FORUS"); // an underenhet, found through data.unit
    // Each distinct valid number asked for once, all in the same synchronous pass.
    expect(data.calls).toEqual([
      "unit 923609016",
      "unit 976030788",
      "unit 810004622",
      "unit 914778271",
      "unit 973152920",
    ]);
  });

  it("spills a row across when orgnr is a row", () => {
    expect(unitGrid(fakeBrreg(), [[923609016, 976030788]], "organisasjonsform.kode")).toEqual([["ASA", "AS"]]);
  });

  it("gives a table for a column of orgnr and several fields", () => {
    const grid = unitGrid(
      fakeBrreg(),
      [[923609016], [976030788]],
      [["navn", "naeringskode1.kode", "antallAnsatte", "status"]],
    );
    expect(grid).toEqual([
      ["EQUINOR ASA", "06.100", 21408, "Aktiv"],
      ["SESAM AS", "", "", "Slettet 2024-11-26"],
    ]);
  });

  it("reads a block of orgnr row by row when several fields are asked for (fields as a column range too)", () => {
    const grid = unitGrid(
      fakeBrreg(),
      [
        [923609016, 976030788],
        [973152920, ""],
      ],
      [["navn"], ["organisasjonsform.kode"]],
    );
    expect(grid).toEqual([
      ["EQUINOR ASA", "ASA"],
      ["SESAM AS", "AS"],
      ["EQUINOR ASA AVD FORUS", "BEDR"],
      ["", ""],
    ]);
  });

  it("gives status Fjernet but #N/A for the other fields of a removed unit", () => {
    const grid = unitGrid(fakeBrreg(), 810004622, "navn,status") as unknown[][];
    expect(isRemovedError(grid[0]?.[0])).toBe(true);
    expect(grid[0]?.[1]).toBe("Fjernet");
  });

  it("carries a service failure in each affected cell, never as not-found", async () => {
    for (const data of [fakeBrreg({ failWith: outage }), fakeBrreg({ failWith: outage, async: true })]) {
      const grid = await unitGrid(data, [[923609016], [976030788]], "navn");
      for (const [cell] of grid) {
        expect(isServiceUnavailableError(cell)).toBe(true);
        expect(isNotFoundError(cell)).toBe(false);
      }
    }
  });

  it("throws for an unknown field before making any request", () => {
    const data = fakeBrreg();
    expect(() => unitGrid(data, 923609016, "navnn")).toThrow(/Did you mean "navn"/);
    expect(data.calls).toEqual([]);
  });

  it("UNDERENHET asks the underenheter register only", () => {
    const data = fakeBrreg();
    const grid = unitGrid(data, [[973152920], [923609016]], "beliggenhetsadresse.poststed, oppstartsdato", {
      register: "underenheter",
    }) as unknown[][];
    expect(grid[0]).toEqual(["STAVANGER", "1995-03-01"]);
    expect(isNotFoundError(grid[1]?.[0]) && (grid[1]?.[0] as Error).message).toMatch(
      /not registered in Enhetsregisteret as an underenhet/,
    );
    expect(data.calls).toEqual(["unitIn underenheter 973152920", "unitIn underenheter 923609016"]);
    expect(() => unitGrid(data, 973152920, "konkurs", { register: "underenheter" })).toThrow(/enheter only/);
  });

  it("answers a number cell and its text form alike, and an invalid cell with the same #VALUE! text on every call", () => {
    const data = fakeBrreg();
    expect(unitGrid(data, [[923609016]], "navn")).toEqual(unitGrid(data, [["923 609 016"]], "navn"));
    const first = unitGrid(data, [["923609017"]], "navn") as unknown[][];
    const again = unitGrid(data, [["923609017"]], "navn") as unknown[][];
    expect(isInvalidInputError(first[0]?.[0])).toBe(true);
    expect((again[0]?.[0] as Error).message).toBe((first[0]?.[0] as Error).message);
  });
});

describe("unitGrid argument shapes (core/args toGrid and isOmitted)", () => {
  it("reads a 1-D array of orgnr as one row: one field spills across, like a row range", () => {
    expect(unitGrid(fakeBrreg(), [923609016, 976030788], "organisasjonsform.kode")).toEqual([["ASA", "AS"]]);
    expect(unitGrid(fakeBrreg(), [923609016, 976030788], "organisasjonsform.kode")).toEqual(
      unitGrid(fakeBrreg(), [[923609016, 976030788]], "organisasjonsform.kode"),
    );
  });

  it("gives one row per orgnr for several fields, whatever the orientation", () => {
    const column = unitGrid(fakeBrreg(), [[923609016], [976030788]], "navn,organisasjonsform.kode");
    expect(column).toEqual([
      ["EQUINOR ASA", "ASA"],
      ["SESAM AS", "AS"],
    ]);
    expect(unitGrid(fakeBrreg(), [923609016, 976030788], "navn,organisasjonsform.kode")).toEqual(column);
    expect(unitGrid(fakeBrreg(), [[923609016, 976030788]], "navn,organisasjonsform.kode")).toEqual(column);
  });

  it("leaves cells holding only no-break, figure or thin spaces blank, with no request", () => {
    const data = fakeBrreg();
    expect(unitGrid(data, [["\u00a0"], ["\u2007 "], ["\u202f"], [null]], "navn")).toEqual([[""], [""], [""], [""]]);
    expect(data.calls).toEqual([]);
  });

  it("reads a 1×1 fields range like its text", () => {
    expect(unitGrid(fakeBrreg(), 923609016, [["navn, status"]])).toEqual([["EQUINOR ASA", "Aktiv"]]);
  });
});

describe("statusGrid and validGrid", () => {
  it("gives each state its status", () => {
    const grid = statusGrid(fakeBrreg(), [[923609016], [976030788], [810004622], [914778271]]) as unknown[][];
    expect(grid.slice(0, 3)).toEqual([["Aktiv"], ["Slettet 2024-11-26"], ["Fjernet"]]);
    expect(isNotFoundError(grid[3]?.[0])).toBe(true);
  });

  it("checks mod-11 without any request", () => {
    expect(validGrid([[923609016], ["923 609 017"], [""], ["abc"]])).toEqual([[true], [false], [false], [false]]);
    expect(validGrid("923 609 016")).toEqual([[true]]);
    expect(validGrid([923609016, "923609017"])).toEqual([[true, false]]);
  });
});

describe("unitGrid with role fields", () => {
  const ROLES: BrregRollegruppe[] = [
    {
      type: { kode: "DAGL", beskrivelse: "Daglig leder/ adm.direktør" },
      roller: [
        {
          type: { kode: "DAGL", beskrivelse: "Daglig leder" },
          person: { navn: { fornavn: "Kari", etternavn: "Nordmann" } },
        },
      ],
    },
    {
      type: { kode: "REVI", beskrivelse: "Revisor" },
      roller: [
        {
          type: { kode: "REVI", beskrivelse: "Revisor" },
          enhet: { organisasjonsnummer: "987654321", navn: ["REVISJON AS"] },
        },
      ],
    },
  ];
  /** fakeBrreg with EQUINOR's roles (DAGL, REVI) and the deleted unit's none. */
  function withRoles(options: Parameters<typeof fakeBrreg>[0] = {}, failRoles?: Error) {
    const data = fakeBrreg(options);
    const roller: BrregData["roller"] = (orgnr) => {
      data.calls.push(`roller ${orgnr}`);
      if (failRoles) return Promise.reject(failRoles);
      if (orgnr === "923609016") return options.async ? Promise.resolve(ROLES) : ROLES;
      if (orgnr === "976030788") return [];
      return Promise.reject(new NotFoundError("no roles", { api: "brreg" }));
    };
    return { ...data, roller };
  }

  it("reads roles per hovedenhet, one roles request per distinct unit, beside the unit's own fields", async () => {
    const data = withRoles({ async: true });
    const grid = await unitGrid(
      data,
      [[923609016], [923609016], [976030788]],
      "navn, dagligLeder, revisor, revisor.organisasjonsnummer, harRevisor",
    );
    expect(grid).toEqual([
      ["EQUINOR ASA", "Kari Nordmann", "REVISJON AS", "987654321", true],
      ["EQUINOR ASA", "Kari Nordmann", "REVISJON AS", "987654321", true],
      [expect.any(String), "", "", "", false],
    ]);
    expect(data.calls.filter((c) => c.startsWith("roller"))).toEqual(["roller 923609016", "roller 976030788"]);
  });

  it("answers synchronously when unit and roles are cached", () => {
    const result = unitGrid(withRoles(), 923609016, "styreleder, harRevisor");
    expect(isPromise(result)).toBe(false);
    expect(result).toEqual([["", true]]);
  });

  it("gives an underenhet empty role cells without asking for roles; removed and unregistered units their errors", async () => {
    const data = withRoles({ async: true });
    const grid = await unitGrid(data, [[973152920], [810004622], [999999999]], "dagligLeder");
    expect(grid[0]).toEqual([""]);
    expect(isRemovedError(grid[1]?.[0])).toBe(true);
    expect(grid[2]?.[0]).toBeInstanceOf(Error);
    expect(data.calls.filter((c) => c.startsWith("roller"))).toEqual([]);
  });

  it("keeps a roles outage to the role cells of that unit", async () => {
    const grid = await unitGrid(withRoles({ async: true }, outage), 923609016, "navn, dagligLeder");
    expect(grid[0]?.[0]).toBe("EQUINOR ASA");
    expect(isServiceUnavailableError(grid[0]?.[1])).toBe(true);
  });

  it("names the nearest fields for a misspelt role field, before any request", () => {
    const data = withRoles();
    expect(() => unitGrid(data, 923609016, "dagligleeder")).toThrow(
      /Unknown field "dagligleeder"\. Did you mean "dagligLeder"/,
    );
    expect(data.calls).toEqual([]);
  });
});

describe("unitGrid with the overordnet enhet's fields", () => {
  it("resolves the parent of each unit through one batched look-up per distinct parent", async () => {
    const data = fakeBrreg({ async: true });
    const grid = await unitGrid(
      data,
      [[973152920], [973152920], [923609016]],
      "navn, overordnetEnhet, overordnetEnhet.navn, overordnetEnhet.organisasjonsform.kode",
      { register: undefined },
    );
    expect(grid).toEqual([
      ["EQUINOR ASA AVD FORUS", "923609016", "EQUINOR ASA", "ASA"],
      ["EQUINOR ASA AVD FORUS", "923609016", "EQUINOR ASA", "ASA"],
      ["EQUINOR ASA", "", "", ""],
    ]);
    expect(data.calls.filter((c) => c === "unitIn enheter 923609016")).toHaveLength(1);
  });

  it("answers synchronously when unit and parent are cached, and refuses parent fields in a search's field list", () => {
    expect(unitGrid(fakeBrreg(), 973152920, "overordnetEnhet.navn", { register: "underenheter" })).toEqual([
      ["EQUINOR ASA"],
    ]);
    expect(() => parseFields("navn, overordnetEnhet.navn", ["underenheter"])).toThrow(
      /"overordnetEnhet\.navn" is read per unit .* not in a search/,
    );
  });

  it("names the nearest fields for a misspelt parent field", () => {
    expect(() => unitGrid(fakeBrreg(), 973152920, "overordnetEnhet.nav")).toThrow(
      /Did you mean "overordnetEnhet\.navn"/,
    );
  });
});

import { ServiceUnavailableError } from "../../../../src/core/errors";
import { isPromise } from "../../../../src/core/maybePromise";
import { fakeBrreg } from "../../../support/fakeBrregData";
import { useServices } from "../../../support/functionServices";
import { enhet, gyldig, orgform, roller, sok, status, underenhet, underenheter } from "../../../../src/functions/brreg";

const outage = new ServiceUnavailableError("503 Service Unavailable after 3 attempts", { api: "brreg", status: 503 });

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
}

describe("BRREG custom functions (thin wrappers)", () => {
  /** The functions take their BrregData from the runtime's services; here, from the fake. */
  beforeEach(() => {
    useServices({ brreg: fakeBrreg() });
  });

  it("BRREG.ENHET reads the recorded EQUINOR ASA synchronously when cached", () => {
    const result = enhet(
      [[923609016]],
      [["navn", "organisasjonsform.kode", "forretningsadresse.kommunenummer", "naeringskode1.kode"]],
    );
    expect(isPromise(result)).toBe(false);
    expect(result).toEqual([["EQUINOR ASA", "ASA", "1103", "06.100"]]);
    expect(enhet([[923609016]])).toEqual([["EQUINOR ASA"]]);
  });

  it("maps each state to its own cell error, per element", async () => {
    useServices({ brreg: fakeBrreg({ async: true }) });
    const result = await enhet([["923609017"], ["1234"], [914778271], [810004622], [976030788]], [["navn"]]);
    expect(result).toEqual([
      [expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/fails the mod-11 check/) })],
      [expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/must be 9 digits/) })],
      [expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/not registered/) })],
      [expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/removed from Enhetsregisteret/) })],
      ["SESAM AS"],
    ]);
  });

  it("shows a service failure as #VALUE! 'Enhetsregisteret unavailable: …', never #N/A", async () => {
    useServices({ brreg: fakeBrreg({ async: true, failWith: outage }) });
    const [[cell]] = (await enhet([[923609016]], [["navn"]])) as unknown[][] as [[{ code: string; message: string }]];
    expect(cell).toMatchObject({
      code: "#VALUE!",
      message: "Enhetsregisteret unavailable: 503 Service Unavailable after 3 attempts",
    });
    useServices({ brreg: fakeBrreg({ failWith: outage }) });
    expect(status([[923609016]])).toEqual([[expect.objectContaining({ code: "#VALUE!" })]]);
  });

  it("throws one #VALUE! for an unknown field (the whole call is wrong)", () => {
    expect(thrown(() => enhet([[923609016]], [["navm"]]))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Did you mean "navn"/),
    });
  });

  it("BRREG.UNDERENHET, STATUS, GYLDIG and ORGFORM", () => {
    expect(underenhet([[973152920]], [["beliggenhetsadresse.poststed"]])).toEqual([["STAVANGER"]]);
    expect(underenhet([[923609016]])).toEqual([[expect.objectContaining({ code: "#N/A" })]]);
    expect(status([[923609016], [976030788], [810004622]])).toEqual([["Aktiv"], ["Slettet 2024-11-26"], ["Fjernet"]]);
    expect(gyldig([[923609016, "923609017"]])).toEqual([[true, false]]);
    expect(orgform([["ASA"]])).toEqual([["Allmennaksjeselskap"]]);
  });

  it("BRREG.ROLLER spills a table; a bad orgnr is one #VALUE!", async () => {
    expect(roller(810004622, "LEDE")).toEqual([
      ["Rollegruppe", "Rolle", "Rollebeskrivelse", "Navn", "Fødselsdato/orgnr", "Fratrådt"],
      ["Styre", "LEDE", "Styrets leder", "Ove Olsen", "1981-01-01", false],
    ]);
    expect(thrown(() => roller("81000462"))).toMatchObject({ code: "#VALUE!" });
    await expect(roller(923609016) as Promise<unknown>).rejects.toMatchObject({
      code: "#VALUE!",
      message: /^Enhetsregisteret unavailable/,
    });
  });

  it("BRREG.SOK and BRREG.UNDERENHETER answer with promises; a bad filter rejects with #VALUE!", async () => {
    useServices({
      brreg: fakeBrreg({
        searchPages: (register) => ({
          units: [{ organisasjonsnummer: "923609016", navn: register === "enheter" ? "EQUINOR ASA" : "AVD" }],
          page: { size: 100, number: 0, totalElements: 1, totalPages: 1 },
        }),
      }),
    });
    expect(await sok("equinor", undefined, [["navn"]])).toEqual([["navn"], ["EQUINOR ASA"]]);
    expect(await underenheter(923609016, [["navn"]], 10)).toEqual([["navn"], ["AVD"]]);
    await expect(sok("x", [["kommunenr", "0301"]]) as Promise<unknown>).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Unknown search filter "kommunenr".*kommunenummer/),
    });
  });
});

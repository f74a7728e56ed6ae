import { parseFilters } from "../../../../src/core/brreg/filters";
import { InvalidInputError } from "../../../../src/core/errors";

describe("BRREG.SOK filters", () => {
  it("parses key=value;key=value with the API's own names, case-insensitively", () => {
    expect(parseFilters("kommunenummer=0301; KONKURS=false;naeringskode=41.109,01.1", "enheter")).toEqual({
      kommunenummer: "0301",
      konkurs: "false",
      naeringskode: "41.109,01.1",
    });
  });

  it("parses a two-column range and coerces cell values", () => {
    const params = parseFilters(
      [
        ["kommunenummer", 301],
        ["konkurs", false],
        ["fraAntallAnsatte", 5],
        ["fraStiftelsesdato", 45292],
        ["organisasjonsnummer", "923 609 016"],
        ["", ""],
      ],
      "enheter",
    );
    expect(params).toEqual({
      kommunenummer: "0301",
      konkurs: "false",
      fraAntallAnsatte: "5",
      fraStiftelsesdato: "2024-01-01",
      organisasjonsnummer: "923609016",
    });
    expect(parseFilters(undefined, "enheter")).toEqual({});
    expect(parseFilters([["forretningsadresse.postnummer=4035"]], "enheter")).toEqual({
      "forretningsadresse.postnummer": "4035",
    });
  });

  it("names the unknown key and the nearest valid ones", () => {
    let caught: unknown;
    try {
      parseFilters("kommunenumer=0301", "enheter");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as Error).message).toMatch(
      /^Unknown search filter "kommunenumer" for enheter\. Did you mean "kommunenummer"/,
    );
    expect((caught as InvalidInputError).suggestions[0]).toBe("kommunenummer");
    expect(() => parseFilters("konkurs=true", "underenheter")).toThrow(
      /Unknown search filter "konkurs" for underenheter/,
    );
    expect(parseFilters("beliggenhetsadresse.kommunenummer=1103", "underenheter")).toEqual({
      "beliggenhetsadresse.kommunenummer": "1103",
    });
  });

  it("bounds filter text: a cell holds at most 2,000 organisation numbers' worth, navn the API's 180", () => {
    expect(() => parseFilters(`${"k".repeat(1_000_000)}=1`, "enheter")).toThrow(
      /^filters is 1,000,002 characters long; at most 22,064/,
    );
    const numbers = Array.from({ length: 2_000 }, () => "923609016").join(",");
    expect(parseFilters(`organisasjonsnummer=${numbers}`, "enheter").organisasjonsnummer).toHaveLength(numbers.length);
    expect(parseFilters(`navn=${"a".repeat(180)}`, "enheter").navn).toHaveLength(180);
    expect(() => parseFilters(`navn=${"a".repeat(181)}`, "enheter")).toThrow(/^Filter navn is 181 characters long/);
  });

  it("checks text dates as every date argument: a real day within Excel's range", () => {
    expect(parseFilters("fraStiftelsesdato=2020-02-29", "enheter")).toEqual({ fraStiftelsesdato: "2020-02-29" });
    expect(() => parseFilters("fraStiftelsesdato=0000-01-01", "enheter")).toThrow(/1900-01-01 to 9999-12-31/);
    expect(() => parseFilters("fraStiftelsesdato=2023-02-30", "enheter")).toThrow(/not a real day|must be a date/);
    expect(() => parseFilters([["fraStiftelsesdato", 1e21]], "enheter")).toThrow(/serials 1 to 2958465/);
  });

  it("rejects bad values, paging keys, duplicates and non key=value text", () => {
    expect(() => parseFilters("konkurs=kanskje", "enheter")).toThrow(
      /^Filter konkurs must be TRUE or FALSE, not "kanskje"$/,
    );
    expect(() => parseFilters("konkurs=", "enheter")).toThrow(/Filter konkurs must be TRUE or FALSE/);
    expect(() => parseFilters([["konkurs", null]], "enheter")).toThrow(/Filter konkurs must be TRUE or FALSE/);
    expect(() => parseFilters("fraAntallAnsatte=mange", "enheter")).toThrow(/whole number/);
    expect(() => parseFilters("fraStiftelsesdato=01/02/2024", "enheter")).toThrow(/yyyy-mm-dd/);
    expect(() => parseFilters("kommunenummer=Oslo", "enheter")).toThrow(/4-digit/);
    expect(() => parseFilters("size=500", "enheter")).toThrow(/use the max argument/);
    expect(() => parseFilters("konkurs=true;konkurs=false", "enheter")).toThrow(/given twice/);
    expect(() => parseFilters("konkurs", "enheter")).toThrow(/not key=value/);
    expect(() => parseFilters("organisasjonsnummer=923609017", "enheter")).toThrow(/mod-11/);
  });

  it("reads booleans as every function does (core/args coerceBoolean) and sends the API's true/false", () => {
    const konkurs = (value: unknown) => parseFilters([["konkurs", value]], "enheter").konkurs;
    expect(["ja", "JA", "true", "sann", "yes", "1", 1, true].map(konkurs)).toEqual(Array(8).fill("true"));
    expect(["nei", "false", "usann", "no", "0", 0, false].map(konkurs)).toEqual(Array(7).fill("false"));
    expect(parseFilters("konkurs=ja;underAvvikling=nei", "enheter")).toEqual({
      konkurs: "true",
      underAvvikling: "false",
    });
    expect(() => konkurs(2)).toThrow(/TRUE or FALSE/);
  });

  it("reads a 1-D array as one row: a key/value pair, or several key=value texts", () => {
    expect(parseFilters(["kommunenummer", "0301"], "enheter")).toEqual({ kommunenummer: "0301" });
    expect(parseFilters(["kommunenummer=0301", "konkurs=false"], "enheter")).toEqual({
      kommunenummer: "0301",
      konkurs: "false",
    });
  });

  it("skips blank cells, including ones holding only no-break or thin spaces", () => {
    expect(parseFilters([["kommunenummer=0301"], ["\u00a0"], ["\u202f "], [null]], "enheter")).toEqual({
      kommunenummer: "0301",
    });
  });

  it("allows only the employee counts the API documents, and says which", () => {
    const fra = (v: unknown) => parseFilters([["fraAntallAnsatte", v]], "enheter").fraAntallAnsatte;
    const til = (v: unknown) => parseFilters([["tilAntallAnsatte", v]], "underenheter").tilAntallAnsatte;
    expect([0, 1, 5, "6", 250].map(fra)).toEqual(["0", "1", "5", "6", "250"]);
    expect([0, 4, "5", 1000].map(til)).toEqual(["0", "4", "5", "1000"]);
    for (const bad of [2, 3, 4, "2", -1, 1.5])
      expect(() => fra(bad)).toThrow(
        /^Filter fraAntallAnsatte must be a whole number of employees the API allows: 0, 1 or above 4 \(5, 6, …\); not/,
      );
    for (const bad of [1, 2, 3, "3"])
      expect(() => til(bad)).toThrow(
        /^Filter tilAntallAnsatte must be a whole number of employees the API allows: 0, 4 or above 4/,
      );
  });

  it("allows navnMetodeForSoek=FORTLOEPENDE only, in any case", () => {
    expect(parseFilters("navnMetodeForSoek=fortloepende", "enheter")).toEqual({ navnMetodeForSoek: "FORTLOEPENDE" });
    expect(() => parseFilters("navnMetodeForSoek=EKSAKT", "enheter")).toThrow(
      /^Filter navnMetodeForSoek allows only FORTLOEPENDE \(the only method the API supports\), not "EKSAKT"$/,
    );
  });

  it("checks sort against the register's sortable fields and the direction", () => {
    expect(parseFilters("sort=antallansatte,desc", "enheter")).toEqual({ sort: "antallAnsatte,DESC" });
    expect(parseFilters("sort=navn", "underenheter")).toEqual({ sort: "navn,ASC" });
    expect(parseFilters("sort=oppstartsdato,ASC", "underenheter")).toEqual({ sort: "oppstartsdato,ASC" });
    expect(() => parseFilters("sort=oppstartsdato,ASC", "enheter")).toThrow(
      /"oppstartsdato" is not a field enheter can be sorted by\..*Write field,ASC or field,DESC/,
    );
    expect(() => parseFilters("sort=antallAnsate", "enheter")).toThrow(/Did you mean "antallAnsatte"/);
    expect(() => parseFilters("sort=navn,UP", "enheter")).toThrow(/takes field,ASC or field,DESC \(e\.g\. navn,ASC\)/);
  });

  it("checks navn's length, the orgnr list's size and overordnetEnhet's single number", () => {
    expect(() => parseFilters([["navn", "x".repeat(181)]], "enheter")).toThrow(
      /181 characters long: the API takes 1 to 180/,
    );
    expect(parseFilters([["navn", "x".repeat(180)]], "enheter").navn).toHaveLength(180);
    const many = Array.from({ length: 2001 }, () => "923609016").join(",");
    expect(() => parseFilters([["organisasjonsnummer", many]], "enheter")).toThrow(
      /lists 2001 numbers: the API takes at most 2000/,
    );
    expect(() => parseFilters("overordnetEnhet=923609016,923609016", "underenheter")).toThrow(
      /takes one organisasjonsnummer/,
    );
    expect(parseFilters("overordnetEnhet=923 609 016", "underenheter")).toEqual({ overordnetEnhet: "923609016" });
    expect(() => parseFilters("kommunenummer=,", "enheter")).toThrow(/has no value/);
  });
});

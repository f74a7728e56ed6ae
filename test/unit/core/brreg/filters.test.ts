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

  it("bounds filter text: a cell of 1,000 characters, navn at the API's 180", () => {
    expect(() => parseFilters(`${"k".repeat(1_000_000)}=1`, "enheter")).toThrow(
      /^filters is 1,000,002 characters long; at most 1,000/,
    );
    expect(parseFilters(`navn=${"a".repeat(180)}`, "enheter").navn).toHaveLength(180);
    expect(() => parseFilters(`navn=${"a".repeat(181)}`, "enheter")).toThrow(
      /^Filter navn is 181 characters long; at most 180/,
    );
  });

  it("checks text dates as every date argument: a real day within Excel's range", () => {
    expect(parseFilters("fraStiftelsesdato=2020-02-29", "enheter")).toEqual({ fraStiftelsesdato: "2020-02-29" });
    expect(() => parseFilters("fraStiftelsesdato=0000-01-01", "enheter")).toThrow(/1900-01-01 to 9999-12-31/);
    expect(() => parseFilters("fraStiftelsesdato=2023-02-30", "enheter")).toThrow(/not a real day/);
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
});

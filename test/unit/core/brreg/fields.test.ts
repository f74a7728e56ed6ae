import { FIELD_CATALOGUE, fieldValue, findField, parseFields } from "../../../../src/core/brreg/fields";
import { nearestNames } from "../../../../src/core/args/nearest";
import { InvalidInputError } from "../../../../src/core/errors";
import { DELETED, EQUINOR, UNDERENHET } from "../../../support/fakeBrregData";

const value = (name: string, unit = EQUINOR, deleted = false) => {
  const spec = findField(name);
  if (!spec) throw new Error(`no field ${name}`);
  return fieldValue(unit, spec, deleted);
};

describe("field catalogue and values", () => {
  it("reads the recorded EQUINOR ASA back with its real values", () => {
    expect(value("navn")).toBe("EQUINOR ASA");
    expect(value("organisasjonsform.kode")).toBe("ASA");
    expect(value("organisasjonsform.beskrivelse")).toBe("Allmennaksjeselskap");
    expect(value("forretningsadresse.kommunenummer")).toBe("1103");
    expect(value("forretningsadresse.poststed")).toBe("STAVANGER");
    expect(value("naeringskode1.kode")).toBe("06.100");
    expect(value("hjemmeside")).toBe("www.equinor.com");
    expect(value("organisasjonsform")).toBe("ASA Allmennaksjeselskap"); // a {kode, beskrivelse} object as one cell
    expect(value("institusjonellSektorkode.kode")).toBe("1120");
  });

  it("keeps numbers as numbers, booleans as booleans, dates as ISO text", () => {
    expect(value("antallAnsatte")).toBe(21408);
    expect(value("kapital.belop")).toBe(6392018780);
    expect(value("kapital.antallAksjer")).toBe(2556807512);
    expect(value("konkurs")).toBe(false);
    expect(value("registrertIMvaregisteret")).toBe(true);
    expect(value("stiftelsesdato")).toBe("1972-09-18");
    expect(fieldValue({ ...EQUINOR, kapital: { belop: "6392018780.00" } }, findField("kapital.belop")!)).toBe(
      6392018780,
    );
  });

  it("joins arrays: address lines with ', ', wrapped paragraphs with a space, lists one per line", () => {
    expect(value("forretningsadresse.adresse")).toBe("Forusbeen 50");
    expect(value("forretningsadresse")).toBe("Forusbeen 50, 4035 STAVANGER");
    expect(value("vedtektsfestetFormaal")).toBe(
      "Å utvikle, produsere og markedsføre ulike former for energi, avledede produkter og tjenester, samt annen virksomhet. Virksomheten kan også drives gjennom deltakelse i eller i samarbeid med andre selskaper.",
    );
    expect(
      value("frivilligMvaRegistrertBeskrivelser", { ...EQUINOR, frivilligMvaRegistrertBeskrivelser: ["A", "B"] }),
    ).toBe("A\nB");
    expect(value("paategninger")).toBe("");
    expect(value("paategninger", { ...EQUINOR, paategninger: [{ infotype: "NAVN", tekst: "Påtegning" }] })).toBe(
      "Påtegning",
    );
    const twoLines = {
      ...EQUINOR,
      postadresse: {
        adresse: ["c/o Regnskap", "Postboks 8500"],
        postnummer: "4035",
        poststed: "STAVANGER",
        landkode: "NO",
      },
    };
    expect(value("postadresse", twoLines)).toBe("c/o Regnskap, Postboks 8500, 4035 STAVANGER");
    const abroad = {
      ...EQUINOR,
      forretningsadresse: { adresse: ["1 Main St"], poststed: "LONDON", landkode: "GB", land: "Storbritannia" },
    };
    expect(value("adresse", abroad)).toBe("1 Main St, LONDON, Storbritannia");
  });

  it("gives the documented conveniences", () => {
    expect(value("adresse")).toBe("Forusbeen 50, 4035 STAVANGER");
    expect(value("kommunenummer")).toBe("1103");
    expect(value("naering")).toBe("06.100 Utvinning av råolje");
    expect(value("status")).toBe("Aktiv");
    expect(value("adresse", UNDERENHET)).toBe("Forusbeen 50, 4035 STAVANGER");
    expect(value("kommunenummer", UNDERENHET)).toBe("1103");
  });

  it("gives an empty cell for a field the unit lacks", () => {
    expect(value("overordnetEnhet")).toBe("");
    expect(value("hjelpeenhetskode.kode")).toBe("");
    expect(value("forretningsadresse.poststed", DELETED, true)).toBe("");
    expect(value("navn", DELETED, true)).toBe("SESAM AS");
    expect(value("slettedato", DELETED, true)).toBe("2024-11-26");
    expect(value("status", DELETED, true)).toBe("Slettet 2024-11-26");
  });

  it("matches names case-insensitively and defaults to navn", () => {
    expect(parseFields("ORGANISASJONSFORM.KODE", ["enheter"]).map((f) => f.name)).toEqual(["organisasjonsform.kode"]);
    expect(parseFields(undefined, ["enheter"]).map((f) => f.name)).toEqual(["navn"]);
    expect(parseFields([["navn", null, "antallAnsatte"]], ["enheter"]).map((f) => f.name)).toEqual([
      "navn",
      "antallAnsatte",
    ]);
    expect(parseFields("navn, naeringskode1.kode;konkurs", ["enheter"]).map((f) => f.name)).toEqual([
      "navn",
      "naeringskode1.kode",
      "konkurs",
    ]);
    expect(parseFields("navn\nkonkurs", ["enheter"]).map((f) => f.name)).toEqual(["navn", "konkurs"]);
  });

  it("rejects an unknown field with the nearest valid names", () => {
    let caught: unknown;
    try {
      parseFields("navm", ["enheter"]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as Error).message).toMatch(/^Unknown field "navm"\. Did you mean "navn"/);
    expect((caught as InvalidInputError).suggestions).toContain("navn");
    expect(() => parseFields("antallansate", ["enheter"])).toThrow(/antallAnsatte/);
    expect(() => parseFields("oppstartsdato", ["enheter"])).toThrow(/field of underenheter only/);
    expect(() => parseFields("konkurs", ["underenheter"])).toThrow(/field of enheter only/);
    expect(parseFields("oppstartsdato", ["enheter", "underenheter"])[0]?.name).toBe("oppstartsdato");
  });

  it("refuses a field list cell longer than 1,000 characters at once, with no suggestion search", () => {
    const tooLong = "x".repeat(1_000_000);
    expect(() => parseFields(tooLong, ["enheter"])).toThrow(/^fields is 1,000,000 characters long; at most 1,000/);
    expect(() => parseFields([["navn"], [tooLong]], ["enheter"])).toThrow(/at most 1,000/);
    // Within the bound an unknown name still gets its suggestions.
    expect(() => parseFields("navm", ["enheter"])).toThrow(/Did you mean "navn"/);
  });

  it("suggests dotted paths for a bare sub-field name", () => {
    expect(
      nearestNames(
        "poststed",
        FIELD_CATALOGUE.map((f) => f.name),
      ),
    ).toEqual(expect.arrayContaining(["postadresse.poststed", "forretningsadresse.poststed"]));
  });
});

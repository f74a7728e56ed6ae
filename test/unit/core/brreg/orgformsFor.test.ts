import { orgformsFor } from "../../../../src/core/brreg/orgformsFor";

const LIST = [
  { kode: "AS", beskrivelse: "Aksjeselskap" },
  { kode: "BEDR", beskrivelse: "Underenhet til næringsdrivende og offentlig forvaltning" },
  { kode: "AAFY", beskrivelse: "Underenhet til ikke-næringsdrivende" },
  { kode: "ANS", beskrivelse: "Ansvarlig selskap med solidarisk ansvar" },
  { kode: "KIRK", beskrivelse: "Den norske kirke", utgaatt: "2017-01-01" },
];

describe("orgformsFor", () => {
  it("offers an enheter search no underenhet-only form, and no expired one", () => {
    expect(orgformsFor("enheter", LIST).map((f) => f.kode)).toEqual(["AS", "ANS"]);
  });

  it("offers an underenheter search only the underenhet forms", () => {
    expect(orgformsFor("underenheter", LIST).map((f) => f.kode)).toEqual(["BEDR", "AAFY"]);
  });
});

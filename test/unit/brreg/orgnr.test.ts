import { isValidOrgnr, mod11Control, normaliseOrgnr } from "../../../src/core/brreg/orgnr";
import { isInvalidInputError } from "../../../src/core/errors";

describe("organisasjonsnummer", () => {
  it("accepts numbers typed as numbers and as text, removing spaces", () => {
    expect(normaliseOrgnr(923609016)).toBe("923609016");
    expect(normaliseOrgnr("923609016")).toBe("923609016");
    expect(normaliseOrgnr("923 609 016")).toBe("923609016");
    expect(normaliseOrgnr(" 923\u00a0609\u202f016 ")).toBe("923609016");
  });

  it("computes the mod-11 control digit with weights 3,2,7,6,5,4,3,2", () => {
    expect(mod11Control("92360901")).toBe(6);
    expect(mod11Control("92360904")).toBe(0); // 11 − 0 → 11 → 0
    expect(mod11Control("92360913")).toBeUndefined(); // 10: no valid number
    expect(normaliseOrgnr("923609040")).toBe("923609040");
  });

  it("says 'not 9 digits' for the wrong length or other characters", () => {
    for (const bad of [92360901, "9236090166", "92360901A", 9.5, "", "abc"]) {
      expect(() => normaliseOrgnr(bad)).toThrow(/must be 9 digits/);
    }
    expect(() => normaliseOrgnr("92360901")).toThrow(/has 8 digits/);
    expect(() => normaliseOrgnr(true)).toThrow(/TRUE is not an organisasjonsnummer/);
  });

  it("says 'fails the mod-11 check' for a 9-digit number with the wrong control digit", () => {
    let caught: unknown;
    try {
      normaliseOrgnr("923 609 017");
    } catch (error) {
      caught = error;
    }
    expect(isInvalidInputError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/^923609017 fails the mod-11 check/);
    expect(() => normaliseOrgnr("923609130")).toThrow(/mod-11/); // control would be 10
  });

  it("isValidOrgnr is TRUE/FALSE without throwing", () => {
    expect(isValidOrgnr(923609016)).toBe(true);
    expect(isValidOrgnr("923 609 016")).toBe(true);
    expect(isValidOrgnr("923609017")).toBe(false);
    expect(isValidOrgnr(null)).toBe(false);
    expect(isValidOrgnr("12345678")).toBe(false);
  });
});

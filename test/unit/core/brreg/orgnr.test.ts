import { OrgnrMemo, isValidOrgnr, mod11Control, normaliseOrgnr, orgnrOrError } from "../../../../src/core/brreg/orgnr";
import { isInvalidInputError } from "../../../../src/core/errors";

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

function message(result: string | Error): string {
  if (typeof result === "string") throw new Error(`expected an error, got ${result}`);
  return result.message;
}

describe("OrgnrMemo (orgnr checked once per cell value)", () => {
  it("gives a number and its text forms the same 9 digits, and the same string each time", () => {
    const memo = new OrgnrMemo(100);
    const fromNumber = memo.check(923609016);
    expect(fromNumber).toBe("923609016");
    expect(memo.check("923609016")).toBe("923609016");
    expect(memo.check("923 609 016")).toBe("923609016");
    expect(memo.check(" 923\u00a0609\u202f016 ")).toBe("923609016");
    expect(memo.check(923609016)).toBe(fromNumber);
    expect(orgnrOrError(923609016)).toBe(orgnrOrError("923609016"));
    expect(normaliseOrgnr(923609016)).toBe(normaliseOrgnr("923 609 016"));
  });

  it("gives an invalid value the same InvalidInputError message every time, memoised or not", () => {
    const memo = new OrgnrMemo(100);
    for (const bad of ["923 609 017", 923609017, "12345", 12345, "92360901A", 9.5, ""]) {
      const first = memo.check(bad);
      expect(isInvalidInputError(first)).toBe(true);
      expect(message(memo.check(bad))).toBe(message(first));
      expect(message(orgnrOrError(bad))).toBe(message(first));
      expect(message(orgnrOrError(bad))).toBe(message(first));
      expect(() => normaliseOrgnr(bad)).toThrow(message(first));
      expect(() => normaliseOrgnr(bad)).toThrow(message(first));
      expect(isValidOrgnr(bad)).toBe(false);
    }
    expect(message(memo.check("923 609 017"))).toMatch(/^923609017 fails the mod-11 check/);
    expect(message(memo.check(12345))).toMatch(/it has 5 digits/);
    expect(message(memo.check(923609017))).toBe(message(memo.check("923609017")));
  });

  it("is bounded: it starts over once maxEntries values are held", () => {
    const memo = new OrgnrMemo(3);
    const values = [923609016, "923609016", "923 609 016", 976030788, "976030788", 810004622, 123];
    for (const value of values) {
      memo.check(value);
      expect(memo.size).toBeLessThanOrEqual(3);
    }
    expect(memo.size).toBeGreaterThan(0);
    // Answers do not depend on whether a value is still remembered.
    expect(memo.check(923609016)).toBe("923609016");
    expect(memo.check(976030788)).toBe("976030788");
  });

  it("remembers numbers and short text only; other values are checked each time, with the same answers", () => {
    const memo = new OrgnrMemo(10);
    const long = `923609016${" ".repeat(100)}`;
    expect(memo.check(long)).toBe("923609016");
    expect(isInvalidInputError(memo.check(true))).toBe(true);
    expect(message(memo.check(true))).toBe(message(memo.check(true)));
    expect(isInvalidInputError(memo.check(null))).toBe(true);
    expect(memo.size).toBe(0);
    memo.check(923609016);
    memo.check("923609016");
    expect(memo.size).toBe(2);
  });

  it("rejects a bound that is not a whole number ≥ 1, naming it", () => {
    expect(() => new OrgnrMemo(0)).toThrow(/maxEntries/);
    expect(() => new OrgnrMemo(1.5)).toThrow(/maxEntries/);
  });
});

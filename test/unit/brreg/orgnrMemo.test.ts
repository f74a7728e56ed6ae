import { OrgnrMemo, isValidOrgnr, normaliseOrgnr, orgnrOrError } from "../../../src/core/brreg/orgnr";
import { unitGrid } from "../../../src/core/brreg/unitGrid";
import { isInvalidInputError } from "../../../src/core/errors";
import { fakeBrreg } from "./fakeBrreg";

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

  it("unitGrid answers a number cell and its text form alike, and an invalid cell with the same #VALUE! text on every call", () => {
    const data = fakeBrreg();
    expect(unitGrid(data, [[923609016]], "navn")).toEqual(unitGrid(data, [["923 609 016"]], "navn"));
    const first = unitGrid(data, [["923609017"]], "navn") as unknown[][];
    const again = unitGrid(data, [["923609017"]], "navn") as unknown[][];
    expect(isInvalidInputError(first[0]?.[0])).toBe(true);
    expect((again[0]?.[0] as Error).message).toBe((first[0]?.[0] as Error).message);
  });
});

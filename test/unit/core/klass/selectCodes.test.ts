import { parseSelectCodes } from "../../../../src/core/klass";
import { isInvalidInputError } from "../../../../src/core/errors";

const CODES = [
  "0301",
  "1101",
  "1103",
  "1201",
  "3001",
  "3002",
  "3004",
  "3006",
  "3400",
  "3401",
  "3415",
  "3418",
  "3420",
  "3501",
];
const pick = (text: string) => CODES.filter(parseSelectCodes(text)!);

describe("selectCodes with the server's rules (API guide §3.3)", () => {
  test("single codes and comma lists (spaces allowed)", () => {
    expect(pick("3004")).toEqual(["3004"]);
    expect(pick("3004, 3006")).toEqual(["3004", "3006"]);
  });
  test("prefix wildcard", () => expect(pick("3004, 11*")).toEqual(["1101", "1103", "3004"]));
  test("ranges, inclusive at both ends", () => expect(pick("3004-3400")).toEqual(["3004", "3006", "3400"]));
  test("a range with a wildcard end runs to any higher code with that prefix", () => {
    expect(pick("3004-34*")).toEqual(["3004", "3006", "3400", "3401", "3415", "3418", "3420"]);
  });
  test("the guide's example: 3415-3418,300*", () =>
    expect(pick("3415-3418,300*")).toEqual(["3001", "3002", "3004", "3006", "3415", "3418"]));
  test("empty means no filter", () => expect(parseSelectCodes(" ")).toBeUndefined());
  test("limits: 200 characters, 20 terms; malformed terms", () => {
    for (const bad of ["1,".repeat(21) + "1", "1".repeat(201), "*11", "30*4", "-3004"]) {
      expect(() => parseSelectCodes(bad)).toThrow();
      try {
        parseSelectCodes(bad);
      } catch (error) {
        expect(isInvalidInputError(error)).toBe(true);
        expect((error as Error).message).toMatch(/e\.g\./);
      }
    }
  });
});

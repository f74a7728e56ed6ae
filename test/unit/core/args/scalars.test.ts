import {
  coerceBoolean,
  coerceId,
  coerceLanguage,
  coerceNameList,
  coerceOptionalInteger,
  coerceText,
  isOmitted,
  scalar,
  toGrid,
  broadcastShape,
  at,
  buildGrid,
  shapeOf,
} from "../../../../src/core/args";
import { isInvalidInputError, type InvalidInputError } from "../../../../src/core/errors";

function invalid(fn: () => unknown): InvalidInputError {
  try {
    fn();
  } catch (error) {
    expect(isInvalidInputError(error)).toBe(true);
    return error as InvalidInputError;
  }
  throw new Error("expected InvalidInputError");
}

test("omitted values: null, undefined, blank text", () => {
  expect([null, undefined, "", " "].every(isOmitted)).toBe(true);
  expect(isOmitted(0)).toBe(false);
  expect(scalar([[7]])).toBe(7);
});

test("ids: numbers and numeric text; others are #VALUE! with an example", () => {
  expect(coerceId(131, "classification", "131")).toBe(131);
  expect(coerceId(" 131 ", "classification", "131")).toBe(131);
  expect(coerceId([[6]], "classification", "131")).toBe(6);
  expect(invalid(() => coerceId("kommuner", "classification", "131")).message).toMatch(/e\.g\. 131/);
  expect(invalid(() => coerceId(null, "classification", "131")).message).toMatch(/missing/);
  invalid(() => coerceId(1.5, "classification", "131"));
});

describe("ids are safe positive integers", () => {
  test.each([
    ["1e21", 1e21],
    ["1e308", 1e308],
    ["2^53 + 1", 2 ** 53 + 1],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
    ["0", 0],
    ["-1", -1],
    ["1.5", 1.5],
    ["text 1e21", "1e21"],
    ["text 9007199254740993 (2^53 + 1)", "9007199254740993"],
    ["a 1 MB digit string", "1".repeat(1_000_000)],
  ])("%s is #VALUE! naming the valid range", (_, value) => {
    const error = invalid(() => coerceId(value, "classification", "131"));
    expect(error.message).toMatch(/1 to 9007199254740991/);
    expect(error.message.length).toBeLessThan(300);
  });
  test("the largest safe integer is an id", () => {
    expect(coerceId(Number.MAX_SAFE_INTEGER, "classification", "131")).toBe(Number.MAX_SAFE_INTEGER);
    expect(coerceId(String(Number.MAX_SAFE_INTEGER), "classification", "131")).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("bounded text arguments", () => {
  test("text longer than 1,000 characters is #VALUE! naming the bound", () => {
    expect(coerceText("x".repeat(1_000), "variantName", '"A*10"')).toHaveLength(1_000);
    const error = invalid(() => coerceText("x".repeat(1_001), "variantName", '"A*10"'));
    expect(error.message).toMatch(/variantName is 1,001 characters long; at most 1,000/);
  });
  test("a caller's own bound (search text)", () => {
    expect(invalid(() => coerceText("x".repeat(181), "query", '"kommune"', 180)).message).toMatch(/at most 180/);
  });
  test("a name list cell longer than 1,000 characters is refused before matching", () => {
    const error = invalid(() => coerceNameList("y".repeat(1_000_000), "columns", ["code", "name"], []));
    expect(error.message).toMatch(/columns is 1,000,000 characters long; at most 1,000/);
    expect(error.suggestions).toEqual([]);
  });
});

test("optional integers within bounds", () => {
  expect(coerceOptionalInteger(null, "level", { min: 1, max: 20, example: "1" })).toBeUndefined();
  expect(coerceOptionalInteger("2", "level", { min: 1, max: 20, example: "1" })).toBe(2);
  invalid(() => coerceOptionalInteger(0, "level", { min: 1, max: 20, example: "1" }));
});

test("language: nb default, case-insensitive, others rejected", () => {
  expect(coerceLanguage(null)).toBe("nb");
  expect(coerceLanguage("EN")).toBe("en");
  expect(coerceLanguage(" Nn ")).toBe("nn");
  expect(invalid(() => coerceLanguage("se")).message).toMatch(/nb, nn or en/);
});

test("booleans and text", () => {
  expect(coerceBoolean(undefined, "x", false)).toBe(false);
  expect(coerceBoolean("TRUE", "x", false)).toBe(true);
  expect(coerceBoolean(0, "x", true)).toBe(false);
  invalid(() => coerceBoolean("maybe", "x", true));
  expect(coerceText(301, "code", "0301")).toBe("301");
  invalid(() => coerceText("", "code", "0301"));
});

test("name lists: comma text or a range, case-insensitive, with suggestions", () => {
  const allowed = ["code", "name", "parentCode"];
  expect(coerceNameList(null, "columns", allowed, ["code"])).toEqual(["code"]);
  expect(coerceNameList("Code, NAME", "columns", allowed, [])).toEqual(["code", "name"]);
  expect(
    coerceNameList(
      [
        ["code", "name"],
        ["", null],
      ],
      "columns",
      allowed,
      [],
    ),
  ).toEqual(["code", "name"]);
  const error = invalid(() => coerceNameList("nmae", "columns", allowed, []));
  expect(error.message).toMatch(/did you mean "name"/);
  expect(error.suggestions).toEqual(["name"]);
});

test("grids: scalars become [[x]], shapes broadcast, mismatches are #VALUE!", () => {
  expect(toGrid(5)).toEqual([[5]]);
  expect(toGrid([1, 2])).toEqual([[1, 2]]);
  const column = toGrid([[1], [2], [3]]);
  const shape = broadcastShape(shapeOf(column), shapeOf(toGrid("x")), ["code", "date"]);
  expect(shape).toEqual({ rows: 3, columns: 1 });
  expect(buildGrid(shape, (r, c) => `${String(at(column, r, c))}${String(at([["x"]], r, c))}`)).toEqual([
    ["1x"],
    ["2x"],
    ["3x"],
  ]);
  invalid(() => broadcastShape({ rows: 3, columns: 1 }, { rows: 2, columns: 1 }, ["code", "date"]));
});

import { NotFoundError } from "../../../../src/core/errors";
import { answerGrid, toCells } from "../../../../src/functions/shared/answerGrid";
import { CellErrorCode } from "../../../../src/functions/shared/cellError";
import { estimateResultChars, MAX_RESULT_CHARS, withinResultSize } from "../../../../src/functions/shared/resultSize";

/** How an error element looks in the runtime's JSON (CustomFunctionError.toJSON), message included. */
const errorJson = (code: string, message: string) =>
  JSON.stringify({
    valueType: "CustomFunctionError",
    code,
    type: "Error",
    basicValue: code,
    basicType: "Error",
    message,
    errorType: code === "#N/A" ? "NotAvailable" : "Value",
  });

describe("result size against the custom-functions runtime's 2,000,000-character limit", () => {
  test("the estimate is never below the JSON the runtime sends", () => {
    const grid = [
      ["Oslo", 301, true, null, ""],
      ["Trøndelag – Trööndelage", -1.2345678901234568e-300, false, 0, "x"],
    ];
    const message = "0101 is not a code in 131 Standard for kommuneinndeling at 2024-01-01";
    const withError = toCells([["Oslo", new NotFoundError(message, { api: "klass" })]]);
    expect(estimateResultChars(grid)).toBeGreaterThanOrEqual(JSON.stringify(grid).length);
    const sent = `[["Oslo",${errorJson("#N/A", message)}]]`;
    expect(estimateResultChars(withError)).toBeGreaterThanOrEqual(sent.length);
    expect(estimateResultChars(withError)).toBeLessThan(sent.length * 1.2);
  });

  test("an entity card counts at its JSON's length (a card is ~1.7 KB, not a number's 25 characters)", () => {
    const card = { type: "Entity", text: "x".repeat(3000), properties: { navn: { type: "String", basicValue: "x" } } };
    const grid = [[card, "Oslo"]];
    expect(estimateResultChars(grid)).toBeGreaterThanOrEqual(JSON.stringify(grid).length);
    expect(estimateResultChars(grid)).toBeLessThan(JSON.stringify(grid).length + 50);
    const many = Array.from({ length: 700 }, () => [card]);
    expect(() => withinResultSize(many)).toThrow(/too large for Excel/);
  });

  test("a grid under the limit is returned as is; over it, a #VALUE! that says to split the range", () => {
    const fits = Array.from({ length: 100_000 }, () => ["Nord-Aurdal"]);
    expect(withinResultSize(fits)).toBe(fits);
    const tooLarge = Array.from({ length: 100_000 }, () => ["x".repeat(20)]);
    expect(estimateResultChars(tooLarge)).toBeGreaterThan(MAX_RESULT_CHARS);
    expect(() => withinResultSize(tooLarge)).toThrow(
      expect.objectContaining({
        code: CellErrorCode.value,
        message: expect.stringMatching(/too large for Excel.*100,000 cells.*Split the range/),
      }),
    );
  });

  test("answerGrid applies it, synchronously and to a late answer", async () => {
    const tooLarge = Array.from({ length: 100_000 }, () => ["x".repeat(20)]);
    expect(() => answerGrid(() => tooLarge)).toThrow(expect.objectContaining({ code: CellErrorCode.value }));
    await expect(answerGrid(() => Promise.resolve(tooLarge))).rejects.toMatchObject({ code: CellErrorCode.value });
  });
});

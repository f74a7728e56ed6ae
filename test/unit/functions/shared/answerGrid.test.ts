import { CellErrorCode } from "../../../../src/functions/shared/cellError";
import { answerGrid, toCell, toCells } from "../../../../src/functions/shared/answerGrid";
import { InvalidInputError, NotFoundError } from "../../../../src/core/errors";
import { isPromise } from "../../../../src/core/maybePromise";

/** The shared bridge from core grids to Excel (KLASS and BRREG functions both answer through it). */
describe("shared grid answers", () => {
  test("a grid without errors is answered as is: no copy on the hot path", () => {
    const grid = [
      ["Oslo", 1],
      [true, ""],
    ];
    expect(toCells(grid)).toBe(grid);
    const answered = answerGrid(() => grid);
    expect(isPromise(answered)).toBe(false);
    expect(answered).toBe(grid);
  });

  test("Error elements become their cell errors; the rest stands; the input is not changed", () => {
    const grid = [
      ["Oslo", new NotFoundError("0101 is not in 131", { api: "klass" })],
      [new InvalidInputError("bad code"), 2],
    ];
    const cells = toCells(grid);
    expect(cells).not.toBe(grid);
    expect(cells[0]![0]).toBe("Oslo");
    expect(cells[0]![1]).toMatchObject({ code: CellErrorCode.notAvailable, message: "0101 is not in 131" });
    expect(cells[1]![0]).toMatchObject({ code: CellErrorCode.value });
    expect(grid[0]![1]).toBeInstanceOf(Error);
    expect(toCell(5)).toBe(5);
  });

  test("a late answer maps its errors too; a thrown whole-call error is a cell error", async () => {
    await expect(answerGrid(() => Promise.resolve([[new NotFoundError("gone", { api: "brreg" })]]))).resolves.toEqual([
      [expect.objectContaining({ code: "#N/A" })],
    ]);
    expect(() =>
      answerGrid(() => {
        throw new InvalidInputError("orgnr must have 9 digits");
      }),
    ).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});

import { checkCombine, checkFreeze, checkUncombine, checkExpected } from "../../../../src/core/formulas/swapGuard";

const block = { sheet: "S", row: 1, column: 2, rowCount: 3, columnCount: 1 };

describe("the swap rule: an add-in formula for its own values or range formula, and back, nothing else", () => {
  it("freeze needs the exact add-in formula in the top cell and the block it shows", () => {
    const f = "=KLASS.CODES(131)";
    expect(checkFreeze(block, f, f, { rowCount: 3, columnCount: 1 })).toEqual({ ok: true });
    expect(checkFreeze(block, f, "=KLASS.CODES(104)", { rowCount: 3, columnCount: 1 }).ok).toBe(false);
    expect(checkFreeze(block, f, f, { rowCount: 4, columnCount: 1 }).ok).toBe(false);
    expect(checkFreeze(block, "=SUM(A1)", "=SUM(A1)", { rowCount: 3, columnCount: 1 })).toEqual({
      ok: false,
      sheet: "S",
      cells: ["C2"],
      count: 1,
    });
  });

  it("combine needs every original formula in place; a cell the user changed blocks by address", () => {
    const originals = ["=BRREG.STATUS(A2)", "=BRREG.STATUS(A3)", "=BRREG.STATUS(A4)"];
    expect(
      checkCombine(
        block,
        originals,
        originals.map((f) => [f]),
      ),
    ).toEqual({ ok: true });
    expect(checkCombine(block, originals, [[originals[0]], ["typed"], [originals[2]]])).toEqual({
      ok: false,
      sheet: "S",
      cells: ["C3"],
      count: 1,
    });
    expect(
      checkCombine(block, ["=SUM(A2)", "=SUM(A3)", "=SUM(A4)"], [["=SUM(A2)"], ["=SUM(A3)"], ["=SUM(A4)"]]).ok,
    ).toBe(false);
  });

  it("undo-combine needs the range formula, and below it its spill or empty cells", () => {
    const f = "=BRREG.STATUS(A2:A4)";
    expect(checkUncombine(block, f, f, { rowCount: 3, columnCount: 1 }, [["x"], ["y"]])).toEqual({ ok: true });
    expect(checkUncombine(block, f, f, undefined, [[null], [""]])).toEqual({ ok: true });
    expect(checkUncombine(block, f, f, undefined, [[null], ["mine"]])).toEqual({
      ok: false,
      sheet: "S",
      cells: ["C4"],
      count: 1,
    });
    expect(checkUncombine(block, f, "=BRREG.STATUS(A2)", undefined, []).ok).toBe(false);
  });

  it("expected contents compare empty as empty and values exactly", () => {
    expect(checkExpected(block, [[null, ""]], [["", null]])).toEqual({ ok: true });
    expect(checkExpected(block, [[1]], [["1"]]).ok).toBe(false);
  });
});

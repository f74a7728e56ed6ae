import { evaluateCall, type CallableFunction } from "../../../../src/core/formulas/evaluate";

const cells: Record<string, unknown> = { "S!0,0": "0301", "S!1,0": "1103", "My data!0,1": "2024-01-01" };
const read = (sheet: string, row: number, column: number, rowCount: number, columnCount: number) =>
  Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: columnCount }, (_, c) => (cells[`${sheet}!${row + r},${column + c}`] ?? null) as never),
  );

describe("evaluating an add-in call outside Excel, as Excel passes arguments", () => {
  it("ranges and references reach matrix parameters as grids, literals as [[value]], scalars as values, omitted as null", async () => {
    const seen: unknown[][] = [];
    const fn: CallableFunction = {
      matrix: [false, true, true, false],
      fn: (...args: unknown[]) => {
        seen.push(args);
        return [["a"], ["b"]];
      },
    };
    const grid = await evaluateCall("=KLASS.CODENAME(131,A1:A2,'My data'!B1,)", "S", read, () => fn);
    expect(grid).toEqual([["a"], ["b"]]);
    expect(seen[0]).toEqual([131, [["0301"], ["1103"]], [["2024-01-01"]], null]);
    await evaluateCall('=KLASS.CODENAME(A1,"0301",TRUE)', "S", read, () => fn);
    expect(seen[1]).toEqual(["0301", [["0301"]], [[true]]]);
  });

  it("errors show as their code; a scalar answer is one cell; unknown functions are not evaluated", async () => {
    const err = Object.assign(new Error("no such code"), { code: "#N/A" });
    const fails: CallableFunction = { matrix: [], fn: () => Promise.reject(err) };
    expect(await evaluateCall("=BRREG.ENHET(1)", "S", read, () => fails)).toEqual([["#N/A"]]);
    const perCell: CallableFunction = { matrix: [], fn: () => [["x", { code: "#VALUE!" }, null]] };
    expect(await evaluateCall("=BRREG.ENHET(1)", "S", read, () => perCell)).toEqual([["x", "#VALUE!", ""]]);
    const scalar: CallableFunction = { matrix: [], fn: () => 7 };
    expect(await evaluateCall("=BRREG.ANTALL()", "S", read, () => scalar)).toEqual([[7]]);
    expect(await evaluateCall("=SUM(1)", "S", read, () => undefined)).toBeUndefined();
  });
});

import { firstEmptyColumns } from "../../../../src/core/sheet/emptyColumns";

describe("first empty columns", () => {
  it("finds the first run of empty columns wide enough, over every row", () => {
    const grid = [
      ["a", null, "", "b", null, null, null],
      [null, null, "x", null, "", null, null],
    ];
    expect(firstEmptyColumns(grid, 1)).toBe(1);
    expect(firstEmptyColumns(grid, 2)).toBe(4);
    expect(firstEmptyColumns(grid, 3)).toBe(4);
    expect(firstEmptyColumns(grid, 4)).toBeUndefined();
  });
});

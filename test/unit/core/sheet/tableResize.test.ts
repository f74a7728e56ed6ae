import { tableResize } from "../../../../src/core/sheet/tableResize";

describe("tableResize", () => {
  it("inserts rows and columns when a table grows", () => {
    expect(tableResize({ rows: 3, columns: 2 }, { rows: 10, columns: 4 })).toEqual({
      bodyRows: 10,
      width: 4,
      insertRows: 7,
      deleteRows: 0,
      insertColumns: 2,
      dropColumns: 0,
    });
  });
  it("deletes rows and clears dropped columns when it shrinks", () => {
    expect(tableResize({ rows: 10, columns: 4 }, { rows: 3, columns: 2 })).toEqual({
      bodyRows: 3,
      width: 4,
      insertRows: 0,
      deleteRows: 7,
      insertColumns: 0,
      dropColumns: 2,
    });
  });
  it("keeps one body row for an empty result", () => {
    expect(tableResize({ rows: 5, columns: 2 }, { rows: 0, columns: 2 })).toMatchObject({
      bodyRows: 1,
      deleteRows: 4,
      insertRows: 0,
    });
  });
});

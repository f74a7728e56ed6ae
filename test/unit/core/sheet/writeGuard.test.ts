import {
  EMPTY_LEDGER,
  checkContents,
  parseLedger,
  recordBlock,
  serializeLedger,
  shiftLedgerColumns,
} from "../../../../src/core/sheet/writeGuard";

describe("write guard: which cells block a write", () => {
  const target = { sheet: "Data", row: 0, column: 1, rowCount: 2, columnCount: 2 };

  it("passes empty cells and the add-in's own cells, and names every other non-empty cell", () => {
    const contents = [
      ["", "=A1"],
      [0, null],
    ];
    expect(checkContents(target, contents, [])).toEqual({ ok: false, sheet: "Data", cells: ["C1", "B2"], count: 2 });
    const own = [{ sheet: "data", row: 0, column: 2, rowCount: 1, columnCount: 1 }];
    expect(checkContents(target, contents, own)).toEqual({ ok: false, sheet: "Data", cells: ["B2"], count: 1 });
    expect(
      checkContents(
        target,
        [
          ["", ""],
          [null, ""],
        ],
        [],
      ),
    ).toEqual({ ok: true });
  });

  it("lists at most 20 cells but counts them all", () => {
    const contents = Array.from({ length: 30 }, () => ["x"]);
    const check = checkContents({ sheet: "S", row: 0, column: 0, rowCount: 30, columnCount: 1 }, contents, []);
    expect(check).toMatchObject({ ok: false, count: 30 });
    expect(!check.ok && check.cells).toHaveLength(20);
  });
});

describe("write guard: the ledger of what the add-in wrote", () => {
  it("merges chunks written one below the other into one block, and survives a round trip", () => {
    let ledger = EMPTY_LEDGER;
    for (let row = 1; row < 1001; row += 250)
      ledger = recordBlock(ledger, { sheet: "S", row, column: 4, rowCount: 250, columnCount: 3 });
    ledger = recordBlock(ledger, { sheet: "S", row: 0, column: 4, rowCount: 1, columnCount: 3 });
    expect(ledger.blocks).toEqual([{ sheet: "S", row: 0, column: 4, rowCount: 1001, columnCount: 3 }]);
    expect(parseLedger(serializeLedger(ledger))).toEqual(ledger);
  });

  it("reads an unreadable ledger as empty (cells then count as the user's)", () => {
    expect(parseLedger("{not json")).toEqual(EMPTY_LEDGER);
    expect(parseLedger(JSON.stringify({ blocks: [{ sheet: "S", row: -1 }], tables: [3, "T"] }))).toEqual({
      blocks: [],
      tables: ["T"],
    });
  });

  it("moves blocks right of inserted columns, and widens a block the insertion splits", () => {
    const ledger = {
      blocks: [
        { sheet: "S", row: 0, column: 0, rowCount: 1, columnCount: 1 },
        { sheet: "S", row: 0, column: 2, rowCount: 1, columnCount: 3 },
        { sheet: "S", row: 0, column: 6, rowCount: 1, columnCount: 1 },
        { sheet: "Other", row: 0, column: 6, rowCount: 1, columnCount: 1 },
      ],
      tables: [],
    };
    expect(shiftLedgerColumns(ledger, "S", 3, 2).blocks.map((b) => [b.column, b.columnCount])).toEqual([
      [0, 1],
      [2, 5],
      [8, 1],
      [6, 1],
    ]);
  });
});

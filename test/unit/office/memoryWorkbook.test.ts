import { TEXT_FORMAT } from "../../../src/core/sheet/cells";
import { WriteBlockedError } from "../../../src/core/sheet/writeGuard";
import { createMemoryWorkbook } from "../../../src/office/memoryWorkbook";
import { frozenRecord } from "../../../src/core/formulas/frozen";

describe("in-memory workbook", () => {
  it("behaves like Excel for numeric text: General makes numbers, text format keeps the string", async () => {
    const book = createMemoryWorkbook();
    await book.write({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      values: [["0301", "0301"]],
      numberFormats: [[TEXT_FORMAT, "General"]],
    });
    expect(book.cell("Sheet1", 0, 0)?.value).toBe("0301");
    expect(book.cell("Sheet1", 0, 1)?.value).toBe(301);
  });

  it("turns =text into a formula unless the cell is text-formatted", async () => {
    const book = createMemoryWorkbook();
    await book.write({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      values: [["=1+1", "=1+1"]],
      numberFormats: [["General", TEXT_FORMAT]],
    });
    expect(book.cell("Sheet1", 0, 0)?.formula).toBe("=1+1");
    expect(book.cell("Sheet1", 0, 1)?.value).toBe("=1+1");
    expect(book.cell("Sheet1", 0, 1)?.formula).toBeUndefined();
  });

  it("reports the selection with its values", async () => {
    const book = createMemoryWorkbook();
    book.setValues("Sheet1", 1, 1, [["923609016"], ["810005912"]]);
    book.select("Sheet1", 1, 1, 2, 1);
    expect(await book.getSelection()).toMatchObject({ address: "B2:B3", values: [[923609016], [810005912]] });
    expect(book.writes).toHaveLength(0); // set-up is not a gateway write
  });

  it("creates uniquely named tables, reads them back, and replaces their rows", async () => {
    const book = createMemoryWorkbook();
    const sheet = await book.addSheet("Kommuner");
    const first = await book.createTable({
      sheet,
      row: 0,
      column: 0,
      name: "KLASS 131",
      header: ["code", "name"],
      rows: [["0301", "Oslo"]],
      textColumns: new Set([0]),
    });
    const second = await book.createTable({
      sheet,
      row: 5,
      column: 0,
      name: "KLASS 131",
      header: ["code"],
      rows: [],
      textColumns: new Set(),
    });
    expect(first).toMatchObject({ name: "KLASS_131", address: "A1:B2", rowCount: 1 });
    expect(second.name).toBe("KLASS_131_2");
    const replaced = await book.replaceTableRows(
      "KLASS_131",
      ["code", "name"],
      [
        ["0301", "Oslo - Oslove"],
        ["1103", "Stavanger"],
      ],
      new Set([0]),
    );
    expect(replaced.rowCount).toBe(2);
    expect((await book.readTable("KLASS_131"))?.rows).toEqual([
      ["0301", "Oslo - Oslove"],
      ["1103", "Stavanger"],
    ]);
    expect(await book.addSheet("Kommuner")).toBe("Kommuner (2)");
  });

  it("keeps settings and counts recalculations", async () => {
    const book = createMemoryWorkbook();
    await book.writeSetting("reports", "[]");
    expect(await book.readSetting("reports")).toBe("[]");
    await book.writeSetting("reports", undefined);
    expect(await book.readSetting("reports")).toBeUndefined();
    await book.recalculate();
    expect(book.recalculations).toBe(1);
  });
});

describe("in-memory workbook: taskpane additions", () => {
  it("writes API text that looks like a formula as text in tables", async () => {
    const book = createMemoryWorkbook();
    await book.createTable({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      name: "T",
      header: ["navn"],
      rows: [['=HYPERLINK("http://x")'], ["+47"]],
      textColumns: new Set(),
    });
    expect(book.cell("Sheet1", 1, 0)).toEqual({ value: '=HYPERLINK("http://x")', format: TEXT_FORMAT });
    expect(book.cell("Sheet1", 2, 0)?.format).toBe(TEXT_FORMAT);
  });

  it("reads back formulas and keeps user columns' formulas on replace", async () => {
    const book = createMemoryWorkbook();
    await book.createTable({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      name: "T",
      header: ["code"],
      rows: [["0301"]],
      textColumns: new Set([0]),
    });
    await book.replaceTableRows("T", ["code", "note"], [["0301", "=1+1"]], new Set([0]), new Set([1]));
    const table = await book.readTable("T");
    expect(table?.formulas).toEqual([["0301", "=1+1"]]);
    expect(table?.rows).toEqual([["0301", null]]);
    expect(await book.addinFormulas()).toEqual([]);
    await book.setFormula("Sheet1", 9, 0, '=KLASS.CODENAME(131,"0301")');
    expect(await book.addinFormulas()).toEqual(['=KLASS.CODENAME(131,"0301")']);
  });

  it("chunks large tables into writes under the budget, selects ranges and tracks the active sheet", async () => {
    const book = createMemoryWorkbook("Sheet1", { budgetBytes: 10_000 });
    const rows = Array.from({ length: 1000 }, (_, i) => [String(i).padStart(4, "0"), `name ${i}`]);
    await book.createTable({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      name: "Big",
      header: ["code", "name"],
      rows,
      textColumns: new Set([0]),
    });
    expect(book.writes.length).toBeGreaterThan(5);
    expect(Math.max(...book.writes.map((w) => w.bytes))).toBeLessThan(10_000);
    const sheet = await book.addSheet("Ny");
    expect(book.activeSheet).toBe(sheet);
    await book.selectRange("Sheet1", 1, 0, 1000, 1);
    expect((await book.getSelection()).address).toBe("A2:A1001");
    expect(book.activeSheet).toBe("Sheet1");
    expect(book.tables()).toEqual(["Big"]);
  });
});

describe("in-memory workbook: a refreshed table moves what stands below and beside it, as Excel does", () => {
  it("grows without overwriting the cells below, and shrinks pulling them back", async () => {
    const book = createMemoryWorkbook();
    await book.createTable({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      name: "T",
      header: ["code", "name"],
      rows: [
        ["01", "a"],
        ["02", "b"],
      ],
      textColumns: new Set([0]),
    });
    book.setValues("Sheet1", 4, 0, [["my note below"]]);
    book.setValues("Sheet1", 0, 3, [["my note beside"]]);
    await book.replaceTableRows(
      "T",
      ["code", "name", "extra"],
      [
        ["01", "a", 1],
        ["02", "b", 2],
        ["03", "c", 3],
        ["04", "d", 4],
      ],
      new Set([0]),
      new Set(),
    );
    expect(book.cell("Sheet1", 6, 0)?.value).toBe("my note below"); // two rows more: moved down by two
    expect(book.cell("Sheet1", 0, 4)?.value).toBe("my note beside"); // one column more: moved right by one
    expect((await book.readTable("T"))?.rows).toEqual([
      ["01", "a", 1],
      ["02", "b", 2],
      ["03", "c", 3],
      ["04", "d", 4],
    ]);
    await book.replaceTableRows("T", ["code", "name", "extra"], [["01", "a", 1]], new Set([0]), new Set());
    expect(book.cell("Sheet1", 3, 0)?.value).toBe("my note below"); // three rows fewer: back up by three
  });

  describe("tables move with their cells, and are found by name wherever they went", () => {
    type Book = ReturnType<typeof createMemoryWorkbook>;
    /** Every cell of a block, as stored (value, format, formula): compared cell by cell. */
    const block = (book: Book, row: number, column: number, rows: number, columns: number) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => ({ ...book.cell("Sheet1", row + r, column + c) })),
      );
    const table = (book: Book, name: string, row: number, column: number, rows: (string | number)[][]) =>
      book.createTable({
        sheet: "Sheet1",
        row,
        column,
        name,
        header: ["code", "name"],
        rows,
        textColumns: new Set([0]),
      });

    it("stacked tables: the upper grows by 3 rows, the lower moves down, and its refresh touches nothing of the upper", async () => {
      const book = createMemoryWorkbook();
      await table(book, "Upper", 0, 0, [
        ["01", "a"],
        ["02", "b"],
        ["03", "c"],
      ]); // A1:B4
      await table(book, "Lower", 4, 0, [
        ["x1", "X"],
        ["x2", "Y"],
      ]); // A5:B7, right below
      const grown = [
        ["01", "a"],
        ["02", "b"],
        ["03", "c"],
        ["04", "d"],
        ["05", "e"],
        ["06", "f"],
      ];
      await book.replaceTableRows("Upper", ["code", "name"], grown, new Set([0]));
      expect((await book.readTable("Upper"))!.info.address).toBe("A1:B7");
      const lower = (await book.readTable("Lower"))!;
      expect(lower.info.address).toBe("A8:B10");
      expect(lower.rows).toEqual([
        ["x1", "X"],
        ["x2", "Y"],
      ]);
      const upperBefore = block(book, 0, 0, 7, 2);
      await book.replaceTableRows(
        "Lower",
        ["code", "name"],
        [
          ["y1", "Z"],
          ["y2", "W"],
          ["y3", "V"],
        ],
        new Set([0]),
      );
      expect(block(book, 0, 0, 7, 2)).toEqual(upperBefore);
      expect((await book.readTable("Upper"))!.rows).toEqual(grown);
      expect((await book.readTable("Lower"))!).toMatchObject({
        info: { address: "A8:B11" },
        rows: [
          ["y1", "Z"],
          ["y2", "W"],
          ["y3", "V"],
        ],
      });
    });

    it("a shrinking upper table pulls the lower one up with it", async () => {
      const book = createMemoryWorkbook();
      await table(book, "Upper", 0, 0, [
        ["01", "a"],
        ["02", "b"],
        ["03", "c"],
      ]);
      await table(book, "Lower", 5, 0, [["x1", "X"]]); // A6:B7, one row of gap
      await book.replaceTableRows("Upper", ["code", "name"], [["01", "a"]], new Set([0]));
      expect((await book.readTable("Lower"))!).toMatchObject({ info: { address: "A4:B5" }, rows: [["x1", "X"]] });
      await book.replaceTableRows("Lower", ["code", "name"], [["y1", "Y"]], new Set([0]));
      expect(block(book, 0, 0, 2, 2).map((row) => row.map((cell) => cell.value))).toEqual([
        ["code", "name"],
        ["01", "a"],
      ]);
    });

    it("side by side: a table growing a column pushes the one to its right, which then refreshes in place", async () => {
      const book = createMemoryWorkbook();
      await table(book, "Left", 0, 0, [["01", "a"]]); // A1:B2
      await table(book, "Right", 0, 2, [["x1", "X"]]); // C1:D2
      await book.replaceTableRows("Left", ["code", "name", "note"], [["01", "a", "n"]], new Set([0]));
      expect((await book.readTable("Right"))!.info.address).toBe("D1:E2");
      const leftBefore = block(book, 0, 0, 2, 3);
      await book.replaceTableRows("Right", ["code", "name"], [["y1", "Y"]], new Set([0]));
      expect(block(book, 0, 0, 2, 3)).toEqual(leftBefore);
      expect((await book.readTable("Right"))!.rows).toEqual([["y1", "Y"]]);
    });

    it("refuses, as Excel does, a shift that would move only part of another table", async () => {
      const book = createMemoryWorkbook();
      await table(book, "Narrow", 0, 0, [["01", "a"]]); // A1:B2
      await book.createTable({
        sheet: "Sheet1",
        row: 3,
        column: 1,
        name: "Wide",
        header: ["a", "b", "c"],
        rows: [["1", "2", "3"]],
        textColumns: new Set(),
      }); // B4:D5, straddling the columns Narrow would push down
      await expect(
        book.replaceTableRows(
          "Narrow",
          ["code", "name"],
          [
            ["01", "a"],
            ["02", "b"],
            ["03", "c"],
          ],
          new Set([0]),
        ),
      ).rejects.toThrow(/part of table "Wide"/);
      expect((await book.readTable("Wide"))!.info.address).toBe("B4:D5");
    });
  });
});

describe("in-memory workbook: the checked write", () => {
  const user = () => {
    const book = createMemoryWorkbook();
    book.setValues("Sheet1", 0, 0, [
      ["orgnr", "note"],
      ["923609016", "keep me"],
    ]);
    return book;
  };

  it("refuses a write over a user's cell, lists it, and leaves every cell as it was", async () => {
    const book = user();
    const before = book.writes.length;
    await expect(book.checkWrite("Sheet1", 0, 1, 3, 2)).resolves.toEqual({
      ok: false,
      sheet: "Sheet1",
      cells: ["B1", "B2"],
      count: 2,
    });
    await expect(
      book.write({
        sheet: "Sheet1",
        row: 0,
        column: 1,
        values: [
          ["x", "y"],
          ["x", "y"],
          ["x", "y"],
        ],
      }),
    ).rejects.toBeInstanceOf(WriteBlockedError);
    expect(book.writes.length).toBe(before);
    expect(book.cell("Sheet1", 1, 1)?.value).toBe("keep me");
    expect(book.cell("Sheet1", 0, 2)).toBeUndefined();
  });

  it("refuses a table and a formula over a user's cell", async () => {
    const book = user();
    await expect(
      book.createTable({
        sheet: "Sheet1",
        row: 1,
        column: 1,
        name: "T",
        header: ["a"],
        rows: [["1"]],
        textColumns: new Set(),
      }),
    ).rejects.toMatchObject({ cells: ["B2"], count: 1 });
    await expect(book.setFormula("Sheet1", 1, 0, "=KLASS.CODES(131)")).rejects.toBeInstanceOf(WriteBlockedError);
    expect(book.tables()).toEqual([]);
    expect(book.cell("Sheet1", 1, 0)?.value).toBe(923609016);
  });

  it("lets the add-in rewrite what it wrote: its blocks, its formula cell and its tables", async () => {
    const book = user();
    await book.write({ sheet: "Sheet1", row: 0, column: 3, values: [["a"], ["b"]] });
    await book.write({ sheet: "Sheet1", row: 0, column: 3, values: [["a2"], ["b2"]] });
    expect(book.cell("Sheet1", 1, 3)?.value).toBe("b2");
    await book.setFormula("Sheet1", 5, 0, "=KLASS.CODES(131)");
    await book.setFormula("Sheet1", 5, 0, "=KLASS.CODES(104)");
    const info = await book.createTable({
      sheet: "Sheet1",
      row: 10,
      column: 0,
      name: "T",
      header: ["code"],
      rows: [["01"]],
      textColumns: new Set([0]),
    });
    await expect(book.checkWrite("Sheet1", 10, 0, 2, 1)).resolves.toEqual({ ok: true });
    await book.replaceTableRows(info.name, ["code"], [["02"]], new Set([0]));
    expect(book.cell("Sheet1", 11, 0)?.value).toBe("02");
  });

  it("inserts whole columns: the user's cells move right, the add-in's blocks and tables with them", async () => {
    const book = user();
    await book.write({ sheet: "Sheet1", row: 0, column: 2, values: [["mine"]] });
    await book.insertColumns("Sheet1", 1, 2);
    expect(book.cell("Sheet1", 1, 1)).toBeUndefined();
    expect(book.cell("Sheet1", 1, 3)?.value).toBe("keep me");
    await expect(book.checkWrite("Sheet1", 0, 4, 1, 1)).resolves.toEqual({ ok: true });
    await expect(book.checkWrite("Sheet1", 0, 1, 2, 2)).resolves.toEqual({ ok: true });
  });
});

describe("in-memory workbook: add-in formulas, freeze and combine", () => {
  /** A KLASS.CODES stand-in that spills a header and two rows, and a per-key function. */
  const functions = (name: string) =>
    name === "KLASS.CODES"
      ? {
          matrix: [false],
          fn: () => [
            ["code", "name"],
            ["0301", "Oslo"],
            ["1103", "Stavanger"],
          ],
        }
      : name === "BRREG.STATUS"
        ? {
            matrix: [true],
            fn: (keys: unknown) => (keys as unknown[][]).map((row) => row.map((k) => `status ${String(k)}`)),
          }
        : undefined;

  it("evaluates and spills add-in formulas on recalculation; a blocked spill shows #SPILL!", async () => {
    const book = createMemoryWorkbook("Sheet1", { functions });
    book.setValues("Sheet1", 0, 0, [["=KLASS.CODES(131)"]]);
    book.setValues("Sheet1", 0, 4, [["=KLASS.CODES(131)"]]);
    book.setValues("Sheet1", 2, 5, [["mine"]]);
    await book.recalculate();
    expect(await book.readRange("Sheet1", 0, 0, 3, 2)).toEqual([
      ["code", "name"],
      ["0301", "Oslo"],
      ["1103", "Stavanger"],
    ]);
    expect(book.cell("Sheet1", 0, 4)?.value).toBe("#SPILL!");
    expect(await book.spillAreas("Sheet1", [{ row: 0, column: 0 }])).toEqual([
      { sheet: "Sheet1", row: 0, column: 0, rowCount: 3, columnCount: 2 },
    ]);
  });

  it("freezes only an add-in formula with the block it shows, and unfreezes only an unchanged block", async () => {
    const book = createMemoryWorkbook("Sheet1", { functions });
    book.setValues("Sheet1", 0, 0, [["=KLASS.CODES(131)"]]);
    book.setValues("Sheet1", 5, 0, [['=A1&"x"']]);
    await book.recalculate();
    const block = { sheet: "Sheet1", row: 0, column: 0, rowCount: 3, columnCount: 2 };
    await expect(book.freezeBlock({ ...block, rowCount: 2 }, "=KLASS.CODES(131)")).rejects.toBeInstanceOf(
      WriteBlockedError,
    );
    await expect(book.freezeBlock({ ...block, row: 5, rowCount: 1, columnCount: 1 }, '=A1&"x"')).rejects.toBeInstanceOf(
      WriteBlockedError,
    );
    const { values } = await book.freezeBlock(block, "=KLASS.CODES(131)");
    expect(book.cell("Sheet1", 0, 0)).toEqual({ value: "code", format: TEXT_FORMAT });
    expect(await book.readRange("Sheet1", 0, 0, 3, 2)).toEqual(values);
    const record = frozenRecord({
      ...block,
      formula: "=KLASS.CODES(131)",
      values,
      formats: values.map((row) => row.map(() => "General")),
      now: "t",
      klassBaseUrl: "k",
      brregBaseUrl: "b",
    });
    book.setValues("Sheet1", 2, 1, [["edited"]]);
    await expect(book.unfreezeBlock(record)).rejects.toBeInstanceOf(WriteBlockedError);
    book.setValues("Sheet1", 2, 1, [["Stavanger"]]);
    await book.unfreezeBlock(record);
    expect(book.cell("Sheet1", 0, 0)?.formula).toBe("=KLASS.CODES(131)");
    expect(await book.readRange("Sheet1", 0, 0, 3, 2)).toEqual(values);
    expect(book.cell("Sheet1", 5, 0)?.formula).toBe('=A1&"x"');
  });

  it("combines a run into its range formula and back, refusing when a formula changed", async () => {
    const book = createMemoryWorkbook("Sheet1", { functions });
    const originals: [string, string, string] = ["=BRREG.STATUS(A1)", "=BRREG.STATUS(A2)", "=BRREG.STATUS(A3)"];
    book.setValues("Sheet1", 0, 0, [
      ["a", originals[0]],
      ["b", originals[1]],
      ["c", originals[2]],
    ]);
    await book.recalculate();
    const run = { sheet: "Sheet1", row: 0, column: 1, rowCount: 3, originals, combined: "=BRREG.STATUS(A1:A3)" };
    book.setValues("Sheet1", 1, 1, [["typed"]]);
    await expect(book.combineRun(run)).rejects.toBeInstanceOf(WriteBlockedError);
    book.setValues("Sheet1", 1, 1, [[originals[1]]]);
    await book.combineRun(run);
    expect(await book.readFormulas("Sheet1", 0, 1, 3, 1)).toEqual([
      ["=BRREG.STATUS(A1:A3)"],
      ["status b"],
      ["status c"],
    ]);
    await book.uncombineRun(run);
    expect(await book.readFormulas("Sheet1", 0, 1, 3, 1)).toEqual(originals.map((f) => [f]));
    expect(await book.readRange("Sheet1", 0, 1, 3, 1)).toEqual([["status a"], ["status b"], ["status c"]]);
  });
});

describe("in-memory workbook: what the workbook check reads", () => {
  it("lists its sheets and reads a sheet's used range (values only) from its first filled cell", async () => {
    const book = createMemoryWorkbook("Data");
    book.setValues("Data", 2, 1, [
      ["kommunenr", null, "orgnr"],
      ["0301", null, 923609016],
    ]);
    book.setValues("Data", 5, 0, [[""]]);
    await book.addSheet("Empty");
    await expect(book.sheetNames()).resolves.toEqual(["Data", "Empty"]);
    await expect(book.readUsedRange("Data")).resolves.toEqual({
      sheet: "Data",
      row: 2,
      column: 1,
      values: [
        ["kommunenr", null, "orgnr"],
        [301, null, 923609016],
      ],
    });
    await expect(book.readUsedRange("Empty")).resolves.toBeUndefined();
    await expect(book.readUsedRange("Nope")).rejects.toThrow(/No worksheet named "Nope"/);
  });
});

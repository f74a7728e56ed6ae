// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose dependency tree
// has ES-only packages jest cannot require; the enum is all the mock reads from it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { OfficeMockObject } from "office-addin-mock";
import { loadReports, upsertReport, type ReportDefinition } from "../../../src/core/reports";
import { TEXT_FORMAT } from "../../../src/core/sheet/cells";
import { createOfficeGateway } from "../../../src/office/officeGateway";
import { WRITE_LEDGER_SETTING, WriteBlockedError } from "../../../src/core/sheet/writeGuard";
import { cellExcel } from "./cellExcel";
import { frozenRecord } from "../../../src/core/formulas/frozen";
import { fakeExcel, payloadBytes, requests, type FakeExcel, type Op } from "./fakeExcel";

/**
 * The Office.js gateway against office-addin-mock: what each request carries, in which order,
 * and how big. Number formats go before values (so "0301" and "=text" stay text), tables are
 * written in chunks under the payload budget, and report definitions round-trip through the
 * document settings.
 */
const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

const install = (fake: FakeExcel) => {
  g.Excel = fake.excel;
  g.Office = fake.office;
};

/** The fake workbook's table "Codes" (B5:C8) as one the add-in created. */
const ownCodesTable = (fake: FakeExcel) =>
  fake.settings.set(WRITE_LEDGER_SETTING, JSON.stringify({ blocks: [], tables: ["Codes"] }));

const writes = (ops: readonly Op[]) =>
  ops.filter(
    (op): op is Extract<Op, { kind: "values" | "numberFormat" | "formulas" }> =>
      op.kind === "values" || op.kind === "numberFormat" || op.kind === "formulas",
  );

describe("Office.js gateway", () => {
  it("reads the selection through load and sync (office-addin-mock semantics)", async () => {
    g.Excel = new OfficeMockObject({
      context: {
        workbook: {
          range: {
            values: [["923609016"], [810005912]],
            rowIndex: 1,
            columnIndex: 1,
            rowCount: 2,
            columnCount: 1,
            worksheet: { name: "Data" },
          },
          getSelectedRange: function (this: { range: unknown }) {
            return this.range;
          },
        },
      },
      run: async function (this: { context: unknown }, callback: (c: unknown) => Promise<unknown>) {
        return callback(this.context);
      },
    });
    const selection = await createOfficeGateway().getSelection();
    expect(selection).toEqual({
      sheet: "Data",
      address: "B2:B3",
      row: 1,
      column: 1,
      rowCount: 2,
      columnCount: 1,
      values: [["923609016"], [810005912]],
    });
  });

  it("sets number formats before values in the same request", async () => {
    const fake = fakeExcel();
    install(fake);
    await createOfficeGateway().write({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      values: [["0301", '=HYPERLINK("x")']],
      numberFormats: [[TEXT_FORMAT, TEXT_FORMAT]],
    });
    expect(requests(fake.log)).toEqual([
      [
        { kind: "numberFormat", address: "A1:B1", data: [["@", "@"]] },
        { kind: "values", address: "A1:B1", data: [["0301", '=HYPERLINK("x")']] },
      ],
    ]);
  });

  it("creates a table with a column's own number format (dates: serials with a date format)", async () => {
    const fake = fakeExcel();
    install(fake);
    await createOfficeGateway().createTable({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      name: "T",
      header: ["code", "validFrom"],
      rows: [
        ["0301", 45292],
        ["1103", ""],
      ],
      textColumns: new Set([0]),
      columnFormats: new Map([[1, "dd.mm.yyyy"]]),
    });
    const formats = writes(fake.log).find((op) => op.kind === "numberFormat" && op.address === "A2:B3")!.data;
    expect(formats).toEqual([
      ["@", "dd.mm.yyyy"],
      ["@", "dd.mm.yyyy"],
    ]);
  });

  it("creates a table: text header, code columns and formula-like API text as text, unique name", async () => {
    const fake = fakeExcel();
    fake.tableNames.push("KLASS_131");
    install(fake);
    const rows = [
      ["0301", "Oslo", 1],
      ["1103", "=cmd|' /C calc'!A0", 2],
      ["4601", "+47 bad", 3],
      ["5001", "@SUM(1)", 4],
      ["3001", "-1+1", 5],
    ];
    const info = await createOfficeGateway().createTable({
      sheet: "Sheet1",
      row: 0,
      column: 0,
      name: "KLASS 131",
      header: ["code", "name", "level"],
      rows,
      textColumns: new Set([0]),
    });
    expect(info.name).toBe("KLASS_131_2");
    const ops = writes(fake.log);
    expect(ops[0]).toEqual({ kind: "numberFormat", address: "A1:C1", data: [["@", "@", "@"]] });
    const formats = ops.find((op) => op.kind === "numberFormat" && op.address === "A2:C6")!.data;
    expect(formats).toEqual([
      ["@", "General", "General"],
      ["@", "@", "General"],
      ["@", "@", "General"],
      ["@", "@", "General"],
      ["@", "@", "General"],
    ]);
    // Formats precede values for every block.
    const order = ops.map((op) => `${op.kind}:${op.address}`);
    expect(order.indexOf("numberFormat:A2:C6")).toBeLessThan(order.indexOf("values:A2:C6"));
    expect(fake.log.find((op) => op.kind === "tableAdd")).toEqual({ kind: "tableAdd", address: "A1:C6" });
  });

  it("writes a large table in chunks, each request under the payload budget", async () => {
    const fake = fakeExcel();
    install(fake);
    const rows = Array.from({ length: 2000 }, (_, i) => [String(100000000 + i), `UNIT NUMBER ${i} AS`, "AS", "0301"]);
    const budget = 20_000;
    await createOfficeGateway({ budgetBytes: budget }).createTable({
      sheet: "Sheet1",
      row: 2,
      column: 1,
      name: "Enheter",
      header: ["organisasjonsnummer", "navn", "organisasjonsform.kode", "kommunenummer"],
      rows,
      textColumns: new Set([0, 3]),
    });
    const sent = requests(fake.log).filter((r) => r.some((op) => op.kind === "values"));
    expect(sent.length).toBeGreaterThan(5);
    for (const request of sent) expect(payloadBytes(request)).toBeLessThan(budget * 1.5);
    // Every row written exactly once, in order, below the header.
    const written = writes(fake.log)
      .filter((op) => op.kind === "values")
      .slice(1)
      .flatMap((op) => op.data);
    expect(written).toEqual(rows);
    expect(fake.log.find((op) => op.kind === "tableAdd")?.address).toBe("B3:E2003");
  });

  it("replaces a table's rows keeping user formulas as formulas", async () => {
    const fake = fakeExcel();
    install(fake);
    ownCodesTable(fake);
    await createOfficeGateway().replaceTableRows(
      "Codes",
      ["code", "name", "note"],
      [
        ["0301", "=evil", "=1+1"],
        ["1103", "Stavanger", null],
      ],
      new Set([0]),
      new Set([2]),
    );
    const formats = writes(fake.log).find((op) => op.kind === "numberFormat" && op.address === "B6:D7")!.data;
    expect(formats).toEqual([
      ["@", "@", "General"],
      ["@", "General", "General"],
    ]);
    // The table (B5:C8, 3 rows × 2 columns) becomes 2 rows × 3 columns: a column inserted to its
    // right (shifting cells right), its last row deleted (shifting cells up) — never written over.
    expect(fake.log.filter((op) => op.kind === "insert" || op.kind === "delete")).toEqual([
      { kind: "insert", address: "D5:D8", data: "Right" },
      { kind: "delete", address: "B8:D8", data: "Up" },
    ]);
    expect(fake.log.find((op) => op.kind === "resize")?.address).toBe("B5:D7");
  });

  it("grows a table by inserting cells below it, so what stands below moves down instead of being overwritten", async () => {
    const fake = fakeExcel();
    install(fake);
    const rows = Array.from({ length: 6 }, (_, i) => [String(i), `name ${i}`]);
    ownCodesTable(fake);
    await createOfficeGateway().replaceTableRows("Codes", ["code", "name"], rows, new Set([0]), new Set());
    const order = fake.log.filter((op) => op.kind !== "sync").map((op) => `${op.kind}:${op.address ?? ""}`);
    expect(fake.log.filter((op) => op.kind === "insert" || op.kind === "delete")).toEqual([
      { kind: "insert", address: "B9:C11", data: "Down" },
    ]);
    // The cells are inserted before any value is written into the new rows.
    expect(order.indexOf("insert:B9:C11")).toBeLessThan(order.indexOf("values:B6:C11"));
    expect(fake.log.find((op) => op.kind === "resize")?.address).toBe("B5:C11");
  });

  it("recalculates fully and writes formulas for Insert formula", async () => {
    const fake = fakeExcel();
    install(fake);
    const gateway = createOfficeGateway();
    await gateway.recalculate();
    await gateway.setFormula("Sheet1", 4, 2, '=KLASS.CODES(131,"2024-01-01")');
    expect(fake.log).toEqual(
      expect.arrayContaining([
        { kind: "calculate", data: "Full" },
        { kind: "formulas", address: "C5", data: [['=KLASS.CODES(131,"2024-01-01")']] },
        { kind: "select", address: "C5" },
      ]),
    );
  });

  it("stores report definitions in the document settings", async () => {
    const saved = new Map<string, unknown>();
    g.Office = new OfficeMockObject({
      context: {
        document: {
          settings: {
            get: (key: string) => saved.get(key) ?? null,
            set: (key: string, value: unknown) => void saved.set(key, value),
            remove: (key: string) => void saved.delete(key),
            saveAsync: (callback: (r: { status: string }) => void) => callback({ status: "succeeded" }),
          },
        },
      },
    });
    (g.Office as Record<string, unknown>).AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
    const gateway = createOfficeGateway();
    const report: ReportDefinition = {
      id: "r1",
      title: "131 Standard for kommuneinndeling",
      tableName: "KLASS_131_20240101",
      sheet: "KLASS 131",
      rows: 357,
      lastRefreshed: "2026-01-01T00:00:00.000Z",
      urls: ["https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2024-01-01"],
      source: {
        kind: "klass-codes",
        classificationId: 131,
        classificationName: "Standard for kommuneinndeling",
        date: "2024-01-01",
        language: "nb",
        columns: ["code", "name"],
      },
    };
    await upsertReport(gateway, report);
    expect(typeof saved.get("klass-brreg.reports")).toBe("string");
    expect(await loadReports(gateway)).toEqual([report]);
  });
});

describe("stacked tables in Excel: found by name, wherever they moved", () => {
  const header = ["code", "name"];
  const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => [`${prefix}${i}`, `${prefix} ${i}`]);
  const snapshot = (excel: ReturnType<typeof cellExcel>, height: number) =>
    Array.from({ length: height }, (_, r) => Array.from({ length: 2 }, (_, c) => excel.cell(r, c)));

  it("the upper grows by 3 rows, the lower moves down with its cells, and refreshing it touches no cell of the upper", async () => {
    const excel = cellExcel();
    g.Excel = excel.excel;
    // Office's document settings, where the gateway keeps its record of what it wrote.
    g.Office = fakeExcel().office;
    const gateway = createOfficeGateway();
    const request = { sheet: "Sheet1", column: 0, header, textColumns: new Set([0]) };
    await gateway.createTable({ ...request, row: 0, name: "Upper", rows: rows("u", 3) }); // A1:B4
    await gateway.createTable({ ...request, row: 4, name: "Lower", rows: rows("l", 2) }); // A5:B7
    await gateway.replaceTableRows("Upper", header, rows("u", 6), new Set([0]));
    expect(excel.tableAddress("Upper")).toBe("A1:B7");
    expect(excel.tableAddress("Lower")).toBe("A8:B10");
    expect((await gateway.readTable("Lower"))?.rows).toEqual(rows("l", 2));
    const upper = snapshot(excel, 7);
    expect(upper[6]).toEqual(["u5", "u 5"]);
    await gateway.replaceTableRows("Lower", header, rows("n", 3), new Set([0]));
    expect(snapshot(excel, 7)).toEqual(upper);
    expect(excel.tableAddress("Lower")).toBe("A8:B11");
    expect((await gateway.readTable("Lower"))?.rows).toEqual(rows("n", 3));
    expect((await gateway.readTable("Upper"))?.rows).toEqual(rows("u", 6));
  });
});

describe("Office.js gateway: the checked write", () => {
  const valueOps = (fake: FakeExcel) => fake.log.filter((op) => op.kind === "values" || op.kind === "formulas");

  it("refuses a write over a user's cell, listing it, and sends no value", async () => {
    const fake = fakeExcel();
    install(fake);
    fake.contents("Sheet1").set("1,1", "my note"); // B2
    fake.contents("Sheet1").set("2,2", "=SUM(A1:A3)"); // C3: a formula counts even when it shows ""
    const gateway = createOfficeGateway();
    const request = {
      sheet: "Sheet1",
      row: 0,
      column: 0,
      values: [
        ["a", "b", "c"],
        [1, 2, 3],
        [4, 5, 6],
      ],
    };
    await expect(gateway.checkWrite("Sheet1", 0, 0, 3, 3)).resolves.toEqual({
      ok: false,
      sheet: "Sheet1",
      cells: ["B2", "C3"],
      count: 2,
    });
    const refused = gateway.write(request);
    await expect(refused).rejects.toBeInstanceOf(WriteBlockedError);
    await expect(refused).rejects.toMatchObject({ cells: ["B2", "C3"], count: 2 });
    expect(valueOps(fake)).toEqual([]);
  });

  it("writes into empty cells and records them, so the add-in may rewrite its own cells later", async () => {
    const fake = fakeExcel();
    install(fake);
    const gateway = createOfficeGateway();
    await gateway.write({ sheet: "Sheet1", row: 0, column: 4, values: [["x"], ["y"]] });
    expect(JSON.parse(fake.settings.get(WRITE_LEDGER_SETTING) as string)).toEqual({
      blocks: [{ sheet: "Sheet1", row: 0, column: 4, rowCount: 2, columnCount: 1 }],
      tables: [],
    });
    // The cells now hold what the add-in wrote: a second write there is allowed.
    fake.contents("Sheet1").set("0,4", "x");
    fake.contents("Sheet1").set("1,4", "y");
    await gateway.write({ sheet: "Sheet1", row: 0, column: 4, values: [["x2"], ["y2"]] });
    expect(valueOps(fake).map((op) => op.data)).toEqual([
      [["x"], ["y"]],
      [["x2"], ["y2"]],
    ]);
  });

  it("refuses a table or a formula over a user's cell; allows the add-in's own table range", async () => {
    const fake = fakeExcel();
    install(fake);
    fake.contents("Sheet1").set("3,0", 42); // A4
    const gateway = createOfficeGateway();
    await expect(
      gateway.createTable({
        sheet: "Sheet1",
        row: 0,
        column: 0,
        name: "T",
        header: ["code"],
        rows: [["01"], ["02"], ["03"]],
        textColumns: new Set([0]),
      }),
    ).rejects.toMatchObject({ cells: ["A4"] });
    await expect(gateway.setFormula("Sheet1", 3, 0, "=KLASS.CODES(131)")).rejects.toBeInstanceOf(WriteBlockedError);
    expect(valueOps(fake)).toEqual([]);
    expect(fake.log.find((op) => op.kind === "tableAdd")).toBeUndefined();
    // A cell inside a table the add-in created (Codes, B5:C8) is its own.
    fake.contents("Sheet1").set("5,1", "0301");
    await expect(gateway.checkWrite("Sheet1", 5, 1, 1, 1)).resolves.toMatchObject({ ok: false });
    ownCodesTable(fake);
    await expect(gateway.checkWrite("Sheet1", 5, 1, 1, 1)).resolves.toEqual({ ok: true });
  });

  it("rewrites only tables the add-in created", async () => {
    const fake = fakeExcel();
    install(fake);
    await expect(
      createOfficeGateway().replaceTableRows("Codes", ["code"], [["1"]], new Set([0])),
    ).rejects.toBeInstanceOf(WriteBlockedError);
    expect(valueOps(fake)).toEqual([]);
  });

  it("inserts whole columns and moves the recorded blocks right with them", async () => {
    const fake = fakeExcel();
    install(fake);
    fake.settings.set(
      WRITE_LEDGER_SETTING,
      JSON.stringify({ blocks: [{ sheet: "Sheet1", row: 0, column: 3, rowCount: 5, columnCount: 1 }], tables: [] }),
    );
    await createOfficeGateway().insertColumns("Sheet1", 1, 2);
    expect(fake.log).toContainEqual({ kind: "insert", address: "B:C", data: "Right" });
    expect(JSON.parse(fake.settings.get(WRITE_LEDGER_SETTING) as string).blocks).toEqual([
      { sheet: "Sheet1", row: 0, column: 5, rowCount: 5, columnCount: 1 },
    ]);
  });
});

describe("Office.js gateway: freeze & combine swap only the add-in's formulas, checked in the writing request", () => {
  const ops = (fake: FakeExcel) => writes(fake.log).map((op) => [op.kind, op.address, op.data]);

  it("freezes a spilled add-in formula to the values it shows, text as text, and refuses a user's formula", async () => {
    const fake = fakeExcel();
    install(fake);
    fake.contents("Sheet1").set("0,0", '=KLASS.CODES(104,"2024")');
    fake.shown("Sheet1").spills.set("0,0", { rows: 2, columns: 2 });
    for (const [k, v] of [
      ["0,0", "code"],
      ["0,1", "name"],
      ["1,0", "03"],
      ["1,1", 7],
    ] as const)
      fake.shown("Sheet1").values.set(k, v);
    fake.contents("Sheet1").set("3,0", "=A1&B2");
    const gateway = createOfficeGateway();
    const block = { sheet: "Sheet1", row: 0, column: 0, rowCount: 2, columnCount: 2 };
    await expect(
      gateway.freezeBlock({ ...block, row: 3, rowCount: 1, columnCount: 1 }, "=A1&B2"),
    ).rejects.toBeInstanceOf(WriteBlockedError);
    await expect(gateway.freezeBlock({ ...block, rowCount: 3 }, '=KLASS.CODES(104,"2024")')).rejects.toBeInstanceOf(
      WriteBlockedError,
    );
    expect(ops(fake)).toEqual([]);
    const frozen = await gateway.freezeBlock(block, '=KLASS.CODES(104,"2024")');
    expect(frozen.values).toEqual([
      ["code", "name"],
      ["03", 7],
    ]);
    expect(ops(fake)).toEqual([
      [
        "numberFormat",
        "A1:B2",
        [
          [TEXT_FORMAT, TEXT_FORMAT],
          [TEXT_FORMAT, "General"],
        ],
      ],
      [
        "values",
        "A1:B2",
        [
          ["code", "name"],
          ["03", 7],
        ],
      ],
    ]);
  });

  it("unfreezes only a block that still holds the frozen values: cleared, formats back, the formula in its top cell", async () => {
    const fake = fakeExcel();
    install(fake);
    const values = [["Oslo"], ["Bergen"]];
    fake.contents("Sheet1").set("0,2", "Oslo");
    fake.contents("Sheet1").set("1,2", "Bergen");
    const record = frozenRecord({
      sheet: "Sheet1",
      row: 0,
      column: 2,
      rowCount: 2,
      columnCount: 1,
      formula: "=KLASS.CODENAME(131,A1:A2)",
      values,
      formats: [["General"], ["0"]],
      now: "t",
      klassBaseUrl: "k",
      brregBaseUrl: "b",
    });
    const gateway = createOfficeGateway();
    fake.contents("Sheet1").set("1,2", "Bergen (edited)");
    await expect(gateway.unfreezeBlock(record)).rejects.toBeInstanceOf(WriteBlockedError);
    expect(fake.log.filter((op) => op.kind === "clear")).toEqual([]);
    fake.contents("Sheet1").set("1,2", "Bergen");
    await gateway.unfreezeBlock(record);
    expect(fake.log.filter((op) => op.kind === "clear")).toEqual([
      { kind: "clear", address: "C1:C2", data: "Contents" },
    ]);
    expect(ops(fake)).toEqual([
      ["numberFormat", "C1:C2", [["General"], ["0"]]],
      ["formulas", "C1", [["=KLASS.CODENAME(131,A1:A2)"]]],
    ]);
  });

  it("combines a run only while every original formula is in place, and undoes it back formula by formula", async () => {
    const fake = fakeExcel();
    install(fake);
    const originals = ["=BRREG.STATUS(A1)", "=BRREG.STATUS(A2)", "=BRREG.STATUS(A3)"];
    originals.forEach((f, r) => fake.contents("Sheet1").set(`${r},1`, f));
    fake.contents("Sheet1").set("1,1", "typed");
    const run = { sheet: "Sheet1", row: 0, column: 1, rowCount: 3, originals, combined: "=BRREG.STATUS(A1:A3)" };
    const gateway = createOfficeGateway();
    await expect(gateway.combineRun(run)).rejects.toMatchObject({ cells: ["B2"], count: 1 });
    expect(ops(fake)).toEqual([]);
    fake.contents("Sheet1").set("1,1", originals[1]);
    await gateway.combineRun(run);
    expect(fake.log.filter((op) => op.kind === "clear")).toEqual([
      { kind: "clear", address: "B2:B3", data: "Contents" },
    ]);
    expect(ops(fake)).toEqual([["formulas", "B1", [["=BRREG.STATUS(A1:A3)"]]]]);

    // Undo: the range formula in place and spilling over the run.
    fake.log.length = 0;
    fake.contents("Sheet1").set("0,1", run.combined);
    fake.contents("Sheet1").delete("1,1");
    fake.contents("Sheet1").delete("2,1");
    fake.shown("Sheet1").spills.set("0,1", { rows: 3, columns: 1 });
    await gateway.uncombineRun(run);
    expect(ops(fake)).toEqual([["formulas", "B1:B3", originals.map((f) => [f])]]);
    // Not over a value the user typed under a range formula that no longer spills.
    fake.log.length = 0;
    fake.shown("Sheet1").spills.clear();
    fake.contents("Sheet1").set("2,1", "mine");
    await expect(gateway.uncombineRun(run)).rejects.toMatchObject({ cells: ["B3"] });
    expect(ops(fake)).toEqual([]);
  });
});

describe("Office.js gateway: what the workbook check reads", () => {
  it("reads a sheet's used range in row blocks under the answer limit, from its first filled cell", async () => {
    const fake = fakeExcel();
    install(fake);
    const cells = fake.contents("Sheet1");
    // 30,000 rows × 4 columns from C3: 120,000 cells, more than one read carries (100,000).
    for (let r = 0; r < 30_000; r++) for (let c = 0; c < 4; c++) cells.set(`${r + 2},${c + 2}`, `${r}:${c}`);
    const used = await createOfficeGateway().readUsedRange("Sheet1");
    expect(used).toMatchObject({ sheet: "Sheet1", row: 2, column: 2 });
    expect(used!.values).toHaveLength(30_000);
    expect(used!.values[0]).toEqual(["0:0", "0:1", "0:2", "0:3"]);
    expect(used!.values[29_999]).toEqual(["29999:0", "29999:1", "29999:2", "29999:3"]);
    expect(fake.log.filter((op) => op.kind === "read").map((op) => op.address)).toEqual(["C3:F25002", "C25003:F30002"]);
  });

  it("answers undefined for an empty sheet", async () => {
    const fake = fakeExcel();
    install(fake);
    await expect(createOfficeGateway().readUsedRange("Sheet1")).resolves.toBeUndefined();
  });
});

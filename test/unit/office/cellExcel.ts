import { OfficeMockObject } from "office-addin-mock";
import { blockAddress, parseAddress } from "../../../src/core/sheet/address";

/**
 * An Excel with cells and tables, for the Office.js gateway's tests of where things land: `Excel.run`
 * and the request context come from office-addin-mock; one worksheet holds cell values, and its
 * tables track their own position as Excel's do — inserting or deleting cells above or to the
 * left of a table moves it (and a shift that would move part of a table is refused, as in Excel).
 * Written apart from src/office/memoryWorkbook.ts so the two do not share a mistake.
 */
type Value = string | number | boolean;

interface FakeTable {
  name: string;
  row: number;
  column: number;
  rows: number; // including the header row
  columns: number;
}

export interface CellExcel {
  readonly excel: unknown;
  /** The value at (row, column), or undefined for an empty cell. */
  cell(row: number, column: number): Value | undefined;
  /** A table's place and size now: its A1 address (header included). */
  tableAddress(name: string): string | undefined;
}

export function cellExcel(): CellExcel {
  const cells = new Map<string, Value>();
  const tables: FakeTable[] = [];
  const key = (r: number, c: number) => `${r},${c}`;

  /** Moves cells (and whole tables) in `pick` by (dr, dc); a table only partly picked is refused. */
  const shift = (pick: (r: number, c: number) => boolean, dr: number, dc: number, except?: FakeTable) => {
    for (const t of tables) {
      if (t === except) continue;
      const corners = [pick(t.row, t.column), pick(t.row + t.rows - 1, t.column + t.columns - 1)];
      const inside = [pick(t.row, t.column + t.columns - 1), pick(t.row + t.rows - 1, t.column)];
      const all = [...corners, ...inside];
      if (all.some(Boolean) && !all.every(Boolean)) throw new Error(`would move part of table ${t.name}`);
    }
    const moving = [...cells.entries()].filter(([k]) => {
      const [r, c] = k.split(",").map(Number) as [number, number];
      return pick(r, c);
    });
    for (const [k] of moving) cells.delete(k);
    for (const [k, v] of moving) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      cells.set(key(r + dr, c + dc), v);
    }
    for (const t of tables)
      if (t !== except && pick(t.row, t.column)) {
        t.row += dr;
        t.column += dc;
      }
  };

  const range = (row: number, column: number, rowCount: number, columnCount: number) => {
    const r = {
      rowIndex: row,
      columnIndex: column,
      rowCount,
      columnCount,
      address: `Sheet1!${blockAddress(row, column, rowCount, columnCount)}`,
      numberFormat: [] as string[][],
      get values(): Value[][] {
        return Array.from({ length: rowCount }, (_, i) =>
          Array.from({ length: columnCount }, (_, j) => cells.get(key(row + i, column + j)) ?? ""),
        );
      },
      set values(data: Value[][]) {
        data.forEach((line, i) =>
          line.forEach((v, j) => {
            if (v === "") cells.delete(key(row + i, column + j));
            else cells.set(key(row + i, column + j), v);
          }),
        );
      },
      get formulas(): Value[][] {
        return r.values;
      },
      insert(direction: string) {
        // Cells at and below (or right of) the range, within its columns (or rows), move away.
        if (direction === "Down")
          shift((rr, cc) => rr >= row && cc >= column && cc < column + columnCount, rowCount, 0);
        else shift((rr, cc) => cc >= column && rr >= row && rr < row + rowCount, 0, columnCount);
      },
      delete() {
        for (let i = 0; i < rowCount; i++) for (let j = 0; j < columnCount; j++) cells.delete(key(row + i, column + j));
        shift((rr, cc) => rr >= row + rowCount && cc >= column && cc < column + columnCount, -rowCount, 0);
      },
      clear() {
        for (let i = 0; i < rowCount; i++) for (let j = 0; j < columnCount; j++) cells.delete(key(row + i, column + j));
      },
      select: () => undefined,
      load: () => r,
    };
    return r;
  };

  const tableObject = (t: FakeTable) => {
    const o = {
      get name() {
        return t.name;
      },
      set name(value: string) {
        t.name = value;
      },
      worksheet: undefined as unknown,
      isNullObject: false,
      load: () => o,
      getRange: () => range(t.row, t.column, t.rows, t.columns),
      getHeaderRowRange: () => range(t.row, t.column, 1, t.columns),
      getDataBodyRange: () => range(t.row + 1, t.column, t.rows - 1, t.columns),
      resize: (to: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }) => {
        Object.assign(t, { row: to.rowIndex, column: to.columnIndex, rows: to.rowCount, columns: to.columnCount });
      },
    };
    o.worksheet = sheet;
    return o;
  };

  const sheet = {
    name: "Sheet1",
    load: () => sheet,
    getRangeByIndexes: range,
    getRange: (address: string) => {
      const b = parseAddress(address);
      return range(b.row, b.column, b.rowCount, b.columnCount);
    },
    activate: () => undefined,
    tables: {
      add: (at: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }) => {
        const t = { name: "", row: at.rowIndex, column: at.columnIndex, rows: at.rowCount, columns: at.columnCount };
        tables.push(t);
        return tableObject(t);
      },
    },
  };

  const workbookTables = {
    get items() {
      return tables.map((t) => ({ name: t.name }));
    },
    load: () => workbookTables,
    getItem: (name: string) => {
      const t = tables.find((x) => x.name === name);
      if (!t) throw new Error(`no table ${name}`);
      return tableObject(t);
    },
    getItemOrNullObject: (name: string) => {
      const t = tables.find((x) => x.name === name);
      return t ? tableObject(t) : { isNullObject: true, load: () => undefined };
    },
  };

  const mock = new OfficeMockObject({
    context: {
      workbook: { worksheets: { getItem: () => sheet }, tables: {} },
      sync: async () => undefined,
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as unknown as Record<string, unknown> & { context: { workbook: { tables: unknown } } };
  // Collections as plain objects (the mock would demand load() for their scalars).
  mock.context.workbook.tables = workbookTables;
  Object.assign(mock, {
    DeleteShiftDirection: { up: "Up" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    ClearApplyTo: { contents: "Contents" },
  });
  return {
    excel: mock,
    cell: (row, column) => cells.get(key(row, column)),
    tableAddress: (name) => {
      const t = tables.find((x) => x.name === name);
      return t && blockAddress(t.row, t.column, t.rows, t.columns);
    },
  };
}

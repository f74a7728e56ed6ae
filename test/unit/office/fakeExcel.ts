import { OfficeMockObject } from "office-addin-mock";
import { blockAddress } from "../../../src/core/sheet/address";

/**
 * An Excel for the Office.js gateway's unit tests: `Excel.run` and the request context come from
 * office-addin-mock; worksheets, ranges and tables are recording fakes, so a test can see what
 * each request carried and in which order (number formats before values, one sync per chunk).
 */
export type Op =
  | { readonly kind: "numberFormat" | "values" | "formulas"; readonly address: string; readonly data: unknown[][] }
  | {
      readonly kind:
        | "sync"
        | "calculate"
        | "select"
        | "activate"
        | "tableAdd"
        | "tableName"
        | "insert"
        | "delete"
        | "resize"
        | "clear"
        | "read";
      readonly address?: string;
      readonly data?: unknown;
    };

export interface FakeExcel {
  readonly excel: unknown;
  /** Office with the document settings (the gateway keeps its write ledger there). */
  readonly office: unknown;
  /** The document settings as saved. */
  readonly settings: Map<string, unknown>;
  /** Cell contents (formulas or constants) per sheet, keyed "row,column": what a check reads. */
  readonly contents: (sheet: string) => Map<string, unknown>;
  /** What a sheet's cells show, and its formulas' spill areas (by anchor "row,column"). */
  readonly shown: (sheet: string) => Shown;
  readonly log: Op[];
  readonly sheets: Map<string, { name: string }>;
  /** Table names that exist before the test. */
  readonly tableNames: string[];
}

/** What a sheet shows (values, by "row,column") and the spill areas of its formulas (by anchor). */
interface Shown {
  readonly values: Map<string, unknown>;
  readonly spills: Map<string, { rows: number; columns: number }>;
}

function fakeRange(
  address: string,
  log: Op[],
  geometry?: { row: number; column: number; rows: number; columns: number },
  contents: Map<string, unknown> = new Map(),
  shown: Shown = { values: new Map(), spills: new Map() },
) {
  const g = geometry ?? { row: 0, column: 0, rows: 1, columns: 1 };
  const grid = (cell: (k: string) => unknown) =>
    Array.from({ length: g.rows }, (_, r) =>
      Array.from({ length: g.columns }, (_, c) => cell(`${g.row + r},${g.column + c}`)),
    );
  const range = {
    address,
    rowIndex: geometry?.row ?? 0,
    columnIndex: geometry?.column ?? 0,
    rowCount: geometry?.rows ?? 1,
    columnCount: geometry?.columns ?? 1,
    set numberFormat(data: unknown[][]) {
      log.push({ kind: "numberFormat", address, data });
    },
    get numberFormat(): unknown[][] {
      return grid(() => "General");
    },
    set values(data: unknown[][]) {
      log.push({ kind: "values", address, data });
    },
    /** What the cells show: the shown value, else a constant, else "" (as Office.js); each read logged. */
    get values(): unknown[][] {
      log.push({ kind: "read", address });
      return grid((k) => {
        const content = contents.get(k);
        return shown.values.get(k) ?? (typeof content === "string" && content.startsWith("=") ? "" : (content ?? ""));
      });
    },
    /** The spill area of a formula at the range's top-left cell (ExcelApi 1.12), a null object when none. */
    getSpillingToRangeOrNullObject: () => {
      const spill = shown.spills.get(`${g.row},${g.column}`);
      if (!spill) {
        const none = { isNullObject: true, load: () => none };
        return none;
      }
      return {
        ...fakeRange(blockAddress(g.row, g.column, spill.rows, spill.columns), log, {
          row: g.row,
          column: g.column,
          rows: spill.rows,
          columns: spill.columns,
        }),
        isNullObject: false,
      };
    },
    set formulas(data: unknown[][]) {
      log.push({ kind: "formulas", address, data });
    },
    get formulas(): unknown[][] {
      const g = geometry ?? { row: 0, column: 0, rows: 1, columns: 1 };
      return Array.from({ length: g.rows }, (_, r) =>
        Array.from({ length: g.columns }, (_, c) => contents.get(`${g.row + r},${g.column + c}`) ?? ""),
      );
    },
    getEntireColumn: () => fakeRange(`${address.replace(/\d+/g, "")}`, log),
    select: () => log.push({ kind: "select", address }),
    insert: (direction: string) => log.push({ kind: "insert", address, data: direction }),
    delete: (direction: string) => log.push({ kind: "delete", address, data: direction }),
    clear: (what: string) => log.push({ kind: "clear", address, data: what }),
    load: () => range,
  };
  return range;
}

function fakeSheet(name: string, log: Op[], tableNames: string[]) {
  const contents = new Map<string, unknown>();
  const shown: Shown = { values: new Map(), spills: new Map() };
  const sheet = {
    name,
    contents,
    shown,
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
      fakeRange(blockAddress(row, column, rows, columns), log, { row, column, rows, columns }, contents, shown),
    getRange: (address: string) => fakeRange(address, log),
    /** The block spanning every cell with contents (Excel's getUsedRange(true)), or a null object. */
    getUsedRangeOrNullObject: () => {
      const at = [...contents.keys()].map((k) => k.split(",").map(Number) as [number, number]);
      if (at.length === 0) {
        const none = { isNullObject: true, load: () => none };
        return none;
      }
      const row = Math.min(...at.map(([r]) => r));
      const column = Math.min(...at.map(([, c]) => c));
      const rows = Math.max(...at.map(([r]) => r)) - row + 1;
      const columns = Math.max(...at.map(([, c]) => c)) - column + 1;
      // Assigned, not spread: a spread would read (and log) the range's values.
      return Object.assign(
        fakeRange(blockAddress(row, column, rows, columns), log, { row, column, rows, columns }, contents),
        {
          isNullObject: false,
        },
      );
    },
    activate: () => log.push({ kind: "activate", address: name }),
    load: () => sheet,
    tables: {
      add: (range: { address: string }) => {
        log.push({ kind: "tableAdd", address: range.address });
        const [first, last] = range.address.split(":");
        const rows = Number(/\d+$/.exec(last ?? first ?? "")?.[0]) - Number(/\d+$/.exec(first ?? "")?.[0]) + 1;
        const table = {
          worksheet: sheet,
          set name(value: string) {
            log.push({ kind: "tableName", data: value });
            tableNames.push(value);
            table._name = value;
          },
          get name() {
            return table._name;
          },
          _name: "",
          load: () => table,
          getRange: () => {
            const r = { address: `${name}!${range.address}`, rowCount: rows, load: () => r };
            return r;
          },
          getHeaderRowRange: () => {
            const h = { values: [["h"]], load: () => h };
            return h;
          },
        };
        return table;
      },
    },
  };
  return sheet;
}

export function fakeExcel(): FakeExcel {
  const log: Op[] = [];
  const tableNames: string[] = [];
  const sheets = new Map<string, ReturnType<typeof fakeSheet>>([["Sheet1", fakeSheet("Sheet1", log, tableNames)]]);
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: (name: string) => {
            const sheet = sheets.get(name);
            if (!sheet) throw new Error(`no sheet ${name}`);
            return sheet;
          },
        },
        tables: {},
        application: { calculate: (type: string) => log.push({ kind: "calculate", data: type }) },
      },
      sync: async () => {
        log.push({ kind: "sync" });
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as unknown as Record<string, unknown> & { context: { workbook: { tables: unknown } } };
  // Collections and enums as plain objects (the mock would demand load() for their scalars).
  const sheet1 = sheets.get("Sheet1")!;
  /** An existing table "Codes" at B5:C8 (header + 3 rows), for replaceTableRows. */
  const existing = {
    name: "Codes",
    worksheet: sheet1,
    load: () => existing,
    getDataBodyRange: () => {
      const body = { rowIndex: 5, columnIndex: 1, rowCount: 3, columnCount: 2, load: () => body };
      return body;
    },
    getHeaderRowRange: () => {
      const h = { rowIndex: 4, columnIndex: 1, values: [["code", "name"]], load: () => h };
      return h;
    },
    getRange: () => {
      const r = { address: "Sheet1!B5:C8", rowIndex: 4, columnIndex: 1, rowCount: 4, columnCount: 2, load: () => r };
      return r;
    },
    isNullObject: false,
    resize: (range: { address: string }) => log.push({ kind: "resize", address: range.address }),
  };
  const tables = {
    get items() {
      return tableNames.map((name) => ({ name }));
    },
    load: () => tables,
    getItem: () => existing,
    getItemOrNullObject: (name: string) => (name === "Codes" ? existing : { ...existing, isNullObject: true }),
  };
  mock.context.workbook.tables = tables;
  Object.assign(mock, {
    CalculationType: { full: "Full" },
    DeleteShiftDirection: { up: "Up" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    ClearApplyTo: { contents: "Contents" },
  });
  const settings = new Map<string, unknown>();
  const office = {
    context: {
      document: {
        settings: {
          get: (key: string) => settings.get(key) ?? null,
          set: (key: string, value: unknown) => void settings.set(key, value),
          remove: (key: string) => void settings.delete(key),
          saveAsync: (callback: (r: { status: string }) => void) => callback({ status: "succeeded" }),
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  const contents = (sheet: string) => {
    const found = sheets.get(sheet);
    if (!found) throw new Error(`no sheet ${sheet}`);
    return found.contents;
  };
  const shown = (sheet: string) => {
    const found = sheets.get(sheet);
    if (!found) throw new Error(`no sheet ${sheet}`);
    return found.shown;
  };
  return { excel: mock, office, settings, contents, shown, log, sheets, tableNames };
}

/** The requests as the gateway sent them: the operations between syncs. */
export function requests(log: readonly Op[]): Op[][] {
  const out: Op[][] = [[]];
  for (const op of log) {
    if (op.kind === "sync") out.push([]);
    else out[out.length - 1]!.push(op);
  }
  return out.filter((r) => r.length > 0);
}

/** Approximate payload of one request (values, formats and formulas as JSON). */
export function payloadBytes(request: readonly Op[]): number {
  return request.reduce(
    (n, op) => n + ("data" in op && Array.isArray(op.data) ? JSON.stringify(op.data).length : 0),
    0,
  );
}

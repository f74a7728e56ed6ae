import type { CellValue } from "../core/sheet/cells";
import type { SheetBlock, WriteCheck } from "../core/sheet/writeGuard";
import type { FrozenRange } from "../core/formulas/frozen";
import type { SheetRange } from "../core/check/types";

/**
 * Everything the taskpane asks of the workbook. This interface is the only way UI code reaches
 * Excel: `officeGateway.ts` implements it with Office.js (the one file that calls `Excel.run`),
 * `memoryWorkbook.ts` with plain data for the browser and tests. Rows and columns are zero-based.
 */
export interface SelectionInfo {
  readonly sheet: string;
  /** A1 address without the sheet, e.g. "B2:B2001". */
  readonly address: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: CellValue[][];
}

export interface WriteRequest {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Number formats, same shape as values, applied BEFORE the values so text stays text ("0301",
   * "=not a formula"). Omitted: General.
   */
  readonly numberFormats?: readonly (readonly string[])[];
}

export interface TableRequest {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** Suggested table name; the gateway makes it unique and valid. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Zero-based columns formatted as text before writing (codes with leading zeros). */
  readonly textColumns: ReadonlySet<number>;
  /** Number formats of whole columns (dates: Excel serials shown with a date format). */
  readonly columnFormats?: ReadonlyMap<number, string>;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** A1 address of the whole table including its header row. */
  readonly address: string;
  readonly header: readonly string[];
  readonly rowCount: number;
}

export interface TableContents {
  readonly info: TableInfo;
  readonly header: string[];
  readonly rows: CellValue[][];
  readonly formulas: CellValue[][];
}

/**
 * Every method that writes cells (write, createTable, replaceTableRows, setFormula) first checks
 * its target (core/sheet/writeGuard): a non-empty cell the add-in did not write refuses the
 * whole write with a `WriteBlockedError` listing the blocking cells, and nothing is written.
 * What the add-in writes is recorded in the workbook, so it may later rewrite its own cells.
 */
export interface WorkbookGateway {
  getSelection(): Promise<SelectionInfo>;
  readRange(sheet: string, row: number, column: number, rowCount: number, columnCount: number): Promise<CellValue[][]>;
  /** Would a write to this block be allowed? (The check the writes apply, asked beforehand.) */
  checkWrite(sheet: string, row: number, column: number, rowCount: number, columnCount: number): Promise<WriteCheck>;
  /** Writes one block in one request; callers chunk with core/sheet/chunks to stay under ~5 MB. */
  write(request: WriteRequest): Promise<void>;
  /**
   * Inserts `count` whole empty columns at `column` (what stood there moves right, as Excel's
   * Insert column does), so Enrich can write beside the key column without covering anything.
   */
  insertColumns(sheet: string, column: number, count: number): Promise<void>;
  /** Adds a worksheet named `name` (or `name (2)`, … when taken); returns the name used. */
  addSheet(name: string): Promise<string>;
  createTable(request: TableRequest): Promise<TableInfo>;
  /**
   * Reads a table's header and data rows (for refresh: keep columns the user added). `formulas`
   * holds each cell's formula, or its constant where it has none, so user formulas survive.
   */
  readTable(name: string): Promise<TableContents | undefined>;
  /**
   * Replaces a table's header and data rows, resizing it; rows may have more columns than before.
   * Generated columns are written like createTable (text columns and formula-like text as text);
   * `userColumns` are the user's own and are written as given, so their formulas stay formulas.
   * `columnFormats` as in createTable (date columns).
   */
  replaceTableRows(
    name: string,
    header: readonly string[],
    rows: readonly (readonly CellValue[])[],
    textColumns: ReadonlySet<number>,
    userColumns?: ReadonlySet<number>,
    columnFormats?: ReadonlyMap<number, string>,
  ): Promise<TableInfo>;
  /** Selects a block and activates its sheet (CSV import selects the loaded column for Enrich). */
  selectRange(sheet: string, row: number, column: number, rowCount: number, columnCount: number): Promise<void>;
  /** Formulas in the workbook's used ranges that call KLASS. or BRREG. functions (for the Sources sheet). */
  addinFormulas(): Promise<string[]>;
  /** Workbook-scoped settings (stored in the document): report definitions and the like. */
  readSetting(key: string): Promise<string | undefined>;
  writeSetting(key: string, value: string | undefined): Promise<void>;
  /** Full recalculation so KLASS./BRREG. formulas refresh. */
  recalculate(): Promise<void>;
  /** Writes a formula in one cell (checked as any write), selects it and activates its sheet, for "Insert formula". */
  setFormula(sheet: string, row: number, column: number, formula: string): Promise<void>;

  // freeze & combine
  // These rewrite cells that are not empty, so they do not use the general checked write: each
  // reads its target and applies core/formulas/swapGuard in the same request that writes — an
  // add-in formula may become its own values or its own range formula and back, nothing else,
  // and a target that no longer holds exactly what is expected refuses with WriteBlockedError.
  /** The worksheets' names, in order. */
  sheetNames(): Promise<string[]>;
  /** The block of a sheet that holds values or formulas, or undefined when the sheet is empty. */
  usedRange(sheet: string): Promise<SheetBlock | undefined>;
  /** Each cell's formula, or its constant where it has none (null when empty). */
  readFormulas(
    sheet: string,
    row: number,
    column: number,
    rowCount: number,
    columnCount: number,
  ): Promise<CellValue[][]>;
  /** The blocks of a sheet's Excel tables, header included (a spilled formula is not allowed inside one). */
  tableBlocks(sheet: string): Promise<SheetBlock[]>;
  /** What each formula cell shows: its spill area, or the cell itself. */
  spillAreas(
    sheet: string,
    anchors: readonly { readonly row: number; readonly column: number }[],
  ): Promise<SheetBlock[]>;
  /**
   * Freeze: the add-in formula `formula` in the block's top-left cell, and the block it shows,
   * become the values shown (text as text). Returns those values and the number formats before.
   */
  freezeBlock(block: SheetBlock, formula: string): Promise<FrozenBlock>;
  /** Unfreeze: the frozen block back to empty cells (formats as before) and its formula — if it still holds the frozen values. */
  unfreezeBlock(record: FrozenRange): Promise<void>;
  /** Combine: the run's single-cell formulas become `combined` in its top cell (cells below emptied for its spill). */
  combineRun(run: CombineRun): Promise<void>;
  /** Undo combining: every original formula back, if the top cell still holds `combined`. */
  uncombineRun(run: CombineRun): Promise<void>;

  // workbook check (sheetNames above serves it too; it moves to a finding with `selectRange`)
  /** A worksheet's used range (values only, formats ignored): its top-left cell and values; undefined when empty. */
  readUsedRange(sheet: string): Promise<SheetRange | undefined>;
}

export interface FrozenBlock {
  readonly values: CellValue[][];
  readonly formats: string[][];
}

/** A filled-down run and its range formula (core/formulas/combine). */
export interface CombineRun {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly originals: readonly string[];
  readonly combined: string;
}

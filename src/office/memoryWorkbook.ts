import { blockAddress } from "../core/sheet/address";
import { deleteRowsAt, insertColumnsAt, insertRowsAt } from "./memoryShift";
import { TEXT_FORMAT, type CellValue } from "../core/sheet/cells";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../core/sheet/chunks";
import {
  WRITE_LEDGER_SETTING,
  WriteBlockedError,
  assertWritable,
  checkContents,
  parseLedger,
  recordBlock,
  recordTable,
  serializeLedger,
  shiftLedgerColumns,
  type SheetBlock,
  type WriteCheck,
  type WriteLedger,
} from "../core/sheet/writeGuard";
import type {
  CombineRun,
  SelectionInfo,
  TableContents,
  TableInfo,
  TableRequest,
  WorkbookGateway,
  WriteRequest,
} from "./gateway";
import { evaluateCall, type CallableFunction } from "../core/formulas/evaluate";
import { checkCombine, checkFreeze, checkUncombine } from "../core/formulas/swapGuard";
import { expandFormats, frozenFormats, valuesFingerprint } from "../core/formulas/frozen";
import { headerFormats, rowChunks, tableFormats } from "./tableFormats";

/**
 * An in-memory workbook behind the same gateway interface as Excel, so the taskpane runs in a
 * plain browser (tests, demos) and behaves as it would in Excel for what it uses: sparse cells
 * with values, number formats and formulas; text-format cells keep strings as typed; General
 * cells coerce numeric strings to numbers (as Excel would); tables; settings; a write log.
 * Writes are checked as the Office gateway checks them (core/sheet/writeGuard), with the ledger
 * of what the add-in wrote kept in the settings, as Excel keeps it in the document.
 */
interface Cell {
  value: CellValue;
  format: string;
  formula?: string;
  /** A cell a formula's result spills into: the anchor's key (it has no content of its own). */
  spillOf?: string;
  /** An anchor's spill: its size and the keys of the cells its result covers besides itself. */
  spill?: { readonly rows: number; readonly columns: number; readonly keys: readonly string[] };
}

/**
 * A table: its name, where it stands now and its size. Like an Excel table it moves when cells are
 * inserted or deleted above it or to its left (see `moveTables`), so a report finds it by name
 * wherever other tables have pushed it; nothing holds a saved address.
 */
interface Table {
  info: TableInfo;
  row: number;
  column: number;
}

/** One shift of cells on a sheet, as memoryShift.ts makes it. */
type Shift =
  | {
      readonly kind: "rows";
      readonly row: number;
      readonly column: number;
      readonly width: number;
      readonly count: number;
    }
  | {
      readonly kind: "columns";
      readonly row: number;
      readonly height: number;
      readonly column: number;
      readonly count: number;
    };

/**
 * Moves the tables of `sheet` (but `except`, the one being resized) that the shift moves: those
 * at or below (rows) or at or right of (columns) its start within its band. Checks all first, so
 * a refused shift moves nothing.
 */
function moveTables(tables: Map<string, Table>, sheet: string, except: string, shift: Shift): void {
  const moving: Table[] = [];
  for (const table of tables.values()) {
    if (table.info.sheet !== sheet || table.info.name === except) continue;
    const rows: [number, number] = [table.row, table.row + table.info.rowCount + 1];
    const columns: [number, number] = [table.column, table.column + table.info.header.length];
    const [along, across, bandStart, bandEnd] =
      shift.kind === "rows"
        ? [rows, columns, shift.column, shift.column + shift.width]
        : [columns, rows, shift.row, shift.row + shift.height];
    const start = shift.kind === "rows" ? shift.row : shift.column;
    if (along[0] < start || across[0] >= bandEnd || across[1] <= bandStart) continue;
    // Excel refuses a shift that would split a table; so does this workbook.
    if (across[0] < bandStart || across[1] > bandEnd)
      throw new Error(`This would move part of table "${table.info.name}"; Excel does not allow it`);
    moving.push(table);
  }
  for (const table of moving) {
    if (shift.kind === "rows") table.row += shift.count;
    else table.column += shift.count;
    const { rowCount, header } = table.info;
    table.info = { ...table.info, address: blockAddress(table.row, table.column, rowCount + 1, header.length) };
  }
}

interface MemoryWorkbook extends WorkbookGateway {
  /** Every write as it happened: for tests and the enrich benchmark (count, largest payload). */
  readonly writes: { readonly sheet: string; readonly cells: number; readonly bytes: number }[];
  readonly recalculations: number;
  select(sheet: string, row: number, column: number, rowCount: number, columnCount: number): void;
  /** The active sheet (the last added or selected). */
  readonly activeSheet: string;
  /** Names of the tables, in creation order. */
  tables(): string[];
  setValues(sheet: string, row: number, column: number, values: CellValue[][]): void;
  cell(sheet: string, row: number, column: number): Readonly<Cell> | undefined;
  sheets(): string[];
}

const key = (row: number, column: number) => `${row},${column}`;

/** Excel's General format turns numeric text into a number; text format keeps it. */
function storedValue(value: CellValue, format: string): CellValue {
  if (typeof value === "string" && format !== TEXT_FORMAT && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

/**
 * `budgetBytes`: payload budget per write, as the Office gateway chunks (tests use a small one).
 * `functions`: the add-in's functions by name; with them, add-in formulas show values — on
 * `recalculate()` every formula cell (row by row, each sheet in turn), and after freeze, unfreeze,
 * combine and undo-combine the cells they rewrote — and spill as in Excel (#SPILL! when blocked).
 * Other formulas (=C2&"x") are not evaluated: they show nothing.
 */
export function createMemoryWorkbook(
  initialSheet = "Sheet1",
  options: { readonly budgetBytes?: number; readonly functions?: (name: string) => CallableFunction | undefined } = {},
): MemoryWorkbook {
  const budget = options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
  const sheets = new Map<string, Map<string, Cell>>([[initialSheet, new Map()]]);
  const tables = new Map<string, Table>();
  const settings = new Map<string, string>();
  const writes: { sheet: string; cells: number; bytes: number }[] = [];
  let selection = { sheet: initialSheet, row: 0, column: 0, rowCount: 1, columnCount: 1 };
  let recalculations = 0;
  let active = initialSheet;

  const sheetCells = (sheet: string): Map<string, Cell> => {
    const cells = sheets.get(sheet);
    if (!cells) throw new Error(`No worksheet named "${sheet}"`);
    return cells;
  };
  const read = (sheet: string, row: number, column: number, rowCount: number, columnCount: number): CellValue[][] => {
    const cells = sheetCells(sheet);
    return Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: columnCount }, (_, c) => cells.get(key(row + r, column + c))?.value ?? null),
    );
  };
  /** A cell rewritten: if it was a formula's anchor, its spilled cells go with it (as in Excel). */
  const dropSpill = (cells: Map<string, Cell>, at: string): void => {
    const anchor = cells.get(at);
    for (const k of anchor?.spill?.keys ?? []) if (cells.get(k)?.spillOf === at) cells.delete(k);
  };
  const write = (request: WriteRequest): void => {
    const cells = sheetCells(request.sheet);
    let bytes = 0;
    request.values.forEach((rowValues, r) =>
      rowValues.forEach((value, c) => {
        const format =
          request.numberFormats?.[r]?.[c] ?? cells.get(key(request.row + r, request.column + c))?.format ?? "General";
        const isFormula = typeof value === "string" && value.startsWith("=") && format !== TEXT_FORMAT;
        dropSpill(cells, key(request.row + r, request.column + c));
        cells.set(
          key(request.row + r, request.column + c),
          isFormula ? { value: null, format, formula: value } : { value: storedValue(value, format), format },
        );
        bytes += JSON.stringify(value).length + format.length;
      }),
    );
    writes.push({ sheet: request.sheet, cells: request.values.length * (request.values[0]?.length ?? 0), bytes });
  };
  const uniqueTableName = (wanted: string): string => {
    const base = wanted.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([^A-Za-z_])/, "_$1") || "Table";
    let name = base;
    for (let n = 2; tables.has(name); n++) name = `${base}_${n}`;
    return name;
  };
  const ledger = (): WriteLedger => parseLedger(settings.get(WRITE_LEDGER_SETTING));
  const saveLedger = (next: WriteLedger) => settings.set(WRITE_LEDGER_SETTING, serializeLedger(next));
  /** The add-in's cells: recorded blocks and the current extent of its tables. */
  const owned = (): SheetBlock[] => {
    const { blocks, tables: names } = ledger();
    const fromTables = names.flatMap((name) => {
      const t = tables.get(name);
      return t
        ? [
            {
              sheet: t.info.sheet,
              row: t.row,
              column: t.column,
              rowCount: t.info.rowCount + 1,
              columnCount: t.info.header.length,
            },
          ]
        : [];
    });
    return [...blocks, ...fromTables];
  };
  const check = (block: SheetBlock): WriteCheck => {
    const cells = sheetCells(block.sheet);
    const contents = Array.from({ length: block.rowCount }, (_, r) =>
      Array.from({ length: block.columnCount }, (_, c) => {
        const cell = cells.get(key(block.row + r, block.column + c));
        return cell?.formula ?? cell?.value ?? null;
      }),
    );
    return checkContents(block, contents, owned());
  };
  const blockOf = (request: WriteRequest): SheetBlock => ({
    sheet: request.sheet,
    row: request.row,
    column: request.column,
    rowCount: request.values.length,
    columnCount: request.values[0]?.length ?? 0,
  });

  const putTable = (
    name: string,
    sheet: string,
    row: number,
    column: number,
    header: readonly string[],
    rows: readonly (readonly CellValue[])[],
    textColumns: ReadonlySet<number>,
    userColumns?: ReadonlySet<number>,
    columnFormats?: ReadonlyMap<number, string>,
  ): TableInfo => {
    const formats = tableFormats(rows, textColumns, userColumns, columnFormats);
    write({ sheet, row, column, values: [header as string[]], numberFormats: headerFormats(header) });
    // Chunked as the Office gateway does: one write per request-sized block.
    for (const chunk of rowChunks(rows, formats, budget)) {
      write({
        sheet,
        row: row + 1 + chunk.start,
        column,
        values: rows.slice(chunk.start, chunk.start + chunk.count),
        numberFormats: formats.slice(chunk.start, chunk.start + chunk.count),
      });
    }
    const info: TableInfo = {
      name,
      sheet,
      address: blockAddress(row, column, rows.length + 1, header.length),
      header: [...header],
      rowCount: rows.length,
    };
    tables.set(name, { info, row, column });
    return info;
  };

  // freeze & combine
  /** Evaluates the formula at (row, column) and lays out what it shows (see the `functions` option). */
  const evaluate = async (sheet: string, row: number, column: number): Promise<void> => {
    const cells = sheetCells(sheet);
    const at = key(row, column);
    const anchor = cells.get(at);
    if (!options.functions || !anchor?.formula) return;
    dropSpill(cells, at);
    delete anchor.spill;
    const grid = await evaluateCall(anchor.formula, sheet, read, options.functions);
    if (cells.get(at) !== anchor) return; // rewritten while it was evaluated
    if (!grid) return;
    const targets: { k: string; value: CellValue }[] = [];
    let blocked = false;
    grid.forEach((line, r) =>
      line.forEach((value, c) => {
        if (r === 0 && c === 0) return;
        const k = key(row + r, column + c);
        const there = cells.get(k);
        if (there && (there.formula !== undefined || (there.value !== null && there.value !== ""))) blocked = true;
        targets.push({ k, value });
      }),
    );
    if (blocked) {
      anchor.value = "#SPILL!";
      return;
    }
    anchor.value = grid[0]?.[0] ?? "";
    for (const { k, value } of targets) cells.set(k, { value, format: cells.get(k)?.format ?? "General", spillOf: at });
    if (targets.length > 0)
      anchor.spill = { rows: grid.length, columns: grid[0]?.length ?? 1, keys: targets.map((t) => t.k) };
  };
  const formulaCells = (sheet: string): { row: number; column: number }[] =>
    [...sheetCells(sheet).entries()]
      .filter(([, cell]) => cell.formula !== undefined)
      .map(([k]) => {
        const [row, column] = k.split(",").map(Number) as [number, number];
        return { row, column };
      })
      .sort((a, b) => a.row - b.row || a.column - b.column);
  const readContents = (sheet: string, row: number, column: number, rowCount: number, columnCount: number) => {
    const cells = sheetCells(sheet);
    return Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: columnCount }, (_, c) => {
        const cell = cells.get(key(row + r, column + c));
        return cell?.formula ?? cell?.value ?? null;
      }),
    );
  };
  const spillSize = (sheet: string, row: number, column: number) => {
    const spill = sheetCells(sheet).get(key(row, column))?.spill;
    return { rowCount: spill?.rows ?? 1, columnCount: spill?.columns ?? 1 };
  };

  /** As Excel's getUsedRange(true): the block spanning every cell with a value or formula. */
  const usedBlock = (sheet: string): SheetBlock | undefined => {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of sheetCells(sheet)) {
      if (cell.formula === undefined && (cell.value === null || cell.value === "")) continue;
      const [row, column] = k.split(",").map(Number) as [number, number];
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0
      ? undefined
      : { sheet, row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  };

  return {
    writes,
    get recalculations() {
      return recalculations;
    },
    select(sheet, row, column, rowCount, columnCount) {
      sheetCells(sheet);
      selection = { sheet, row, column, rowCount, columnCount };
      active = sheet;
    },
    get activeSheet() {
      return active;
    },
    tables: () => [...tables.keys()],
    setValues(sheet, row, column, values) {
      if (!sheets.has(sheet)) sheets.set(sheet, new Map());
      write({ sheet, row, column, values });
      writes.pop(); // test set-up, not a gateway write
    },
    cell: (sheet, row, column) => sheetCells(sheet).get(key(row, column)),
    sheets: () => [...sheets.keys()],
    async getSelection(): Promise<SelectionInfo> {
      const { sheet, row, column, rowCount, columnCount } = selection;
      return {
        sheet,
        row,
        column,
        rowCount,
        columnCount,
        address: blockAddress(row, column, rowCount, columnCount),
        values: read(sheet, row, column, rowCount, columnCount),
      };
    },
    async readRange(sheet, row, column, rowCount, columnCount) {
      return read(sheet, row, column, rowCount, columnCount);
    },
    async checkWrite(sheet, row, column, rowCount, columnCount) {
      return check({ sheet, row, column, rowCount, columnCount });
    },
    async write(request) {
      const block = blockOf(request);
      assertWritable(check(block));
      write(request);
      saveLedger(recordBlock(ledger(), block));
    },
    async insertColumns(sheet, column, count) {
      insertColumnsAt(sheetCells(sheet), 0, Number.MAX_SAFE_INTEGER, column, count);
      for (const table of tables.values())
        if (table.info.sheet === sheet && table.column >= column) {
          table.column += count;
          const address = blockAddress(table.row, table.column, table.info.rowCount + 1, table.info.header.length);
          table.info = { ...table.info, address };
        }
      saveLedger(shiftLedgerColumns(ledger(), sheet, column, count));
    },
    async addSheet(name) {
      let used = name;
      for (let n = 2; sheets.has(used); n++) used = `${name} (${n})`;
      sheets.set(used, new Map());
      active = used;
      return used;
    },
    async createTable(request: TableRequest) {
      assertWritable(
        check({
          sheet: request.sheet,
          row: request.row,
          column: request.column,
          rowCount: request.rows.length + 1,
          columnCount: request.header.length,
        }),
      );
      const info = putTable(
        uniqueTableName(request.name),
        request.sheet,
        request.row,
        request.column,
        request.header,
        request.rows,
        request.textColumns,
        undefined,
        request.columnFormats,
      );
      saveLedger(recordTable(ledger(), info.name));
      return info;
    },
    async readTable(name): Promise<TableContents | undefined> {
      const table = tables.get(name);
      if (!table) return undefined;
      const { info, row, column } = table;
      const header = read(info.sheet, row, column, 1, info.header.length)[0]?.map((v) => String(v ?? "")) ?? [];
      const cells = sheetCells(info.sheet);
      const formulas = Array.from({ length: info.rowCount }, (_, r) =>
        Array.from({ length: info.header.length }, (_, c) => {
          const cell = cells.get(key(row + 1 + r, column + c));
          return cell?.formula ?? cell?.value ?? null;
        }),
      );
      return { info, header, rows: read(info.sheet, row + 1, column, info.rowCount, info.header.length), formulas };
    },
    async replaceTableRows(name, header, rows, textColumns, userColumns, columnFormats) {
      const table = tables.get(name);
      if (!table) throw new Error(`No table named "${name}"`);
      const { info, row, column } = table;
      // Only the add-in's own tables are rewritten (a user's table of the same name is not).
      if (!ledger().tables.includes(name))
        throw new WriteBlockedError(info.sheet, [info.address], (info.rowCount + 1) * info.header.length);
      // Grow or shrink as Excel does (cells below and beside move with the table), then clear the
      // table's own area and write the new header and rows into it.
      // Tables below or beside move with the cells, as in Excel.
      const cells = sheetCells(info.sheet);
      const width = Math.max(info.header.length, header.length);
      if (header.length > info.header.length) {
        const shift = {
          kind: "columns",
          row,
          height: info.rowCount + 1,
          column: column + info.header.length,
          count: header.length - info.header.length,
        } as const;
        moveTables(tables, info.sheet, name, shift);
        insertColumnsAt(cells, shift.row, shift.height, shift.column, shift.count);
      }
      if (rows.length > info.rowCount) {
        const shift = {
          kind: "rows",
          row: row + 1 + info.rowCount,
          column,
          width,
          count: rows.length - info.rowCount,
        } as const;
        moveTables(tables, info.sheet, name, shift);
        insertRowsAt(cells, shift.row, column, width, shift.count);
      }
      if (rows.length < info.rowCount) {
        const count = info.rowCount - rows.length;
        moveTables(tables, info.sheet, name, {
          kind: "rows",
          row: row + 1 + rows.length + count,
          column,
          width,
          count: -count,
        });
        deleteRowsAt(cells, row + 1 + rows.length, column, width, count);
      }
      for (let r = 0; r <= rows.length; r++) for (let c = 0; c < width; c++) cells.delete(key(row + r, column + c));
      return putTable(name, info.sheet, row, column, header, rows, textColumns, userColumns, columnFormats);
    },
    async selectRange(sheet, row, column, rowCount, columnCount) {
      sheetCells(sheet);
      selection = { sheet, row, column, rowCount, columnCount };
      active = sheet;
    },
    async addinFormulas() {
      const found: string[] = [];
      for (const cells of sheets.values())
        for (const cell of cells.values())
          if (cell.formula && /\b(KLASS|BRREG)\./i.test(cell.formula)) found.push(cell.formula);
      return found;
    },
    async readSetting(k) {
      return settings.get(k);
    },
    async writeSetting(k, value) {
      if (value === undefined) settings.delete(k);
      else settings.set(k, value);
    },
    async recalculate() {
      recalculations++;
      for (const sheet of sheets.keys())
        for (const { row, column } of formulaCells(sheet)) await evaluate(sheet, row, column);
    },
    async setFormula(sheet, row, column, formula) {
      const block = { sheet, row, column, rowCount: 1, columnCount: 1 };
      assertWritable(check(block));
      saveLedger(recordBlock(ledger(), block));
      sheetCells(sheet).set(key(row, column), { value: null, format: "General", formula });
      selection = { sheet, row, column, rowCount: 1, columnCount: 1 };
      active = sheet;
    },
    // freeze & combine
    async sheetNames() {
      return [...sheets.keys()];
    },
    async usedRange(sheet) {
      return usedBlock(sheet);
    },
    async readFormulas(sheet, row, column, rowCount, columnCount) {
      return readContents(sheet, row, column, rowCount, columnCount);
    },
    async tableBlocks(sheet) {
      return [...tables.values()]
        .filter((t) => t.info.sheet === sheet)
        .map((t) => ({
          sheet,
          row: t.row,
          column: t.column,
          rowCount: t.info.rowCount + 1,
          columnCount: t.info.header.length,
        }));
    },
    async spillAreas(sheet, anchors) {
      return anchors.map(({ row, column }) => ({ sheet, row, column, ...spillSize(sheet, row, column) }));
    },
    async freezeBlock(block, formula) {
      const cells = sheetCells(block.sheet);
      const at = key(block.row, block.column);
      assertWritable(
        checkFreeze(block, formula, cells.get(at)?.formula, spillSize(block.sheet, block.row, block.column)),
      );
      const values = read(block.sheet, block.row, block.column, block.rowCount, block.columnCount);
      const formats = values.map((line, r) =>
        line.map((_, c) => cells.get(key(block.row + r, block.column + c))?.format ?? "General"),
      );
      const written = frozenFormats(values, formats);
      dropSpill(cells, at);
      values.forEach((line, r) =>
        line.forEach((value, c) => {
          const format = written[r]![c]!;
          cells.set(key(block.row + r, block.column + c), { value: storedValue(value ?? "", format), format });
        }),
      );
      return { values, formats };
    },
    async unfreezeBlock(record) {
      const values = read(record.sheet, record.row, record.column, record.rowCount, record.columnCount);
      if (valuesFingerprint(values) !== record.fingerprint)
        throw new WriteBlockedError(
          record.sheet,
          [blockAddress(record.row, record.column, record.rowCount, record.columnCount)],
          record.rowCount * record.columnCount,
        );
      const cells = sheetCells(record.sheet);
      const formats = expandFormats(record.formats, record.rowCount, record.columnCount);
      for (let r = 0; r < record.rowCount; r++)
        for (let c = 0; c < record.columnCount; c++)
          cells.set(key(record.row + r, record.column + c), { value: null, format: formats[r]?.[c] ?? "General" });
      cells.set(key(record.row, record.column), {
        value: null,
        format: formats[0]?.[0] ?? "General",
        formula: record.formula,
      });
      await evaluate(record.sheet, record.row, record.column);
    },
    async combineRun(run: CombineRun) {
      const block = { sheet: run.sheet, row: run.row, column: run.column, rowCount: run.rowCount, columnCount: 1 };
      assertWritable(checkCombine(block, run.originals, readContents(run.sheet, run.row, run.column, run.rowCount, 1)));
      const cells = sheetCells(run.sheet);
      for (let r = 1; r < run.rowCount; r++) cells.delete(key(run.row + r, run.column));
      const at = key(run.row, run.column);
      cells.set(at, { value: null, format: cells.get(at)?.format ?? "General", formula: run.combined });
      await evaluate(run.sheet, run.row, run.column);
    },
    async uncombineRun(run: CombineRun) {
      const block = { sheet: run.sheet, row: run.row, column: run.column, rowCount: run.rowCount, columnCount: 1 };
      const cells = sheetCells(run.sheet);
      const at = key(run.row, run.column);
      const anchor = cells.get(at);
      const spill = anchor?.spill ? { rowCount: anchor.spill.rows, columnCount: anchor.spill.columns } : undefined;
      const below = readContents(run.sheet, run.row + 1, run.column, run.rowCount - 1, 1);
      assertWritable(checkUncombine(block, run.combined, anchor?.formula, spill, below));
      if (run.originals.length !== run.rowCount) throw new Error("Undo combining needs one formula per row");
      dropSpill(cells, at);
      run.originals.forEach((formula, r) => {
        const k = key(run.row + r, run.column);
        cells.set(k, { value: null, format: cells.get(k)?.format ?? "General", formula });
      });
      for (let r = 0; r < run.rowCount; r++) await evaluate(run.sheet, run.row + r, run.column);
    },
    // workbook check
    async readUsedRange(sheet) {
      const block = usedBlock(sheet);
      if (!block) return undefined;
      const { row, column, rowCount, columnCount } = block;
      return { sheet, row, column, values: read(sheet, row, column, rowCount, columnCount) };
    },
  };
}

import { blockAddress } from "../core/sheet/address";
import { tableResize } from "../core/sheet/tableResize";
import type { CellValue } from "../core/sheet/cells";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../core/sheet/chunks";
import type {
  CombineRun,
  SelectionInfo,
  TableContents,
  TableInfo,
  TableRequest,
  WorkbookGateway,
  WriteRequest,
} from "./gateway";
import { checkCombine, checkFreeze, checkUncombine } from "../core/formulas/swapGuard";
import { expandFormats, frozenFormats, valuesFingerprint } from "../core/formulas/frozen";
import { headerFormats, rowChunks, tableFormats } from "./tableFormats";
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

/**
 * The Office.js gateway: the only module that calls `Excel.run` or `Office.context`.
 * Small calls are one `Excel.run` batch (one request). Tables are written in row chunks, one
 * `context.sync()` each, so no request passes the ~5 MB payload limit (core/sheet/chunks).
 * Number formats are always queued before values in the same request, so text stays text.
 * Every write is checked first (core/sheet/writeGuard): the target's formulas are read, and a
 * non-empty cell outside what the add-in wrote (the ledger in the document settings, and the
 * current ranges of its tables) refuses the write before anything is queued.
 */

/** Cells per read of a used range: well under the ~5 MB answer limit for short values. */
const USED_RANGE_CELLS_PER_READ = 100_000;

function readSettingText(key: string): string | undefined {
  const value: unknown = Office.context.document.settings.get(key);
  return typeof value === "string" ? value : undefined;
}

function writeSettingText(key: string, value: string | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settings = Office.context.document.settings;
    if (value === undefined) settings.remove(key);
    else settings.set(key, value);
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message)),
    );
  });
}

const readLedger = (): WriteLedger => parseLedger(readSettingText(WRITE_LEDGER_SETTING));
const saveLedger = (ledger: WriteLedger): Promise<void> =>
  writeSettingText(WRITE_LEDGER_SETTING, serializeLedger(ledger));

/** The current ranges of the add-in's tables (a table the user deleted is skipped). */
async function tableBlocks(context: Excel.RequestContext, names: readonly string[]): Promise<SheetBlock[]> {
  const found = names.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    return { table, range: table.getRange(), sheet: table.worksheet };
  });
  await context.sync();
  const live = found.filter((f) => !f.table.isNullObject);
  for (const f of live) {
    f.range.load("rowIndex,columnIndex,rowCount,columnCount");
    f.sheet.load("name");
  }
  await context.sync();
  return live.map((f) => ({
    sheet: f.sheet.name,
    row: f.range.rowIndex,
    column: f.range.columnIndex,
    rowCount: f.range.rowCount,
    columnCount: f.range.columnCount,
  }));
}

/** Reads the target's formulas (constants included) and checks them against what the add-in owns. */
async function checkBlock(context: Excel.RequestContext, block: SheetBlock): Promise<WriteCheck> {
  if (block.rowCount <= 0 || block.columnCount <= 0) return { ok: true };
  const range = context.workbook.worksheets
    .getItem(block.sheet)
    .getRangeByIndexes(block.row, block.column, block.rowCount, block.columnCount)
    .load("formulas");
  await context.sync();
  const ledger = readLedger();
  const owned = [...ledger.blocks, ...(ledger.tables.length ? await tableBlocks(context, ledger.tables) : [])];
  return checkContents(block, range.formulas as unknown[][], owned);
}

function toTableName(wanted: string): string {
  // Table names: start with a letter or underscore; letters, digits, underscores; ≤ 255 chars.
  return (wanted.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([^A-Za-z_])/, "_$1") || "Table").slice(0, 200);
}

async function uniqueTableName(context: Excel.RequestContext, wanted: string): Promise<string> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const taken = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const base = toTableName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

function writeBlock(
  sheet: Excel.Worksheet,
  request: Pick<WriteRequest, "row" | "column" | "values" | "numberFormats">,
): void {
  const rowCount = request.values.length;
  const columnCount = request.values[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) return;
  const range = sheet.getRangeByIndexes(request.row, request.column, rowCount, columnCount);
  if (request.numberFormats) range.numberFormat = request.numberFormats as string[][];
  // Office.js leaves a cell unchanged where `values` holds null: write "" so a cell meant to be
  // empty is emptied (a refreshed table must not show what was there before).
  range.values = request.values.map((row) => row.map((v) => (v === null ? "" : v)));
}

/** Writes rows below (row, column) chunk by chunk, one sync per chunk. */
async function writeRowsChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  rows: readonly (readonly CellValue[])[],
  formats: string[][],
  budget: number,
): Promise<void> {
  for (const chunk of rowChunks(rows, formats, budget)) {
    writeBlock(sheet, {
      row: row + chunk.start,
      column,
      values: rows.slice(chunk.start, chunk.start + chunk.count),
      numberFormats: formats.slice(chunk.start, chunk.start + chunk.count),
    });
    await context.sync();
  }
}

async function readTableInfo(context: Excel.RequestContext, table: Excel.Table): Promise<TableInfo> {
  const range = table.getRange().load("address,rowCount");
  const header = table.getHeaderRowRange().load("values");
  const worksheet = table.worksheet.load("name");
  table.load("name");
  await context.sync();
  return {
    name: table.name,
    sheet: worksheet.name,
    address: range.address.slice(range.address.lastIndexOf("!") + 1),
    header: (header.values[0] ?? []).map(String),
    rowCount: range.rowCount - 1,
  };
}

/** `budgetBytes`: the payload budget per request (tests use a small one to see the chunking). */
export function createOfficeGateway(options: { readonly budgetBytes?: number } = {}): WorkbookGateway {
  const budget = options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
  return {
    getSelection: () =>
      Excel.run(async (context): Promise<SelectionInfo> => {
        const range = context.workbook.getSelectedRange().load("values,rowIndex,columnIndex,rowCount,columnCount");
        const worksheet = range.worksheet.load("name");
        await context.sync();
        return {
          sheet: worksheet.name,
          address: blockAddress(range.rowIndex, range.columnIndex, range.rowCount, range.columnCount),
          row: range.rowIndex,
          column: range.columnIndex,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
          values: range.values as CellValue[][],
        };
      }),
    readRange: (sheetName, row, column, rowCount, columnCount) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem(sheetName)
          .getRangeByIndexes(row, column, rowCount, columnCount)
          .load("values");
        await context.sync();
        return range.values as CellValue[][];
      }),
    checkWrite: (sheet, row, column, rowCount, columnCount) =>
      Excel.run((context) => checkBlock(context, { sheet, row, column, rowCount, columnCount })),
    write: (request) =>
      Excel.run(async (context) => {
        const block = {
          sheet: request.sheet,
          row: request.row,
          column: request.column,
          rowCount: request.values.length,
          columnCount: request.values[0]?.length ?? 0,
        };
        assertWritable(await checkBlock(context, block));
        writeBlock(context.workbook.worksheets.getItem(request.sheet), request);
        await context.sync();
        await saveLedger(recordBlock(readLedger(), block));
      }),
    insertColumns: (sheetName, column, count) =>
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem(sheetName)
          .getRangeByIndexes(0, column, 1, count)
          .getEntireColumn()
          .insert(Excel.InsertShiftDirection.right);
        await context.sync();
        await saveLedger(shiftLedgerColumns(readLedger(), sheetName, column, count));
      }),
    addSheet: (name) =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        let used = name.slice(0, 31);
        for (let n = 2; taken.has(used.toLowerCase()); n++) used = `${name.slice(0, 26)} (${n})`;
        context.workbook.worksheets.add(used).activate();
        await context.sync();
        return used;
      }),
    createTable: (request: TableRequest) =>
      Excel.run(async (context) => {
        assertWritable(
          await checkBlock(context, {
            sheet: request.sheet,
            row: request.row,
            column: request.column,
            rowCount: request.rows.length + 1,
            columnCount: request.header.length,
          }),
        );
        const sheet = context.workbook.worksheets.getItem(request.sheet);
        writeBlock(sheet, {
          row: request.row,
          column: request.column,
          values: [request.header as string[]],
          numberFormats: headerFormats(request.header),
        });
        await context.sync();
        await writeRowsChunked(
          context,
          sheet,
          request.row + 1,
          request.column,
          request.rows,
          tableFormats(request.rows, request.textColumns, undefined, request.columnFormats),
          budget,
        );
        const address = blockAddress(request.row, request.column, request.rows.length + 1, request.header.length);
        const table = sheet.tables.add(sheet.getRange(address), true);
        table.name = await uniqueTableName(context, request.name);
        await context.sync();
        const info = await readTableInfo(context, table);
        await saveLedger(recordTable(readLedger(), info.name));
        return info;
      }),
    readTable: (name) =>
      Excel.run(async (context): Promise<TableContents | undefined> => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        await context.sync();
        if (table.isNullObject) return undefined;
        const info = await readTableInfo(context, table);
        const body = table.getDataBodyRange().load("values,formulas");
        await context.sync();
        return {
          info,
          header: [...info.header],
          rows: body.values as CellValue[][],
          formulas: body.formulas as CellValue[][],
        };
      }),
    replaceTableRows: (name, header, rows, textColumns, userColumns, columnFormats) =>
      Excel.run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        const body = table.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        // Only the add-in's own tables are rewritten (a user's table of the same name is not).
        if (!readLedger().tables.includes(name)) {
          const worksheet = table.worksheet.load("name");
          await context.sync();
          const address = blockAddress(body.rowIndex - 1, body.columnIndex, body.rowCount + 1, body.columnCount);
          throw new WriteBlockedError(worksheet.name, [address], (body.rowCount + 1) * body.columnCount);
        }
        const sheet = table.worksheet;
        const top = body.rowIndex - 1; // the header row
        const left = body.columnIndex;
        const change = tableResize(
          { rows: body.rowCount, columns: body.columnCount },
          { rows: rows.length, columns: header.length },
        );
        // Grow and shrink as Excel's own table rows and columns do: cells below and beside the
        // table move with it, so nothing outside the table is overwritten (or pulled into it).
        if (change.insertColumns > 0)
          sheet
            .getRangeByIndexes(top, left + body.columnCount, body.rowCount + 1, change.insertColumns)
            .insert(Excel.InsertShiftDirection.right);
        if (change.insertRows > 0)
          sheet
            .getRangeByIndexes(body.rowIndex + body.rowCount, left, change.insertRows, change.width)
            .insert(Excel.InsertShiftDirection.down);
        if (change.deleteRows > 0)
          sheet
            .getRangeByIndexes(body.rowIndex + change.bodyRows, left, change.deleteRows, change.width)
            .delete(Excel.DeleteShiftDirection.up);
        table.resize(sheet.getRangeByIndexes(top, left, change.bodyRows + 1, header.length)); // ExcelApi 1.13
        if (change.dropColumns > 0)
          sheet
            .getRangeByIndexes(top, left + header.length, change.bodyRows + 1, change.dropColumns)
            .clear(Excel.ClearApplyTo.contents);
        if (rows.length === 0)
          sheet.getRangeByIndexes(body.rowIndex, left, 1, header.length).clear(Excel.ClearApplyTo.contents);
        writeBlock(sheet, {
          row: top,
          column: left,
          values: [header as string[]],
          numberFormats: headerFormats(header),
        });
        await context.sync();
        await writeRowsChunked(
          context,
          sheet,
          body.rowIndex,
          left,
          rows,
          tableFormats(rows, textColumns, userColumns, columnFormats),
          budget,
        );
        return readTableInfo(context, table);
      }),
    selectRange: (sheetName, row, column, rowCount, columnCount) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRangeByIndexes(row, column, rowCount, columnCount).select();
        await context.sync();
      }),
    addinFormulas: () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("formulas"));
        await context.sync();
        const found: string[] = [];
        for (const range of used) {
          if (range.isNullObject) continue;
          for (const row of range.formulas as unknown[][])
            for (const f of row) if (typeof f === "string" && /^=.*\b(KLASS|BRREG)\./i.test(f)) found.push(f);
        }
        return found;
      }),
    readSetting: async (key) => readSettingText(key),
    writeSetting: (key, value) => writeSettingText(key, value),
    recalculate: () =>
      Excel.run(async (context) => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      }),
    setFormula: (sheetName, row, column, formula) =>
      Excel.run(async (context) => {
        const block = { sheet: sheetName, row, column, rowCount: 1, columnCount: 1 };
        assertWritable(await checkBlock(context, block));
        await saveLedger(recordBlock(readLedger(), block));
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const cell = sheet.getRangeByIndexes(row, column, 1, 1);
        cell.numberFormat = [["General"]];
        cell.formulas = [[formula]];
        sheet.activate();
        cell.select();
        await context.sync();
      }),
    // freeze & combine
    sheetNames: () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    usedRange: (sheetName) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem(sheetName)
          .getUsedRangeOrNullObject(true)
          .load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        if (range.isNullObject) return undefined;
        return {
          sheet: sheetName,
          row: range.rowIndex,
          column: range.columnIndex,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
        };
      }),
    readFormulas: (sheetName, row, column, rowCount, columnCount) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem(sheetName)
          .getRangeByIndexes(row, column, rowCount, columnCount)
          .load("formulas");
        await context.sync();
        return (range.formulas as CellValue[][]).map((line) => line.map((f) => (f === "" ? null : f)));
      }),
    tableBlocks: (sheetName) =>
      Excel.run(async (context) => {
        const tables = context.workbook.worksheets.getItem(sheetName).tables.load("items/name");
        await context.sync();
        const ranges = tables.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
        await context.sync();
        return ranges.map((r) => ({
          sheet: sheetName,
          row: r.rowIndex,
          column: r.columnIndex,
          rowCount: r.rowCount,
          columnCount: r.columnCount,
        }));
      }),
    spillAreas: (sheetName, anchors) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        // ExcelApi 1.12: the range a dynamic-array formula spills to (a null object when it does not spill).
        const spills = anchors.map((a) =>
          sheet
            .getRangeByIndexes(a.row, a.column, 1, 1)
            .getSpillingToRangeOrNullObject()
            .load("rowIndex,columnIndex,rowCount,columnCount"),
        );
        await context.sync();
        return anchors.map((a, i) => {
          const spill = spills[i]!;
          return spill.isNullObject
            ? { sheet: sheetName, row: a.row, column: a.column, rowCount: 1, columnCount: 1 }
            : {
                sheet: sheetName,
                row: a.row,
                column: a.column,
                rowCount: spill.rowCount,
                columnCount: spill.columnCount,
              };
        });
      }),
    freezeBlock: (block, formula) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(block.sheet);
        const anchor = sheet.getRangeByIndexes(block.row, block.column, 1, 1).load("formulas");
        const spill = anchor.getSpillingToRangeOrNullObject().load("rowCount,columnCount");
        const range = sheet
          .getRangeByIndexes(block.row, block.column, block.rowCount, block.columnCount)
          .load("values,numberFormat");
        await context.sync();
        const shown = spill.isNullObject ? { rowCount: 1, columnCount: 1 } : spill;
        assertWritable(checkFreeze(block, formula, anchor.formulas[0]?.[0], shown));
        const values = range.values as CellValue[][];
        const formats = range.numberFormat as string[][];
        // The anchor's row first: writing over it ends the spill, so later chunks land on plain cells.
        await writeRowsChunked(context, sheet, block.row, block.column, values, frozenFormats(values, formats), budget);
        return { values, formats };
      }),
    unfreezeBlock: (record) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(record.sheet);
        const range = sheet
          .getRangeByIndexes(record.row, record.column, record.rowCount, record.columnCount)
          .load("values");
        await context.sync();
        if (valuesFingerprint(range.values as CellValue[][]) !== record.fingerprint)
          throw new WriteBlockedError(
            record.sheet,
            [blockAddress(record.row, record.column, record.rowCount, record.columnCount)],
            record.rowCount * record.columnCount,
          );
        range.clear(Excel.ClearApplyTo.contents);
        range.numberFormat = expandFormats(record.formats, record.rowCount, record.columnCount);
        sheet.getRangeByIndexes(record.row, record.column, 1, 1).formulas = [[record.formula]];
        await context.sync();
      }),
    combineRun: (run: CombineRun) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(run.sheet);
        const range = sheet.getRangeByIndexes(run.row, run.column, run.rowCount, 1).load("formulas");
        await context.sync();
        const block = { sheet: run.sheet, row: run.row, column: run.column, rowCount: run.rowCount, columnCount: 1 };
        assertWritable(checkCombine(block, run.originals, range.formulas as unknown[][]));
        if (run.rowCount > 1)
          sheet.getRangeByIndexes(run.row + 1, run.column, run.rowCount - 1, 1).clear(Excel.ClearApplyTo.contents);
        sheet.getRangeByIndexes(run.row, run.column, 1, 1).formulas = [[run.combined]];
        await context.sync();
      }),
    uncombineRun: (run: CombineRun) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(run.sheet);
        const anchor = sheet.getRangeByIndexes(run.row, run.column, 1, 1).load("formulas");
        const spill = anchor.getSpillingToRangeOrNullObject().load("rowCount,columnCount");
        const below =
          run.rowCount > 1
            ? sheet.getRangeByIndexes(run.row + 1, run.column, run.rowCount - 1, 1).load("formulas")
            : undefined;
        await context.sync();
        const block = { sheet: run.sheet, row: run.row, column: run.column, rowCount: run.rowCount, columnCount: 1 };
        const contents = ((below?.formulas ?? []) as unknown[][]).map((line) => line.map((f) => (f === "" ? null : f)));
        assertWritable(
          checkUncombine(
            block,
            run.combined,
            anchor.formulas[0]?.[0],
            spill.isNullObject ? undefined : spill,
            contents,
          ),
        );
        if (run.originals.length !== run.rowCount) throw new Error("Undo combining needs one formula per row");
        // In request-sized chunks: 100,000 formulas are several MB.
        const rows = run.originals.map((f) => [f]);
        const formats = run.originals.map(() => ["General"]);
        for (const chunk of rowChunks(rows, formats, budget)) {
          sheet.getRangeByIndexes(run.row + chunk.start, run.column, chunk.count, 1).formulas = rows.slice(
            chunk.start,
            chunk.start + chunk.count,
          );
          await context.sync();
        }
      }),
    // workbook check
    readUsedRange: (sheetName) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        if (used.isNullObject) return undefined;
        // Read in row blocks: one answer stays under Office.js's ~5 MB response limit.
        const rowsPerRead = Math.max(1, Math.floor(USED_RANGE_CELLS_PER_READ / Math.max(1, used.columnCount)));
        const values: CellValue[][] = [];
        for (let start = 0; start < used.rowCount; start += rowsPerRead) {
          const count = Math.min(rowsPerRead, used.rowCount - start);
          const block = sheet
            .getRangeByIndexes(used.rowIndex + start, used.columnIndex, count, used.columnCount)
            .load("values");
          await context.sync();
          values.push(...(block.values as CellValue[][]));
        }
        return { sheet: sheetName, row: used.rowIndex, column: used.columnIndex, values };
      }),
  };
}

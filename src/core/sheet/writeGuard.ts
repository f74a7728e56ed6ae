import { blockAddress } from "./address";

/**
 * The rule every workbook write obeys: Office.js writes cannot be undone with Ctrl+Z, so the
 * add-in writes only into empty cells or cells it wrote itself. What it wrote is kept in the
 * workbook (a "ledger" in the document settings): the blocks written by plain writes, and the
 * names of the tables it created (a table's current range is asked from the workbook at check
 * time, so a table the user moved or that grew is still known). The gateways apply this before
 * every write; views use `checkWrite` to ask first and show where a write would land.
 */

/** A block of one sheet, zero-based. */
export interface SheetBlock {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** What the add-in wrote: blocks and table names. */
export interface WriteLedger {
  readonly blocks: readonly SheetBlock[];
  readonly tables: readonly string[];
}

/** The document setting that holds the ledger (JSON). */
export const WRITE_LEDGER_SETTING = "klass-brreg.written";

/** Blocks kept at most: the oldest are dropped (their cells then count as the user's: the safe side). */
const MAX_BLOCKS = 2_000;

/** Blocking cells listed by address at most (the count says how many there are). */
const MAX_LISTED = 20;

export type WriteCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly sheet: string;
      /** A1 addresses of the first blocking cells (at most 20). */
      readonly cells: readonly string[];
      /** How many cells block the write. */
      readonly count: number;
    };

/** A refused write: the target holds cells the add-in did not write. Nothing was written. */
export class WriteBlockedError extends Error {
  override readonly name = "WriteBlockedError";
  constructor(
    readonly sheet: string,
    readonly cells: readonly string[],
    readonly count: number,
  ) {
    super(`${count} cell(s) in ${sheet} are not empty (${cells.slice(0, 5).join(", ")}); nothing was written`);
  }
}

export function isWriteBlocked(error: unknown): error is WriteBlockedError {
  return error instanceof WriteBlockedError;
}

export const EMPTY_LEDGER: WriteLedger = { blocks: [], tables: [] };

/** A cell's content (its formula, or its constant) is empty. */
export function isEmptyContent(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

const contains = (b: SheetBlock, sheet: string, row: number, column: number): boolean =>
  b.sheet.toLowerCase() === sheet.toLowerCase() &&
  row >= b.row &&
  row < b.row + b.rowCount &&
  column >= b.column &&
  column < b.column + b.columnCount;

/**
 * Checks a target block against its current contents (formulas or constants, the block's shape)
 * and the blocks the add-in owns: every non-empty cell outside them blocks the write.
 */
export function checkContents(
  target: SheetBlock,
  contents: readonly (readonly unknown[])[],
  owned: readonly SheetBlock[],
): WriteCheck {
  const cells: string[] = [];
  let count = 0;
  contents.forEach((row, r) =>
    row.forEach((value, c) => {
      if (isEmptyContent(value)) return;
      const at = { row: target.row + r, column: target.column + c };
      if (owned.some((b) => contains(b, target.sheet, at.row, at.column))) return;
      count++;
      if (cells.length < MAX_LISTED) cells.push(blockAddress(at.row, at.column, 1, 1));
    }),
  );
  return count === 0 ? { ok: true } : { ok: false, sheet: target.sheet, cells, count };
}

/** Throws the refusal for a failed check. */
export function assertWritable(check: WriteCheck): void {
  if (!check.ok) throw new WriteBlockedError(check.sheet, check.cells, check.count);
}

const isBlock = (b: unknown): b is SheetBlock => {
  const x = b as Record<string, unknown> | null;
  return (
    !!x &&
    typeof x.sheet === "string" &&
    ["row", "column", "rowCount", "columnCount"].every((k) => Number.isInteger(x[k]) && (x[k] as number) >= 0)
  );
};

/** Reads the ledger setting; anything unreadable is an empty ledger (cells then count as the user's). */
export function parseLedger(text: string | undefined): WriteLedger {
  if (!text) return EMPTY_LEDGER;
  try {
    const raw = JSON.parse(text) as { blocks?: unknown; tables?: unknown };
    return {
      blocks: Array.isArray(raw.blocks) ? raw.blocks.filter(isBlock) : [],
      tables: Array.isArray(raw.tables) ? raw.tables.filter((t): t is string => typeof t === "string") : [],
    };
  } catch {
    return EMPTY_LEDGER;
  }
}

export function serializeLedger(ledger: WriteLedger): string {
  return JSON.stringify(ledger);
}

/** Two blocks that make one rectangle together (same columns and touching rows, or the reverse). */
function union(a: SheetBlock, b: SheetBlock): SheetBlock | undefined {
  if (a.sheet.toLowerCase() !== b.sheet.toLowerCase()) return undefined;
  if (a.column === b.column && a.columnCount === b.columnCount) {
    const top = Math.min(a.row, b.row);
    const bottom = Math.max(a.row + a.rowCount, b.row + b.rowCount);
    if (Math.max(a.row, b.row) <= Math.min(a.row + a.rowCount, b.row + b.rowCount))
      return { ...a, row: top, rowCount: bottom - top };
  }
  if (a.row === b.row && a.rowCount === b.rowCount) {
    const left = Math.min(a.column, b.column);
    const right = Math.max(a.column + a.columnCount, b.column + b.columnCount);
    if (Math.max(a.column, b.column) <= Math.min(a.column + a.columnCount, b.column + b.columnCount))
      return { ...a, column: left, columnCount: right - left };
  }
  return undefined;
}

/** The ledger with `block` recorded (merged into a neighbour where they form one rectangle). */
export function recordBlock(ledger: WriteLedger, block: SheetBlock): WriteLedger {
  if (block.rowCount <= 0 || block.columnCount <= 0) return ledger;
  const blocks = [...ledger.blocks];
  let merged = block;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const u = union(blocks[i]!, merged);
    if (u) {
      merged = u;
      blocks.splice(i, 1);
    }
  }
  blocks.push(merged);
  return { ...ledger, blocks: blocks.slice(-MAX_BLOCKS) };
}

export function recordTable(ledger: WriteLedger, name: string): WriteLedger {
  return ledger.tables.includes(name) ? ledger : { ...ledger, tables: [...ledger.tables, name] };
}

/**
 * Columns inserted at `column` on `sheet` move what stood there to the right: the recorded
 * blocks move with them (a block the insertion splits grows by the inserted columns).
 */
export function shiftLedgerColumns(ledger: WriteLedger, sheet: string, column: number, count: number): WriteLedger {
  return {
    ...ledger,
    blocks: ledger.blocks.map((b) => {
      if (b.sheet.toLowerCase() !== sheet.toLowerCase()) return b;
      if (b.column >= column) return { ...b, column: b.column + count };
      if (b.column + b.columnCount > column) return { ...b, columnCount: b.columnCount + count };
      return b;
    }),
  };
}

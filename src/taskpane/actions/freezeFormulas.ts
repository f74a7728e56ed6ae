import {
  FROZEN_SETTING,
  frozenRecord,
  inScope,
  parseFrozen,
  serializeFrozen,
  type BaseUrls,
  type FrozenRange,
} from "../../core/formulas/frozen";
import { isAddinFormula } from "../../core/formulas/formulaCall";
import { blockAddress } from "../../core/sheet/address";
import { isWriteBlocked, type SheetBlock } from "../../core/sheet/writeGuard";
import type { WorkbookGateway } from "../../office/gateway";

/**
 * Freeze & cite, and Unfreeze, over a scope: the selected cells, the active sheet or the whole
 * workbook. Each add-in formula in scope (its anchor cell and everything it shows inside the
 * scope) becomes its values through the gateway's freezeBlock; its record is kept in the workbook
 * store (FROZEN_SETTING). The store is written every {@link SAVE_EVERY} blocks and whenever the run
 * stops, error included, so a failed block never loses the formulas frozen before it; saving after
 * every block would rewrite the whole growing list each time (quadratic in a column of thousands
 * of single-cell formulas). User formulas, and formulas whose result reaches outside the scope,
 * stay as they are.
 */
export type FreezeScope = "selection" | "sheet" | "workbook";

/** How many frozen or restored blocks go between two writes of the workbook store. */
export const SAVE_EVERY = 100;

export interface ScopeBlocks {
  /** The blocks to look in (a sheet's used range, or the selection). */
  readonly blocks: readonly SheetBlock[];
  /** What the scope is, for the status line: "Sheet1!A1:C9", "Sheet1", or undefined for the workbook. */
  readonly where: string | undefined;
  /** For Unfreeze: which records belong to the scope. */
  readonly filter: { readonly sheet?: string; readonly block?: SheetBlock };
}

export async function scopeBlocks(gateway: WorkbookGateway, scope: FreezeScope): Promise<ScopeBlocks> {
  if (scope === "workbook") {
    const used = await Promise.all((await gateway.sheetNames()).map((sheet) => gateway.usedRange(sheet)));
    return { blocks: used.filter((b): b is SheetBlock => !!b), where: undefined, filter: {} };
  }
  const selection = await gateway.getSelection();
  if (scope === "sheet") {
    const used = await gateway.usedRange(selection.sheet);
    return { blocks: used ? [used] : [], where: selection.sheet, filter: { sheet: selection.sheet } };
  }
  const block = { ...selection };
  return { blocks: [block], where: `${selection.sheet}!${selection.address}`, filter: { block } };
}

const inside = (area: SheetBlock, block: SheetBlock) =>
  area.row >= block.row &&
  area.column >= block.column &&
  area.row + area.rowCount <= block.row + block.rowCount &&
  area.column + area.columnCount <= block.column + block.columnCount;

async function saveFrozen(gateway: WorkbookGateway, records: readonly FrozenRange[]): Promise<void> {
  await gateway.writeSetting(FROZEN_SETTING, records.length > 0 ? serializeFrozen(records) : undefined);
}

export async function readFrozen(gateway: WorkbookGateway): Promise<FrozenRange[]> {
  return parseFrozen(await gateway.readSetting(FROZEN_SETTING));
}

export interface FreezeOutcome {
  readonly frozen: readonly FrozenRange[];
  /** Add-in formulas left as formulas because their result reaches outside the scope. */
  readonly outside: number;
}

export async function freezeFormulas(
  gateway: WorkbookGateway,
  blocks: readonly SheetBlock[],
  urls: BaseUrls,
  now: () => string = () => new Date().toISOString(),
): Promise<FreezeOutcome> {
  const frozen: FrozenRange[] = [];
  let outside = 0;
  const records = await readFrozen(gateway);
  let unsaved = 0;
  try {
    await freezeEach();
  } finally {
    // Also on a failure: every block frozen so far stays restorable.
    if (unsaved > 0) await saveFrozen(gateway, records);
  }
  return { frozen, outside };

  async function freezeEach(): Promise<void> {
    for (const block of blocks) {
      const formulas = await gateway.readFormulas(
        block.sheet,
        block.row,
        block.column,
        block.rowCount,
        block.columnCount,
      );
      const anchors = formulas.flatMap((line, r) =>
        line.flatMap((formula, c) =>
          isAddinFormula(formula) ? [{ row: block.row + r, column: block.column + c, formula }] : [],
        ),
      );
      if (anchors.length === 0) continue;
      const areas = await gateway.spillAreas(block.sheet, anchors);
      for (const [i, anchor] of anchors.entries()) {
        const area = areas[i]!;
        if (!inside(area, block)) {
          outside++;
          continue;
        }
        const taken = now();
        const { values, formats } = await gateway.freezeBlock(area, anchor.formula);
        const record = frozenRecord({
          ...area,
          formula: anchor.formula,
          values,
          formats,
          now: taken,
          klassBaseUrl: urls.klassBaseUrl,
          brregBaseUrl: urls.brregBaseUrl,
        });
        frozen.push(record);
        records.push(record);
        if (++unsaved >= SAVE_EVERY) {
          await saveFrozen(gateway, records);
          unsaved = 0;
        }
      }
    }
  }
}

export interface UnfreezeOutcome {
  readonly restored: readonly FrozenRange[];
  /** Records left frozen: their cells were changed after freezing ("Sheet1!A1:B5"). */
  readonly changed: readonly string[];
}

export async function unfreezeFormulas(
  gateway: WorkbookGateway,
  filter: ScopeBlocks["filter"],
): Promise<UnfreezeOutcome> {
  const records = await readFrozen(gateway);
  const restored: FrozenRange[] = [];
  const changed: string[] = [];
  const gone = new Set<FrozenRange>();
  let unsaved = 0;
  const save = () =>
    saveFrozen(
      gateway,
      records.filter((r) => !gone.has(r)),
    );
  try {
    // Newest first: a block frozen later is put back before anything frozen earlier beneath it.
    for (const record of [...records].reverse().filter((r) => inScope(r, filter))) {
      try {
        await gateway.unfreezeBlock(record);
      } catch (error) {
        if (!isWriteBlocked(error)) throw error;
        changed.push(`${record.sheet}!${blockAddress(record.row, record.column, record.rowCount, record.columnCount)}`);
        continue;
      }
      restored.push(record);
      gone.add(record);
      if (++unsaved >= SAVE_EVERY) {
        await save();
        unsaved = 0;
      }
    }
  } finally {
    // Also on a failure: a restored block's record goes, so it is never "unfrozen" twice.
    if (unsaved > 0) await save();
  }
  return { restored, changed };
}

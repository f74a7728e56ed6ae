import { blockAddress } from "../sheet/address";
import type { SheetBlock, WriteCheck } from "../sheet/writeGuard";
import { isAddinFormula } from "./formulaCall";

/**
 * The write rule for freeze and combine, beside the general one (writeGuard.ts): these rewrites
 * replace cells that are not empty, so instead of "only empty or the add-in's own cells" they may
 * only swap an add-in formula for its own values or its own range formula, and back — each cell
 * must hold exactly what the swap expects to find, or nothing is written. The gateways read the
 * cells and ask these checks inside the same request that writes.
 */

/** Blocking cells listed by address at most. */
const MAX_LISTED = 20;

/** Compares `current` with `expected` cell by cell; every difference blocks. */
export function checkExpected(
  block: Pick<SheetBlock, "sheet" | "row" | "column">,
  current: readonly (readonly unknown[])[],
  expected: readonly (readonly unknown[])[],
  same: (current: unknown, expected: unknown) => boolean = sameContent,
): WriteCheck {
  const cells: string[] = [];
  let count = 0;
  const rows = Math.max(current.length, expected.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(current[r]?.length ?? 0, expected[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      if (same(current[r]?.[c] ?? null, expected[r]?.[c] ?? null)) continue;
      count++;
      if (cells.length < MAX_LISTED) cells.push(blockAddress(block.row + r, block.column + c, 1, 1));
    }
  }
  return count === 0 ? { ok: true } : { ok: false, sheet: block.sheet, cells, count };
}

/** Empty is empty (null, undefined or ""); otherwise equal values. */
export function sameContent(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  return empty(a) ? empty(b) : a === b;
}

const refuse = (block: SheetBlock, count = 1): WriteCheck => ({
  ok: false,
  sheet: block.sheet,
  cells: [blockAddress(block.row, block.column, 1, 1)],
  count,
});

/**
 * Freeze: the block's top-left cell holds exactly `formula`, an add-in formula, and the block is
 * exactly what it shows (its spill area, or the one cell).
 */
export function checkFreeze(
  block: SheetBlock,
  formula: string,
  anchorFormula: unknown,
  shown: Pick<SheetBlock, "rowCount" | "columnCount">,
): WriteCheck {
  if (!isAddinFormula(formula) || anchorFormula !== formula) return refuse(block);
  if (shown.rowCount !== block.rowCount || shown.columnCount !== block.columnCount) return refuse(block);
  return { ok: true };
}

/** Combine: every cell of the run holds exactly its original add-in formula. */
export function checkCombine(
  block: SheetBlock,
  originals: readonly string[],
  current: readonly (readonly unknown[])[],
): WriteCheck {
  if (!originals.every((f) => isAddinFormula(f))) return refuse(block, originals.length);
  return checkExpected(
    block,
    current,
    originals.map((f) => [f]),
  );
}

/**
 * Undo-combine: the top cell holds exactly the range formula, and the cells below either show its
 * spill (`spill` covers the run) or are empty — never a value the user typed into the spill.
 */
export function checkUncombine(
  block: SheetBlock,
  combined: string,
  anchorFormula: unknown,
  spill: Pick<SheetBlock, "rowCount" | "columnCount"> | undefined,
  below: readonly (readonly unknown[])[],
): WriteCheck {
  if (anchorFormula !== combined || !isAddinFormula(combined)) return refuse(block);
  if (spill && spill.rowCount === block.rowCount && spill.columnCount === 1) return { ok: true };
  return checkExpected(
    { ...block, row: block.row + 1 },
    below,
    below.map(() => [null]),
  );
}

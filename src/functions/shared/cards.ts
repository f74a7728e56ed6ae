import type { EntityValue } from "../../core/cards/cellValues";
import { mapMaybe, type MaybePromise } from "../../core/maybePromise";
import { entityCellsSupported } from "../../runtime/entityCells";

/*
 * BRREG.KORT's and KLASS.KORT's answer to Excel: the cards as core built them where Excel takes
 * entity values from custom functions, and each card's text (the name, "0301 Oslo") where it
 * does not (../../runtime/entityCells.ts). Errors and blanks pass through either way, so a
 * fallback never turns a failure into text.
 */

type CoreGrid = readonly (readonly unknown[])[];

function isEntity(cell: unknown): cell is EntityValue {
  return typeof cell === "object" && cell !== null && (cell as { type?: unknown }).type === "Entity";
}

/** A card's text in place of the card; anything else as it is. */
function plain(cell: unknown): unknown {
  return isEntity(cell) ? cell.text : cell;
}

/**
 * The cards, or their texts where entity values are not supported.
 *
 * @example answerGrid(() => cardsForExcel(unitCardGrid(getServices().brreg, orgnr)))
 */
export function cardsForExcel<G extends CoreGrid>(grid: MaybePromise<G>): MaybePromise<CoreGrid> {
  if (entityCellsSupported()) return grid;
  return mapMaybe(grid, (ready) => ready.map((row) => row.map(plain)));
}

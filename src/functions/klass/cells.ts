import type { Clock } from "../../core/clock";
import { systemClock } from "../../core/clock";
import type { Cell, KlassEnv } from "../../core/klass";
import { mapMaybe, type MaybePromise } from "../../core/maybePromise";
import { toCellError } from "../shared/cellError";
import { getServices } from "../shared/runtime";
import { answer } from "../shared/settle";

/**
 * The KLASS functions' bridge from core to Excel: core answers grids whose failed elements are
 * Error values; each becomes its cell error through `toCellError` (the one mapping), so a bad row
 * carries its own #VALUE! or #N/A while the rest stands. Every answer goes through `answer()`:
 * synchronous when cached, whole-call errors mapped, and a deadline against #BUSY! for ever.
 */
function toCell(cell: Cell): unknown {
  return cell instanceof Error ? toCellError(cell) : cell;
}

/** Map a core grid to cell values (Error elements to cell errors). */
export function toCells(grid: readonly (readonly Cell[])[]): unknown[][] {
  return grid.map((row) => row.map(toCell));
}

/** Answer a grid-valued custom function (a matrix in Excel's metadata: `@returns {any[][]}`). */
export function answerGrid(compute: () => MaybePromise<Cell[][]>): MaybePromise<unknown[][]> {
  return answer(() => mapMaybe(compute(), toCells));
}

const envs = new WeakMap<object, KlassEnv>();

/** The KLASS env of the runtime's services (one per services instance, so the hot path allocates nothing). */
export function klassEnv(): KlassEnv {
  const services = getServices();
  let env = envs.get(services);
  if (!env) {
    const clock = (services as { clock?: Clock }).clock ?? systemClock;
    env = { klass: services.klass, now: () => clock.now() };
    envs.set(services, env);
  }
  return env;
}

import { NotFoundError } from "../errors";
import type { CodeIndex } from "./codeIndex";
import type { KlassCode } from "./types";

/** The level of an item as a number (`level` is a string on the wire: "1"). */
export function levelOf(item: KlassCode): number {
  return Number(item.level);
}

/**
 * The ancestor of `item` at `level` (default: its parent). The item itself when `level` is its
 * own level. NotFoundError when there is no such ancestor (top level, or a deeper level asked).
 */
export function ancestorAt(index: CodeIndex, item: KlassCode, level: number | undefined, where: string): KlassCode {
  const own = levelOf(item);
  const target = level ?? own - 1;
  if (target === own) return item;
  if (target < 1 || target > own) {
    const why = level === undefined ? "it is at the top level" : `it is at level ${own}`;
    throw new NotFoundError(
      `${item.code} has no ${level === undefined ? "parent" : `ancestor at level ${target}`} in ${where}: ${why}`,
      { api: "klass" },
    );
  }
  let current: KlassCode | undefined = item;
  // Bounded walk: a malformed list with a parent cycle must not hang a recalculation.
  for (let steps = 0; current && levelOf(current) > target && steps < 64; steps++) {
    const parent: string | null = current.parentCode;
    current = parent ? index.byCode.get(parent) : undefined;
  }
  if (!current || levelOf(current) !== target) {
    throw new NotFoundError(`${item.code} has no ancestor at level ${target} in ${where}`, { api: "klass" });
  }
  return current;
}

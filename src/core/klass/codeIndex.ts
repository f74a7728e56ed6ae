import type { KlassCode } from "./types";

/**
 * A code list indexed for look-ups, built once per loaded list (WeakMap on the array the cache
 * holds), so a warm look-up is one Map get with no allocation.
 *
 * Normalisation is derived from the list itself, never hard-coded per classification:
 * - a code typed without its leading zeros ("301", or the number 301) is padded to each width
 *   the list's codes actually have ("0301" in 131);
 * - a code typed without separators ("01110") matches the one code whose letters and digits are
 *   the same ("01.110" in SN2007), when exactly one does.
 */
export interface CodeIndex {
  readonly items: readonly KlassCode[];
  readonly byCode: ReadonlyMap<string, KlassCode>;
  /** Distinct code lengths, longest first. */
  readonly widths: readonly number[];
  /** Code with separators removed → the code, or null when two codes collide. */
  readonly compact: ReadonlyMap<string, string | null>;
  /** Inputs already normalised (beyond exact hits) → the code, or null for no unique match. */
  readonly resolved: Map<string, string | null>;
}

const indexes = new WeakMap<readonly KlassCode[], CodeIndex>();
const MAX_RESOLVED = 50_000;

function compactOf(code: string): string {
  return code.replace(/[^0-9A-Za-z]/g, "");
}

/** The index of a loaded list (built on first use, then shared by every look-up of that list). */
export function codeIndex(items: readonly KlassCode[]): CodeIndex {
  let index = indexes.get(items);
  if (index) return index;
  const byCode = new Map<string, KlassCode>();
  const widths = new Set<number>();
  const compact = new Map<string, string | null>();
  for (const item of items) {
    // The first occurrence wins: a range answer may list a code twice (renamed within the range).
    if (!byCode.has(item.code)) byCode.set(item.code, item);
    widths.add(item.code.length);
    const key = compactOf(item.code);
    const seen = compact.get(key);
    compact.set(key, seen === undefined || seen === item.code ? item.code : null);
  }
  index = { items, byCode, widths: [...widths].sort((a, b) => b - a), compact, resolved: new Map() };
  indexes.set(items, index);
  return index;
}

function candidate(index: CodeIndex, text: string): string | null {
  if (index.byCode.has(text)) return text;
  const fromCompact = index.compact.get(compactOf(text));
  return fromCompact ?? null;
}

function normaliseSlow(index: CodeIndex, text: string): string | null {
  const found = new Set<string>();
  const direct = candidate(index, text);
  if (direct) return direct;
  for (const width of index.widths) {
    if (width <= text.length) continue;
    const padded = candidate(index, text.padStart(width, "0"));
    if (padded) found.add(padded);
  }
  return found.size === 1 ? (found.values().next().value as string) : null;
}

/** The code as written in the list for what the user typed, or undefined when none (or several) match. */
export function resolveCode(index: CodeIndex, input: string): string | undefined {
  if (index.byCode.has(input)) return input;
  let hit = index.resolved.get(input);
  if (hit === undefined) {
    hit = normaliseSlow(index, input.trim());
    if (index.resolved.size < MAX_RESOLVED) index.resolved.set(input, hit);
  }
  return hit ?? undefined;
}

/** The item for what the user typed (see resolveCode). */
export function findCode(index: CodeIndex, input: string): KlassCode | undefined {
  const exact = index.byCode.get(input);
  if (exact) return exact;
  const code = resolveCode(index, input);
  return code === undefined ? undefined : index.byCode.get(code);
}

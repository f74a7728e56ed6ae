import { InvalidInputError } from "../errors";
import type { KlassCode } from "./types";

/**
 * A code list indexed for look-ups, built once per loaded list (WeakMap on the array the cache
 * holds), so a warm look-up is one Map get with no allocation.
 *
 * Normalisation is derived from the list itself, never hard-coded per classification, and tried
 * in this order — the first step that matches decides:
 * 1. exact: the code as written;
 * 2. zero-padded: a code typed without its leading zeros ("301", or the number 301) is padded to
 *    each width the list's codes have ("0301" in 131), keeping the input's separators: "1.1"
 *    (Excel's number for "01.1") is "01.1", never "11";
 * 3. separator-free, only when the input has no separator: "01110" (or "1110", padded) matches
 *    the code whose letters and digits are the same ("01.110" in SN2007).
 * When a step finds two codes, the input is ambiguous: InvalidInputError naming them, never a
 * silent pick.
 */
export interface CodeIndex {
  readonly items: readonly KlassCode[];
  readonly byCode: ReadonlyMap<string, KlassCode>;
  /** Distinct code lengths, longest first. */
  readonly widths: readonly number[];
  /** Distinct lengths of the codes without separators, longest first (for padding a separator-free input). */
  readonly compactWidths: readonly number[];
  /** Code with separators removed → the codes of that form (more than one: that form is ambiguous). */
  readonly compact: ReadonlyMap<string, readonly string[]>;
  /** Inputs already normalised (beyond exact hits) → the code, null for none, or the ambiguity error. */
  readonly resolved: Map<string, string | null | InvalidInputError>;
}

const indexes = new WeakMap<readonly KlassCode[], CodeIndex>();
const MAX_RESOLVED = 50_000;
const SEPARATOR = /[^0-9A-Za-z]/;

function compactOf(code: string): string {
  return code.replace(/[^0-9A-Za-z]/g, "");
}

function longestFirst(widths: ReadonlySet<number>): number[] {
  return [...widths].sort((a, b) => b - a);
}

/** The index of a loaded list (built on first use, then shared by every look-up of that list). */
export function codeIndex(items: readonly KlassCode[]): CodeIndex {
  let index = indexes.get(items);
  if (index) return index;
  const byCode = new Map<string, KlassCode>();
  const widths = new Set<number>();
  const compactWidths = new Set<number>();
  const compact = new Map<string, string[]>();
  for (const item of items) {
    // The first occurrence wins: a range answer may list a code twice (renamed within the range).
    if (byCode.has(item.code)) continue;
    byCode.set(item.code, item);
    widths.add(item.code.length);
    const key = compactOf(item.code);
    compactWidths.add(key.length);
    const same = compact.get(key);
    if (same) same.push(item.code);
    else compact.set(key, [item.code]);
  }
  index = {
    items,
    byCode,
    widths: longestFirst(widths),
    compactWidths: longestFirst(compactWidths),
    compact,
    resolved: new Map(),
  };
  indexes.set(items, index);
  return index;
}

/** The input padded with leading zeros to each longer of `widths` (separators kept). */
function paddings(widths: readonly number[], text: string): string[] {
  const out: string[] = [];
  for (const width of widths) if (width > text.length) out.push(text.padStart(width, "0"));
  return out;
}

/** One normalisation step's answer: its single code, null for none, or the ambiguity. */
function decide(text: string, found: ReadonlySet<string>): string | null | InvalidInputError {
  if (found.size === 0) return null;
  if (found.size === 1) return found.values().next().value as string;
  const codes = [...found].sort();
  return new InvalidInputError(
    `${text} is ambiguous: it could be ${codes.join(" or ")}; type the code as the list writes it`,
    {
      suggestions: codes,
    },
  );
}

function normaliseSlow(index: CodeIndex, text: string): string | null | InvalidInputError {
  if (index.byCode.has(text)) return text;
  const padded = new Set<string>();
  for (const form of paddings(index.widths, text)) if (index.byCode.has(form)) padded.add(form);
  if (padded.size > 0 || SEPARATOR.test(text)) return decide(text, padded);
  const unpadded = new Set(index.compact.get(text));
  if (unpadded.size > 0) return decide(text, unpadded);
  const viaPadding = new Set<string>();
  for (const form of paddings(index.compactWidths, text))
    for (const code of index.compact.get(form) ?? []) viaPadding.add(code);
  return decide(text, viaPadding);
}

/**
 * The code as written in the list for what the user typed, or undefined when none matches.
 * Throws InvalidInputError when the input could be several codes (see {@link CodeIndex}).
 *
 * @example
 * resolveCode(codeIndex(sn2007), "1.1")   // "01.1" (Excel's number for "01.1"), not "11"
 * resolveCode(codeIndex(sn2007), "01110") // "01.110"
 */
export function resolveCode(index: CodeIndex, input: string): string | undefined {
  if (index.byCode.has(input)) return input;
  let hit = index.resolved.get(input);
  if (hit === undefined) {
    hit = normaliseSlow(index, input.trim());
    if (index.resolved.size < MAX_RESOLVED) index.resolved.set(input, hit);
  }
  if (hit instanceof Error) throw hit;
  return hit ?? undefined;
}

/** The item for what the user typed (see resolveCode; throws on an ambiguous input). */
export function findCode(index: CodeIndex, input: string): KlassCode | undefined {
  const exact = index.byCode.get(input);
  if (exact) return exact;
  const code = resolveCode(index, input);
  return code === undefined ? undefined : index.byCode.get(code);
}

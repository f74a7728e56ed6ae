import type { CombineCandidate } from "./combine";
import { callText, parseCall, refText } from "./formulaCall";
import { parseRecordList } from "./recordList";

/**
 * What "Undo combining" needs, kept in the workbook (a document setting): where the range formula
 * stands, the formula, and every original formula. A run of 100,000 fill-down formulas is stored
 * as its first formula when the rest are exactly that one filled down (checked when recorded), so
 * the setting stays small; otherwise every formula is kept as it was.
 */
export interface CombinedRange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly functionName: string;
  readonly combined: string;
  /** Every original formula, or the first when the others are it filled down. */
  readonly originals: readonly string[] | { readonly filledFrom: string };
  /** When it was combined (ISO). */
  readonly at: string;
}

export const COMBINED_SETTING = "klass-brreg.combined";

/** `formula` filled down `offset` rows: relative rows move, everything else stays. Undefined if not one call. */
export function fillDown(formula: string, offset: number): string | undefined {
  const call = parseCall(formula);
  if (!call) return undefined;
  return callText(
    call.name,
    call.args.map((arg) => (arg.kind === "ref" && !arg.rowAbsolute ? refText(arg, arg.row + offset) : arg.text)),
  );
}

export function combinedRecord(candidate: CombineCandidate, now: string): CombinedRange {
  const first = candidate.originals[0] ?? "";
  const filled = candidate.originals.every((f, i) => fillDown(first, i) === f);
  return {
    sheet: candidate.sheet,
    row: candidate.row,
    column: candidate.column,
    rowCount: candidate.rowCount,
    functionName: candidate.functionName,
    combined: candidate.combined,
    originals: filled ? { filledFrom: first } : [...candidate.originals],
    at: now,
  };
}

/** Every original formula of a record, top to bottom. */
export function originalFormulas(record: CombinedRange): string[] {
  const o = record.originals;
  if (Array.isArray(o)) return [...(o as readonly string[])];
  const first = (o as { filledFrom: string }).filledFrom;
  return Array.from({ length: record.rowCount }, (_, i) => fillDown(first, i) ?? first);
}

const isRecord = (x: unknown): x is CombinedRange => {
  const r = x as Record<string, unknown> | null;
  const o = r?.originals as Record<string, unknown> | unknown[] | undefined;
  return (
    !!r &&
    typeof r.sheet === "string" &&
    ["row", "column", "rowCount"].every((k) => Number.isInteger(r[k]) && (r[k] as number) >= 0) &&
    typeof r.combined === "string" &&
    typeof r.functionName === "string" &&
    typeof r.at === "string" &&
    (Array.isArray(o)
      ? o.length === r.rowCount && o.every((f) => typeof f === "string")
      : typeof (o as Record<string, unknown> | undefined)?.filledFrom === "string")
  );
};

export function parseCombined(text: string | undefined): CombinedRange[] {
  return parseRecordList(text, isRecord);
}

export function serializeCombined(records: readonly CombinedRange[]): string {
  return JSON.stringify(records);
}

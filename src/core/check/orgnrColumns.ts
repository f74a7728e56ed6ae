import type { BrregData } from "../brreg/brregData";
import { orgnrOrError } from "../brreg/orgnr";
import { unitState } from "../brreg/status";
import type { UnitLookup } from "../brreg/types";
import { attempt, settleMap, type Outcome } from "../settleMap";
import type { ColumnReport, Finding, FoundBy, SheetColumn } from "./types";

/**
 * The BRREG side of the workbook check: every column of organisasjonsnumre at once. Each cell is
 * checked by mod-11 (../brreg/orgnr.ts, no request); the distinct valid numbers of all columns are
 * looked up through BrregData's batched path in chunks of whole list requests (`chunk` numbers:
 * one request per ~800 numbers, several at once), so 10,000 cells cost about a dozen requests
 * whatever the columns. Cancel is checked between chunks; progress is told in cells.
 */
export interface OrgnrCheckOptions {
  /** Distinct numbers per chunk (a multiple of one list request's numbers; see enrich's brregBatching). */
  readonly chunk: number;
  readonly signal?: { readonly aborted: boolean };
  /** Cells whose numbers are now checked (added to what was done before). */
  readonly onCells?: (cells: number) => void;
}

export async function checkOrgnrColumns(
  brreg: BrregData,
  columns: readonly { readonly column: SheetColumn; readonly by: FoundBy }[],
  options: OrgnrCheckOptions,
): Promise<{ readonly reports: ColumnReport[]; readonly cancelled: boolean }> {
  const numbers = new Map<string, number>(); // orgnr → cells holding it
  let invalidCells = 0;
  for (const { column } of columns)
    for (const cell of column.cells) {
      const orgnr = orgnrOrError(cell.value);
      if (typeof orgnr === "string") numbers.set(orgnr, (numbers.get(orgnr) ?? 0) + 1);
      else invalidCells++;
    }
  if (invalidCells > 0) options.onCells?.(invalidCells);
  const lookups = new Map<string, Outcome<UnitLookup>>();
  const distinct = [...numbers.keys()];
  const step = Math.max(1, Math.floor(options.chunk));
  let cancelled = false;
  for (let start = 0; start < distinct.length; start += step) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const part = distinct.slice(start, start + step);
    // Asked together, so the batcher puts them in the same window: full list requests.
    const settled = await settleMap(new Map(part.map((o) => [o, attempt(() => brreg.unit(o))])));
    let cells = 0;
    for (const [orgnr, outcome] of settled) {
      lookups.set(orgnr, outcome);
      cells += numbers.get(orgnr) ?? 0;
    }
    options.onCells?.(cells);
  }

  const reports = columns.map(({ column, by }): ColumnReport => {
    const findings: Finding[] = [];
    for (const cell of column.cells) {
      const ref = { sheet: column.sheet, row: cell.row, column: column.column, value: cell.value };
      const orgnr = orgnrOrError(cell.value);
      if (typeof orgnr !== "string") {
        findings.push({ ...ref, kind: "invalid-orgnr" });
        continue;
      }
      const lookup = lookups.get(orgnr);
      if (lookup === undefined) continue; // not reached: cancelled
      if (lookup instanceof Error) {
        findings.push({ ...ref, kind: "failed", message: lookup.message });
        continue;
      }
      switch (lookup.state) {
        case "removed":
          findings.push({ ...ref, kind: "unit", orgnr, state: "removed", date: lookup.slettedato });
          break;
        case "not-registered":
          findings.push({ ...ref, kind: "not-registered", orgnr, unchecked: lookup.unchecked === true });
          break;
        default: {
          const { state, date } = unitState(lookup.unit, lookup.state === "deleted");
          if (state !== "active") findings.push({ ...ref, kind: "unit", orgnr, state, date });
        }
      }
    }
    return { column, kind: { type: "orgnr" }, by, findings };
  });
  return { reports, cancelled };
}

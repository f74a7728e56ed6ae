import type { BrregData } from "../brreg/brregData";
import { DEFAULT_CANDIDATES } from "../klass/detect";
import type { KlassEnv } from "../klass/klassEnv";
import { asError } from "../settleMap";
import { columnsOf, headerHint, looksLikeCode, looksLikeOrgnr, shareOf } from "./columns";
import { checkKlassColumn } from "./klassColumn";
import { checkOrgnrColumns } from "./orgnrColumns";
import type { CheckReport, ColumnReport, FoundBy, SheetColumn, SheetRange } from "./types";

/**
 * The workbook check (issue 17): the used ranges of the chosen sheets cut into columns; a column
 * is checked as organisasjonsnumre or as KLASS codes when its header names one (orgnr, kommunenr,
 * næringskode …) or its cells look like them; KLASS columns one after another (their requests are
 * per version, shared through the cache), then all orgnr columns together (per ~800 numbers).
 * Progress is told in cells; Cancel is seen between columns and between unit chunks, and the
 * report then says it is incomplete.
 */
export interface CheckDeps {
  readonly klass: KlassEnv;
  readonly brreg: BrregData;
  /** Distinct organisasjonsnumre per look-up chunk (whole list requests; enrich's brregBatching rows × parallel). */
  readonly orgnrChunk: number;
}

export interface CheckOptions {
  /** ISO date the codes must be valid at. */
  readonly date: string;
  readonly signal?: { readonly aborted: boolean };
  readonly onProgress?: (done: number, total: number) => void;
}

/** Share of a column's cells that must look like orgnr / codes for it to count without a telling header. */
const ORGNR_SHARE = 0.8;
const CODE_SHARE = 0.9;

type Plan =
  | { readonly type: "orgnr"; readonly column: SheetColumn; readonly by: FoundBy }
  | { readonly type: "klass"; readonly column: SheetColumn; readonly by: FoundBy; readonly ids: readonly number[] };

/** What to check a column as, if anything. */
export function planColumn(column: SheetColumn): Plan | undefined {
  const hint = headerHint(column.header);
  if (hint === "orgnr") return { type: "orgnr", column, by: "header" };
  if (typeof hint === "number") return { type: "klass", column, by: "header", ids: [hint] };
  if (shareOf(column.cells, looksLikeOrgnr) >= ORGNR_SHARE) return { type: "orgnr", column, by: "content" };
  if (shareOf(column.cells, looksLikeCode) >= CODE_SHARE)
    return { type: "klass", column, by: "content", ids: DEFAULT_CANDIDATES };
  return undefined;
}

export async function runWorkbookCheck(
  deps: CheckDeps,
  ranges: readonly SheetRange[],
  options: CheckOptions,
): Promise<CheckReport> {
  const plans = ranges.flatMap(columnsOf).flatMap((c) => planColumn(c) ?? []);
  const total = plans.reduce((n, p) => n + p.column.cells.length, 0);
  let done = 0;
  const tell = (cells: number) => {
    done += cells;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);
  const aborted = () => options.signal?.aborted === true;
  const reports: ColumnReport[] = [];
  let cancelled = false;
  for (const plan of plans) {
    if (plan.type !== "klass") continue;
    if (aborted()) {
      cancelled = true;
      break;
    }
    try {
      const report = await checkKlassColumn(deps.klass, plan.column, plan.ids, plan.by, options.date);
      if (report) reports.push(report);
    } catch (error) {
      // A service failure: the column is reported as not checked (never as clean).
      reports.push({
        column: plan.column,
        kind: { type: "klass", classification: plan.ids[0]!, name: "" },
        by: plan.by,
        findings: [],
        error: asError(error),
      });
    }
    tell(plan.column.cells.length);
  }
  const orgnrPlans = plans.filter((p) => p.type === "orgnr");
  if (!cancelled && orgnrPlans.length > 0) {
    const result = await checkOrgnrColumns(deps.brreg, orgnrPlans, {
      chunk: deps.orgnrChunk,
      signal: options.signal,
      onCells: tell,
    });
    reports.push(...result.reports);
    cancelled = result.cancelled;
  }
  const order = new Map(ranges.map((r, i) => [r.sheet, i]));
  reports.sort(
    (a, b) => (order.get(a.column.sheet) ?? 0) - (order.get(b.column.sheet) ?? 0) || a.column.column - b.column.column,
  );
  // The cells of the columns checked (a column planned by its look that held no codes is not counted).
  const cells = reports.reduce((n, r) => n + r.column.cells.length, 0);
  return { date: options.date, columns: reports, cancelled, cells };
}

import type { CellValue } from "../sheet/cells";
import { buildReportTable, type ReportDeps } from "./build";
import { mergeRefresh, type CurrentTable } from "./merge";
import { loadReports, saveReports, type SettingsPort } from "./store";
import type { ReportDefinition } from "./types";

/**
 * Refresh, one report or all: rebuild each report's rows through the services (after the caller
 * revalidated the caches), compare with the table in the workbook, rewrite only the tables whose
 * generated values changed (user columns kept, see ./merge.ts), and record the refresh time.
 * The caller recalculates the workbook afterwards so KLASS./BRREG. formulas refresh too.
 */
interface TablePort extends SettingsPort {
  readTable(name: string): Promise<(CurrentTable & { readonly info: { readonly rowCount: number } }) | undefined>;
  replaceTableRows(
    name: string,
    header: readonly string[],
    rows: readonly (readonly CellValue[])[],
    textColumns: ReadonlySet<number>,
    userColumns?: ReadonlySet<number>,
  ): Promise<{ readonly rowCount: number }>;
}

interface ReportRefresh {
  readonly id: string;
  readonly tableName: string;
  readonly outcome: "rewritten" | "unchanged" | "missing" | "failed";
  readonly changedRows: number;
  readonly error?: unknown;
}

async function refreshOne(
  deps: ReportDeps,
  port: TablePort,
  report: ReportDefinition,
): Promise<{ result: ReportRefresh; updated: ReportDefinition }> {
  const now = new Date(deps.now()).toISOString();
  try {
    const current = await port.readTable(report.tableName);
    if (!current)
      return {
        result: { id: report.id, tableName: report.tableName, outcome: "missing", changedRows: 0 },
        updated: report,
      };
    const fresh = await buildReportTable(deps, report.source);
    const merged = mergeRefresh(current, fresh);
    const updated: ReportDefinition = { ...report, rows: fresh.rows.length, lastRefreshed: now, urls: fresh.urls };
    if (merged.unchanged)
      return { result: { id: report.id, tableName: report.tableName, outcome: "unchanged", changedRows: 0 }, updated };
    await port.replaceTableRows(report.tableName, merged.header, merged.rows, fresh.textColumns, merged.userColumns);
    return {
      result: {
        id: report.id,
        tableName: report.tableName,
        outcome: "rewritten",
        changedRows: merged.changedRows + merged.removedRows,
      },
      updated,
    };
  } catch (error) {
    return {
      result: { id: report.id, tableName: report.tableName, outcome: "failed", changedRows: 0, error },
      updated: report,
    };
  }
}

/** Refreshes the reports with the given ids (all when omitted), one after another; saves the new times. */
export async function refreshReports(
  deps: ReportDeps,
  port: TablePort,
  ids?: readonly string[],
): Promise<ReportRefresh[]> {
  const reports = await loadReports(port);
  const results: ReportRefresh[] = [];
  const next: ReportDefinition[] = [];
  for (const report of reports) {
    if (ids && !ids.includes(report.id)) {
      next.push(report);
      continue;
    }
    const { result, updated } = await refreshOne(deps, port, report);
    results.push(result);
    next.push(updated);
  }
  await saveReports(port, next);
  return results;
}

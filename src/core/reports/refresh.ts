import { fieldLabel } from "../i18n/fieldLabels";
import type { UiLanguage } from "../i18n/language";
import { dateColumnFormats } from "../sheet/excelDate";
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
 * A row that leaves the result with the user's notes beside it is handed to `keepRemoved` before
 * the table is rewritten, so a note is never lost (the taskpane moves them to a sheet of their own).
 */
interface TablePort extends SettingsPort {
  readTable(name: string): Promise<(CurrentTable & { readonly info: { readonly rowCount: number } }) | undefined>;
  replaceTableRows(
    name: string,
    header: readonly string[],
    rows: readonly (readonly CellValue[])[],
    textColumns: ReadonlySet<number>,
    userColumns?: ReadonlySet<number>,
    columnFormats?: ReadonlyMap<number, string>,
  ): Promise<{ readonly rowCount: number }>;
}

interface ReportRefresh {
  readonly id: string;
  readonly tableName: string;
  readonly outcome: "rewritten" | "unchanged" | "missing" | "failed";
  readonly changedRows: number;
  /** Removed rows whose user cells were handed to `keepRemoved`. */
  readonly keptRows?: number;
  readonly error?: unknown;
}

/** The user's cells of rows a refresh removes from one report's table. */
export interface RemovedUserRows {
  readonly report: ReportDefinition;
  /** The user's column names. */
  readonly header: readonly string[];
  readonly rows: readonly { readonly key: CellValue; readonly cells: readonly CellValue[] }[];
}

/** Keeps removed rows' user cells somewhere safe; the table is rewritten only after it resolves. */
export type KeepRemoved = (removed: RemovedUserRows) => Promise<void>;

async function refreshOne(
  deps: ReportDeps,
  port: TablePort,
  report: ReportDefinition,
  keepRemoved: KeepRemoved | undefined,
  language: UiLanguage,
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
    // The table's headers may be API names (older reports) or readable labels in nb or en.
    const merged = mergeRefresh(current, {
      ...fresh,
      names: fresh.header.map((key) => [fieldLabel(key, "nb"), fieldLabel(key, "en")]),
      ...(fresh.keyColumns ? { keyColumns: fresh.keyColumns } : {}),
    });
    const updated: ReportDefinition = { ...report, rows: fresh.rows.length, lastRefreshed: now, urls: fresh.urls };
    if (merged.unchanged)
      return { result: { id: report.id, tableName: report.tableName, outcome: "unchanged", changedRows: 0 }, updated };
    const kept = keepRemoved ? merged.removedUserRows.length : 0;
    if (kept > 0) await keepRemoved?.({ report, header: merged.userHeader, rows: merged.removedUserRows });
    await port.replaceTableRows(
      report.tableName,
      merged.header,
      merged.rows,
      fresh.textColumns,
      merged.userColumns,
      // The generated columns come first in the merged rows, so the fresh table's indices hold.
      dateColumnFormats(fresh.dateColumns, language),
    );
    return {
      result: {
        id: report.id,
        tableName: report.tableName,
        outcome: "rewritten",
        changedRows: merged.changedRows + merged.removedRows,
        keptRows: kept,
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

/**
 * Refreshes the reports with the given ids (all when omitted), one after another; saves the new
 * times. Date columns get the date format of `language` (the pane's).
 */
export async function refreshReports(
  deps: ReportDeps,
  port: TablePort,
  ids?: readonly string[],
  keepRemoved?: KeepRemoved,
  language: UiLanguage = "nb",
): Promise<ReportRefresh[]> {
  const reports = await loadReports(port);
  const results: ReportRefresh[] = [];
  const next: ReportDefinition[] = [];
  for (const report of reports) {
    if (ids && !ids.includes(report.id)) {
      next.push(report);
      continue;
    }
    const { result, updated } = await refreshOne(deps, port, report, keepRemoved, language);
    results.push(result);
    next.push(updated);
  }
  await saveReports(port, next);
  return results;
}

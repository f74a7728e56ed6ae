import { isoToday } from "../../../core/args";
import { refreshReports, removeReport } from "../../../core/reports";
import { removedRowsKeeper } from "../../actions/keepRemovedRows";
import { downloadTableCsv } from "../../actions/downloadCsv";
import { writeSourcesSheet } from "../../actions/writeSources";
import { usePaneContext } from "../../PaneContext";
import { errorStatus } from "../shared/StatusMessage";
import { useAction } from "../shared/useAction";
import type { CsvDialect } from "../../../core/csv";

/**
 * The Reports view's actions. Refresh: revalidate the shared caches (one change-feed request per
 * API), rebuild and rewrite only the tables whose values changed, then recalculate the workbook
 * so KLASS./BRREG. formulas refresh from the revalidated cache too.
 */
export function useReports() {
  const pane = usePaneContext();
  const { gateway, services, t, reports, reloadReports, language } = pane;
  const { busy, status, act } = useAction(t);

  const refresh = (ids?: readonly string[]) =>
    act(async () => {
      await services.revalidate().catch(() => undefined); // offline: rebuild from what the cache has
      // Notes beside rows that leave a result are moved to a sheet of their own before the rewrite.
      const removed = removedRowsKeeper(gateway, t, isoToday(services.deps.now()));
      const results = await refreshReports(services.deps, gateway, ids, removed.keep, language);
      const keptSheet = removed.sheet();
      const kept = keptSheet ? ` ${t("reports.removed.moved", { rows: removed.rows(), sheet: keptSheet })}` : "";
      await gateway.recalculate();
      await reloadReports();
      const failed = results.find((r) => r.outcome === "failed" || r.outcome === "missing");
      if (failed) {
        const shown =
          failed.outcome === "missing"
            ? ({ intent: "warning", text: t("reports.missing", { table: failed.tableName }) } as const)
            : errorStatus(failed.error, t);
        return { ...shown, text: shown.text + kept };
      }
      return {
        intent: "success",
        text:
          t("reports.refreshed", {
            reports: results.length,
            changed: results.reduce((n, r) => n + r.changedRows, 0),
            unchanged: results.filter((r) => r.outcome === "unchanged").length,
          }) + kept,
      };
    });

  const forget = (id: string) =>
    act(async () => {
      await removeReport(gateway, id);
      await reloadReports();
      return undefined;
    });

  const csv = (tableName: string, dialect?: CsvDialect) =>
    act(async () => {
      await downloadTableCsv(gateway, tableName, dialect);
      return undefined;
    });

  const sources = () =>
    act(async () => {
      const sheet = await writeSourcesSheet(
        gateway,
        reports,
        services.deps,
        language === "nb" ? "Kilder" : "Sources",
        language,
      );
      return { intent: "success", text: t("reports.sources.done", { sheet }) };
    });

  return { reports, busy, status, refresh, forget, csv, sources };
}

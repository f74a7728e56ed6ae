import { useEffect, useState } from "react";
import { buildReportTable, type ReportSource } from "../../../core/reports";
import { usePaneContext } from "../../PaneContext";

/**
 * The data rows a report's table will have, resolved before the user inserts it (so the target
 * can show the exact range): the table is built through the shared services, whose cache keeps
 * the answer, so the insert that follows reads it from the cache and costs no request of its own.
 * Undefined while unknown: `source` undefined (form incomplete, or a new sheet), loading, or failed
 * (the insert then reports the failure).
 */
export function useTableRows(source: ReportSource | undefined): number | undefined {
  const { services } = usePaneContext();
  const [rows, setRows] = useState<{ key: string; count: number } | undefined>();
  // One key per query, so a re-render with an equal source does not ask again.
  const key = source ? JSON.stringify(source) : undefined;
  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    buildReportTable(services.deps, JSON.parse(key) as ReportSource).then(
      (table) => live && setRows({ key, count: table.rows.length }),
      () => live && setRows(undefined),
    );
    return () => {
      live = false;
    };
  }, [key, services]);
  return rows && rows.key === key ? rows.count : undefined;
}

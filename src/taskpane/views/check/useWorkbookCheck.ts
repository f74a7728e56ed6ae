import { useCallback, useEffect, useRef, useState } from "react";
import { coerceDate, isoToday } from "../../../core/args";
import {
  describeFinding,
  findingCounts,
  runWorkbookCheck,
  shiftReport,
  type CheckReport,
  type Finding,
  type SheetRange,
} from "../../../core/check";
import { brregBatching } from "../../../core/enrich";
import { blockAddress, columnLetters } from "../../../core/sheet/address";
import { TEXT_FORMAT, type CellValue } from "../../../core/sheet/cells";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";

/** Rows per write of the report sheet (short text cells: far under the request limit). */
const REPORT_ROWS_PER_WRITE = 5000;

/**
 * State of the workbook check: which sheets (or the whole workbook), the date, the run with
 * progress and Cancel, the report, and the actions on it (select a finding's cell, write the
 * report sheet; the fix column is ./useFixColumn.ts). Reads and writes only through the gateway.
 */
export function useWorkbookCheck() {
  const { gateway, services, t } = usePaneContext();
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [whole, setWhole] = useState(true);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [date, setDate] = useState(() => isoToday(Date.now()));
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [report, setReport] = useState<CheckReport | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);

  const loadSheets = useCallback(async () => {
    try {
      const names = await gateway.sheetNames();
      setSheets(names);
      setChosen((list) => list.filter((n) => names.includes(n)));
    } catch (error) {
      setStatus(errorStatus(error, t));
    }
  }, [gateway, t]);
  useEffect(() => void loadSheets(), [loadSheets]);

  const checkDate = (): string | undefined => {
    try {
      return coerceDate(date.trim(), isoToday(Date.now()));
    } catch {
      return undefined;
    }
  };
  const validDate = checkDate();
  const scope = whole ? sheets : sheets.filter((s) => chosen.includes(s));

  const run = async () => {
    const at = checkDate();
    if (!at || scope.length === 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setReport(undefined);
    setProgress(undefined);
    setStatus({
      intent: "info",
      text: whole ? t("check.reading.all") : t("check.reading", { sheets: scope.join(", ") }),
    });
    try {
      // The whole workbook is read as it is now (sheets added since the list was read included).
      const names = whole ? await gateway.sheetNames() : scope;
      if (whole) setSheets(names);
      const ranges: SheetRange[] = [];
      for (const sheet of names) {
        const used = await gateway.readUsedRange(sheet);
        if (used) ranges.push(used);
      }
      const batching = brregBatching(services.services.config);
      const result = await runWorkbookCheck(
        {
          klass: { klass: services.deps.klass, now: services.deps.now },
          brreg: services.deps.brreg,
          orgnrChunk: batching.rows * batching.parallel,
        },
        ranges,
        { date: at, signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) },
      );
      setReport(result);
      setStatus(outcome(result));
    } catch (error) {
      setStatus(errorStatus(error, t));
    } finally {
      setRunning(false);
      abort.current = undefined;
    }
  };

  /** Counts, always: success only when every column was checked and nothing was found. */
  const outcome = (result: CheckReport): Status => {
    const counts = findingCounts(result);
    const findings = counts.findings - (counts.byKind.failed ?? 0);
    if (result.cancelled) return { intent: "warning", text: t("check.cancelled", { findings }) };
    if (counts.columns === 0) return { intent: "info", text: t("check.none") };
    const values = { cells: result.cells, columns: counts.columns, findings, date: result.date };
    if (counts.failedColumns > 0 || counts.byKind.failed)
      return {
        intent: counts.failedColumns === counts.columns ? "error" : "warning",
        text: t("check.partial", {
          findings,
          failed: counts.failedColumns,
          columns: counts.columns,
          cellsFailed: counts.byKind.failed ?? 0,
        }),
      };
    return findings === 0
      ? { intent: "success", text: t("check.clean", values) }
      : { intent: "warning", text: t("check.found", values) };
  };

  const select = async (finding: Finding) => {
    try {
      await gateway.selectRange(finding.sheet, finding.row, finding.column, 1, 1);
    } catch (error) {
      setStatus(errorStatus(error, t));
    }
  };

  /** The report as a new sheet: one row per finding, every cell text (a cell's value may look like a formula). */
  const writeReport = async () => {
    if (!report) return;
    try {
      const header = (["sheet", "cell", "column", "value", "finding"] as const).map((k) =>
        t(`check.report.header.${k}`),
      );
      const rows: CellValue[][] = [header];
      for (const column of report.columns) {
        const name = column.column.header ?? columnLetters(column.column.column);
        for (const f of column.findings)
          rows.push([f.sheet, blockAddress(f.row, f.column, 1, 1), name, String(f.value ?? ""), describeFinding(f, t)]);
      }
      const sheet = await gateway.addSheet(t("check.report.sheet"));
      for (let start = 0; start < rows.length; start += REPORT_ROWS_PER_WRITE) {
        const values = rows.slice(start, start + REPORT_ROWS_PER_WRITE);
        await gateway.write({
          sheet,
          row: start,
          column: 0,
          values,
          numberFormats: values.map((r) => r.map(() => TEXT_FORMAT)),
        });
      }
      setStatus({ intent: "success", text: t("check.report.written", { rows: rows.length - 1, sheet }) });
    } catch (error) {
      setStatus(errorStatus(error, t));
    }
  };

  /** After a fix column was inserted: the findings right of it moved with their cells. */
  const columnsInserted = useCallback((sheet: string, at: number, count: number) => {
    setReport((r) => (r ? shiftReport(r, sheet, at, count) : r));
  }, []);

  const toggleSheet = (name: string, on: boolean) =>
    setChosen((list) => (on ? (list.includes(name) ? list : [...list, name]) : list.filter((n) => n !== name)));

  return {
    sheets,
    loadSheets,
    whole,
    setWhole,
    chosen,
    toggleSheet,
    date,
    setDate,
    validDate,
    ready: !running && validDate !== undefined && scope.length > 0,
    running,
    progress,
    report,
    status,
    run,
    cancel: () => abort.current?.abort(),
    select,
    writeReport,
    columnsInserted,
  };
}

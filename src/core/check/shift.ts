import type { CheckReport, ColumnReport, Finding } from "./types";

/**
 * The report after `count` columns were inserted at `at` on `sheet` (the fix column "insert"
 * placement): every column and finding at or right of it moves right, as the cells did, so a
 * click still selects the cell the finding is about.
 */
export function shiftReport(report: CheckReport, sheet: string, at: number, count: number): CheckReport {
  const moved = (column: number) => (column >= at ? column + count : column);
  const shiftFinding = (f: Finding): Finding => (f.sheet === sheet ? { ...f, column: moved(f.column) } : f);
  const columns = report.columns.map((c): ColumnReport =>
    c.column.sheet === sheet
      ? { ...c, column: { ...c.column, column: moved(c.column.column) }, findings: c.findings.map(shiftFinding) }
      : c,
  );
  return { ...report, columns };
}

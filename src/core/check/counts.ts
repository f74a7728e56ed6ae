import type { CheckReport, FindingKind } from "./types";

/** A check's totals for an honest status line: columns checked and failed, findings by kind. */
export interface FindingCounts {
  readonly columns: number;
  readonly failedColumns: number;
  readonly findings: number;
  readonly byKind: Readonly<Partial<Record<FindingKind, number>>>;
}

export function findingCounts(report: CheckReport): FindingCounts {
  const byKind: Partial<Record<FindingKind, number>> = {};
  let findings = 0;
  let failedColumns = 0;
  for (const column of report.columns) {
    if (column.error) failedColumns++;
    for (const f of column.findings) {
      byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
      findings++;
    }
  }
  return { columns: report.columns.length, failedColumns, findings, byKind };
}

import type { CellValue } from "../sheet/cells";
import type { ColumnReport, Finding } from "./types";

/**
 * The proposed fixes of a KLASS column as one new column: from the header row (or the first row)
 * down to the column's last row, each row the code valid at the check date — the code itself
 * (normalised: 301 → "0301") or its one successor (KLASS.UPDATECODE's answer). A split, a ceased
 * or unknown code leaves its row empty and is listed for a person to decide; nothing is guessed.
 */
export interface FixColumn {
  /** First row written (the header row when there is one). */
  readonly row: number;
  /** One cell per row; every value is text (codes keep their zeros). */
  readonly values: readonly (readonly [CellValue])[];
  /** Rows whose code was replaced by its successor. */
  readonly changed: number;
  /** Findings left to a person (splits, ceased and unknown codes). */
  readonly undecided: readonly Finding[];
}

export function fixColumn(report: ColumnReport, header: string): FixColumn | undefined {
  const { fixes, column } = report;
  if (!fixes || report.kind.type !== "klass") return undefined;
  const values: [CellValue][] = [];
  if (column.headerRow !== undefined) values.push([header]);
  for (let r = 0; r < column.rowCount; r++) values.push([fixes.get(column.firstRow + r) ?? ""]);
  const changed = report.findings.filter((f) => f.kind === "not-valid").length;
  const undecided = report.findings.filter((f) => f.kind === "split" || f.kind === "ceased" || f.kind === "unknown");
  return { row: column.headerRow ?? column.firstRow, values, changed, undecided };
}

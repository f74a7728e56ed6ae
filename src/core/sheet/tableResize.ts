/**
 * How a table's body changes when its rows are replaced: how many rows and columns to insert
 * (shifting what is below / to the right, as Excel does when a table grows) or delete, so a
 * refresh never writes over cells outside the table. A table keeps at least one body row.
 */
interface TableSize {
  readonly rows: number;
  readonly columns: number;
}

interface TableResize {
  /** Body rows after the change (at least 1). */
  readonly bodyRows: number;
  /** Columns the row inserts and deletes span: the wider of old and new. */
  readonly width: number;
  readonly insertRows: number;
  readonly deleteRows: number;
  readonly insertColumns: number;
  /** Old columns no longer in the table: cleared, not deleted (deleting would shift cells left). */
  readonly dropColumns: number;
}

export function tableResize(old: TableSize, next: TableSize): TableResize {
  const bodyRows = Math.max(1, next.rows);
  return {
    bodyRows,
    width: Math.max(old.columns, next.columns),
    insertRows: Math.max(0, bodyRows - old.rows),
    deleteRows: Math.max(0, old.rows - bodyRows),
    insertColumns: Math.max(0, next.columns - old.columns),
    dropColumns: Math.max(0, old.columns - next.columns),
  };
}

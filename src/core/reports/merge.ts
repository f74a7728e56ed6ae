import type { CellValue } from "../sheet/cells";

/**
 * Refresh keeps what the user added to a report's table. A column whose header is not one the
 * report generates is the user's: its cells are carried over to the fresh rows by the row's key
 * (the first generated column: a code or an organisasjonsnummer), so a note typed beside "0301"
 * stays beside "0301" even when rows are added, removed or reordered. Formulas in user columns
 * are carried as formulas. A row whose key leaves the result takes nothing of the user's with it:
 * its user cells (those not empty) are handed back in `removedUserRows`, for the caller to keep.
 * Generated columns are found by any of their names (API key, or readable label in nb or en), and
 * keep the header they have in the table.
 */
export interface CurrentTable {
  readonly header: readonly string[];
  /** Values of the data rows. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Formulas of the data rows where known (a constant's "formula" is the constant). */
  readonly formulas?: readonly (readonly CellValue[])[];
}

interface FreshTable {
  /** The generated columns' keys (API names, e.g. "parentCode"). */
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Headers to write, same order as `header` (readable words); default `header`. */
  readonly labels?: readonly string[];
  /**
   * Every header a generated column may carry in the sheet (its key, and its label in each
   * language), so a table written with API names or in another language is still recognised;
   * default: the key and the label.
   */
  readonly names?: readonly (readonly string[])[];
  /**
   * The generated columns that together identify a row (default: the first). A correspondence
   * table needs its source and target codes: a source code repeats, one row per target.
   */
  readonly keyColumns?: readonly number[];
}

interface MergedTable {
  readonly header: string[];
  readonly rows: CellValue[][];
  /** Zero-based columns that belong to the user (written as given; formulas stay formulas). */
  readonly userColumns: ReadonlySet<number>;
  /** Fresh rows whose generated values differ from the current row with the same key (or are new). */
  readonly changedRows: number;
  /** Current rows whose key is gone. */
  readonly removedRows: number;
  /** True when nothing generated changed: the table need not be rewritten. */
  readonly unchanged: boolean;
  /** Names of the user's columns, in table order. */
  readonly userHeader: string[];
  /** Removed rows that held something in a user column: the row's key and its user cells' values. */
  readonly removedUserRows: { readonly key: CellValue; readonly cells: CellValue[] }[];
}

const keyOf = (value: CellValue | undefined): string => (value === null || value === undefined ? "" : String(value));
/** Numbers and their text ("0301" written as text, 12 read back as 12) compare by their text. */
const same = (a: CellValue | undefined, b: CellValue | undefined): boolean => keyOf(a) === keyOf(b);

export function mergeRefresh(current: CurrentTable, fresh: FreshTable): MergedTable {
  const labels = fresh.labels ?? fresh.header;
  const namesOf = (c: number): readonly string[] => [
    fresh.header[c] ?? "",
    labels[c] ?? "",
    ...(fresh.names?.[c] ?? []),
  ];
  const generated = new Set(fresh.header.flatMap((_, c) => namesOf(c)));
  const userNames = current.header.map((name, i) => ({ name, i })).filter(({ name }) => !generated.has(name));
  // Where each generated column is in the current table (by any of its names), if it is there.
  const currentOf = fresh.header.map((_, c) => {
    const i = current.header.findIndex((name) => namesOf(c).includes(name));
    return i < 0 ? undefined : i;
  });
  const keyColumns = fresh.keyColumns ?? [0];
  const currentKeys = keyColumns.map((c) => currentOf[c]);
  // The key's columns in the current table; undefined when one of them is not there.
  const keyColumn = currentKeys.every((i) => i !== undefined) ? currentKeys[0] : undefined;
  const currentKey = (row: readonly CellValue[]) => currentKeys.map((i) => keyOf(row[i!])).join("\u0000");
  const freshKey = (row: readonly CellValue[]) => keyColumns.map((c) => keyOf(row[c])).join("\u0000");
  const byKey = new Map<string, number>();
  if (keyColumn !== undefined)
    current.rows.forEach((row, r) => {
      const k = currentKey(row);
      if (!byKey.has(k)) byKey.set(k, r);
    });

  // Rows keep the order they have in the workbook (the user may have sorted the table; a renamed
  // unit must not move); new rows follow in the API's order.
  const freshByKey = new Map<string, number>();
  fresh.rows.forEach((row, i) => {
    const k = freshKey(row);
    if (!freshByKey.has(k)) freshByKey.set(k, i);
  });
  const order: number[] = [];
  const placed = new Set<number>();
  if (keyColumn !== undefined) {
    for (const row of current.rows) {
      const i = freshByKey.get(currentKey(row));
      if (i !== undefined && !placed.has(i)) {
        order.push(i);
        placed.add(i);
      }
    }
  }
  fresh.rows.forEach((_, i) => {
    if (!placed.has(i)) order.push(i);
  });
  const orderedFresh = order.map((i) => fresh.rows[i]!);

  let changedRows = 0;
  const seen = new Set<number>();
  const rows = orderedFresh.map((freshRow) => {
    const r = keyColumn === undefined ? undefined : byKey.get(freshKey(freshRow));
    const old = r === undefined ? undefined : current.rows[r];
    if (r !== undefined) seen.add(r);
    const differs =
      !old ||
      fresh.header.some((_, c) => {
        const i = currentOf[c];
        return i === undefined || !same(old[i], freshRow[c]);
      });
    if (differs) changedRows++;
    const userCells = userNames.map(({ i }) =>
      r === undefined ? null : (current.formulas?.[r]?.[i] ?? current.rows[r]?.[i] ?? null),
    );
    return [...freshRow, ...userCells];
  });
  const removedRows = current.rows.length - seen.size;
  const removedUserRows = current.rows.flatMap((row, r) => {
    if (seen.has(r)) return [];
    const cells = userNames.map(({ i }) => row[i] ?? null);
    if (cells.every((c) => c === null || c === "")) return [];
    return [{ key: keyColumn === undefined ? null : (row[keyColumn] ?? null), cells }];
  });
  // A generated column keeps the header it has in the table (the user's formulas may name it);
  // one that is not there gets its label.
  const written = fresh.header.map((_, c) => {
    const i = currentOf[c];
    return i === undefined ? (labels[c] ?? "") : (current.header[i] ?? "");
  });
  const header = [...written, ...userNames.map(({ name }) => name)];
  const userColumns = new Set(userNames.map((_, j) => fresh.header.length + j));
  const sameShape = written.every((name, c) => current.header[c] === name) && current.rows.length === fresh.rows.length;
  // Rows in the same order with the same generated values: nothing to write.
  const inPlace = sameShape && orderedFresh.every((row, r) => row.every((v, c) => same(current.rows[r]?.[c], v)));
  return {
    header,
    rows,
    userColumns,
    changedRows,
    removedRows,
    unchanged: inPlace,
    userHeader: userNames.map(({ name }) => name),
    removedUserRows,
  };
}

import { useEffect, useState } from "react";
import { fixColumn, type ColumnReport } from "../../../core/check";
import { blockAddress } from "../../../core/sheet/address";
import { TEXT_FORMAT } from "../../../core/sheet/cells";
import { firstEmptyColumns } from "../../../core/sheet/emptyColumns";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";

/** Where the fixes go: a column inserted right of the codes, or the first empty column there. */
export type FixPlacement = "insert" | "empty";

/** How far right "first empty column" looks. */
const EMPTY_SEARCH_COLUMNS = 200;

interface FixTarget {
  readonly column: number;
  readonly insert: boolean;
  readonly address: string;
}

/**
 * "Foreslå rettinger" for one KLASS column: the fix column (core/check/fixes.ts), its exact target
 * shown before anything is written, and the checked write into a new column (inserted, or the
 * first empty one) — never over the codes or any cell of the user's. Once written, it is done.
 */
export function useFixColumn(
  report: ColumnReport,
  placement: FixPlacement,
  date: string,
  onInserted: (sheet: string, at: number, count: number) => void,
) {
  const { gateway, t } = usePaneContext();
  const { sheet, column, header } = report.column;
  const fix = fixColumn(report, t("check.fix.header", { header: header ?? t("check.report.header.column"), date }));
  const [target, setTarget] = useState<FixTarget | null | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [written, setWritten] = useState(false);
  const [busy, setBusy] = useState(false);
  const row = fix?.row;
  const rows = fix?.values.length ?? 0;

  useEffect(() => {
    if (row === undefined || written) return setTarget(undefined);
    const first = column + 1;
    if (placement === "insert")
      return setTarget({ column: first, insert: true, address: blockAddress(row, first, rows, 1) });
    let live = true;
    gateway.readRange(sheet, row, first, rows, EMPTY_SEARCH_COLUMNS).then(
      (grid) => {
        if (!live) return;
        const offset = firstEmptyColumns(grid, 1);
        setTarget(
          offset === undefined
            ? null
            : { column: first + offset, insert: false, address: blockAddress(row, first + offset, rows, 1) },
        );
      },
      (error: unknown) => live && setStatus(errorStatus(error, t)),
    );
    return () => {
      live = false;
    };
  }, [gateway, sheet, column, row, rows, placement, written, t]);

  const write = async () => {
    if (!fix || !target) return;
    setBusy(true);
    try {
      // A new empty column first, so no cell of the user's is under the write (the gateway checks too).
      if (target.insert) {
        await gateway.insertColumns(sheet, target.column, 1);
        onInserted(sheet, target.column, 1);
      }
      await gateway.write({
        sheet,
        row: fix.row,
        column: target.column,
        values: fix.values,
        numberFormats: fix.values.map(() => [TEXT_FORMAT]),
      });
      setWritten(true);
      const values = { date, sheet, address: target.address, changed: fix.changed, undecided: fix.undecided.length };
      setStatus(
        fix.undecided.length === 0
          ? { intent: "success", text: t("check.fix.done", values) }
          : { intent: "warning", text: t("check.fix.undecided", values) },
      );
    } catch (error) {
      setStatus(errorStatus(error, t));
    } finally {
      setBusy(false);
    }
  };

  return { fixable: fix !== undefined, target, status, written, busy, write };
}

import { useEffect, useState } from "react";
import { tableTarget } from "../../../core/sheet/address";
import type { InsertTarget } from "../../actions/insertReport";
import { usePaneContext } from "../../PaneContext";

/**
 * With "selected cell" chosen, reads the selection through the gateway (again whenever the pane
 * gets focus back from the sheet) and says where the table will land, before anything is written:
 * "Skriver til Ark1!C5:F363" when the row count is known, else the first cell and last column.
 */
export function useTargetPicker(value: InsertTarget, columns: number, rows?: number): string | undefined {
  const { gateway, t } = usePaneContext();
  const [selection, setSelection] = useState<{ sheet: string; row: number; column: number } | null>();
  useEffect(() => {
    if (value !== "selection") return;
    let live = true;
    const read = () =>
      void gateway.getSelection().then(
        (s) => live && setSelection({ sheet: s.sheet, row: s.row, column: s.column }),
        () => live && setSelection(null),
      );
    read();
    window.addEventListener("focus", read);
    return () => {
      live = false;
      window.removeEventListener("focus", read);
    };
  }, [value, gateway]);
  if (value !== "selection" || selection === undefined) return undefined;
  if (selection === null) return t("target.unknown");
  // The header row is part of the table.
  const where = tableTarget(selection.row, selection.column, columns, rows === undefined ? undefined : rows + 1);
  return where.exact
    ? t("target.writesTo", { sheet: selection.sheet, address: where.address })
    : t("target.writesFrom", { sheet: selection.sheet, cell: where.cell, lastColumn: where.lastColumn });
}

import { useEffect, useState } from "react";
import { tableTarget } from "../../../core/sheet/address";
import type { WriteCheck } from "../../../core/sheet/writeGuard";
import type { InsertTarget } from "../../actions/insertReport";
import { usePaneContext } from "../../PaneContext";

/** What the target line says: where the table lands, and whether the write guard would refuse it. */
export interface TargetText {
  readonly where: string;
  /** Set when the exact range holds cells the add-in may not write over (checked beforehand). */
  readonly blocked?: string;
}

/**
 * With "selected cell" chosen, reads the selection through the gateway (again whenever the pane
 * gets focus back from the sheet) and says where the table will land, before anything is written:
 * "Skriver til Ark1!C5:F363" when the row count is known, else the first cell and last column.
 * An exact range is checked with the write guard's own check (`gateway.checkWrite`), so a target
 * over the user's cells is named before the user clicks Insert.
 */
export function useTargetPicker(value: InsertTarget, columns: number, rows?: number): TargetText | undefined {
  const { gateway, t } = usePaneContext();
  const [selection, setSelection] = useState<{ sheet: string; row: number; column: number } | null>();
  const [check, setCheck] = useState<{ key: string; result: WriteCheck } | undefined>();
  useEffect(() => {
    if (value !== "selection") return;
    let live = true;
    const read = () =>
      void gateway.getSelection().then(
        (s) =>
          live &&
          setSelection((old) =>
            old && old.sheet === s.sheet && old.row === s.row && old.column === s.column
              ? old
              : { sheet: s.sheet, row: s.row, column: s.column },
          ),
        () => live && setSelection(null),
      );
    read();
    window.addEventListener("focus", read);
    return () => {
      live = false;
      window.removeEventListener("focus", read);
    };
  }, [value, gateway]);
  // The header row is part of the table.
  const height = rows === undefined ? undefined : rows + 1;
  const width = Math.max(1, columns);
  const checkKey =
    value === "selection" && selection && height !== undefined
      ? `${selection.sheet}!${selection.row},${selection.column},${height},${width}`
      : undefined;
  useEffect(() => {
    if (!checkKey || !selection || height === undefined) return;
    let live = true;
    gateway.checkWrite(selection.sheet, selection.row, selection.column, height, width).then(
      (result) => live && setCheck({ key: checkKey, result }),
      () => live && setCheck(undefined),
    );
    return () => {
      live = false;
    };
  }, [checkKey, selection, height, width, gateway]);
  if (value !== "selection" || selection === undefined) return undefined;
  if (selection === null) return { where: t("target.unknown") };
  const where = tableTarget(selection.row, selection.column, columns, height);
  if (!where.exact)
    return {
      where: t("target.writesFrom", { sheet: selection.sheet, cell: where.cell, lastColumn: where.lastColumn }),
    };
  const checked = check && check.key === checkKey ? check.result : undefined;
  return {
    where: t("target.writesTo", { sheet: selection.sheet, address: where.address }),
    ...(checked && !checked.ok ? { blocked: t("target.blocked", { cells: checked.cells.join(", ") }) } : {}),
  };
}

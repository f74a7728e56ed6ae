import { useCallback, useEffect, useState } from "react";
import type { FrozenRange } from "../../../core/formulas/frozen";
import { usePaneContext } from "../../PaneContext";
import {
  freezeFormulas,
  readFrozen,
  scopeBlocks,
  unfreezeFormulas,
  type FreezeScope,
} from "../../actions/freezeFormulas";
import { writeSourcesSheet } from "../../actions/writeSources";
import { useAction } from "../shared/useAction";
import type { Status } from "../shared/StatusMessage";

/** Freeze & cite and Unfreeze over the chosen scope; the frozen ranges the workbook holds. */
export function useFreeze() {
  const { gateway, services, t, language, reports } = usePaneContext();
  const { busy, status, act } = useAction(t);
  const [scope, setScope] = useState<FreezeScope>("selection");
  const [frozen, setFrozen] = useState<readonly FrozenRange[]>([]);
  const reload = useCallback(async () => setFrozen(await readFrozen(gateway)), [gateway]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const freeze = () =>
    act(async (): Promise<Status> => {
      const { blocks, where: place } = await scopeBlocks(gateway, scope);
      const where = place ?? t("check.where.workbook");
      try {
        const { frozen: done, outside } = await freezeFormulas(gateway, blocks, services.deps);
        const note = outside > 0 ? ` ${t("freeze.outside", { count: outside })}` : "";
        if (done.length === 0)
          return { intent: outside > 0 ? "warning" : "info", text: t("freeze.none", { where }) + note };
        const sheet = await writeSourcesSheet(
          gateway,
          reports,
          services.deps,
          language === "nb" ? "Kilder" : "Sources",
          language,
        );
        const cells = done.reduce((n, r) => n + r.rowCount * r.columnCount, 0);
        return {
          intent: outside > 0 ? "warning" : "success",
          text: t("freeze.done", { count: done.length, cells, where, sheet }) + note,
        };
      } finally {
        await reload();
      }
    });

  const unfreeze = () =>
    act(async (): Promise<Status> => {
      const { filter, where: place } = await scopeBlocks(gateway, scope);
      const where = place ?? t("check.where.workbook");
      try {
        const { restored, changed } = await unfreezeFormulas(gateway, filter);
        const note =
          changed.length > 0
            ? ` ${t("freeze.undo.changed", { count: changed.length, ranges: changed.join(", ") })}`
            : "";
        if (restored.length === 0)
          return { intent: changed.length > 0 ? "warning" : "info", text: t("freeze.undo.none", { where }) + note };
        return {
          intent: changed.length > 0 ? "warning" : "success",
          text: t("freeze.undone", { count: restored.length, where }) + note,
        };
      } finally {
        await reload();
      }
    });

  return { busy, status, scope, setScope, frozen, freeze, unfreeze };
}

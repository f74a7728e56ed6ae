import { useCallback, useEffect, useState } from "react";
import type { CombineCandidate } from "../../../core/formulas/combine";
import type { CombinedRange } from "../../../core/formulas/combined";
import { blockAddress } from "../../../core/sheet/address";
import { usePaneContext } from "../../PaneContext";
import { combine, findCandidates, readCombined, uncombine } from "../../actions/combineFormulas";
import type { Status } from "../shared/StatusMessage";
import { useAction } from "../shared/useAction";

/** The filled-down runs on the active sheet, combining one, and undoing a combined one. */
export function useCombine() {
  const { gateway, t } = usePaneContext();
  const { busy, status, act } = useAction(t);
  const [candidates, setCandidates] = useState<readonly CombineCandidate[] | undefined>();
  const [combined, setCombined] = useState<readonly CombinedRange[]>([]);
  const reload = useCallback(async () => setCombined(await readCombined(gateway)), [gateway]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const find = () =>
    act(async (): Promise<Status> => {
      const { sheet, candidates: found } = await findCandidates(gateway);
      setCandidates(found);
      return found.length === 0
        ? { intent: "info", text: t("combine.none", { sheet }) }
        : { intent: "info", text: t("combine.found", { count: found.length, sheet }) };
    });

  const run = (candidate: CombineCandidate) =>
    act(async (): Promise<Status> => {
      try {
        await combine(gateway, candidate);
      } finally {
        setCandidates((list) => list?.filter((c) => c !== candidate));
        await reload();
      }
      return {
        intent: "success",
        text: t("combine.done", {
          count: candidate.rowCount,
          sheet: candidate.sheet,
          address: candidate.address,
          formula: candidate.combined,
        }),
      };
    });

  const undo = (record: CombinedRange) =>
    act(async (): Promise<Status> => {
      try {
        await uncombine(gateway, record);
      } finally {
        await reload();
      }
      return {
        intent: "success",
        text: t("combine.undone", {
          count: record.rowCount,
          sheet: record.sheet,
          address: blockAddress(record.row, record.column, record.rowCount, 1),
        }),
      };
    });

  return { busy, status, candidates, combined, find, run, undo };
}

import { useCallback, useState } from "react";
import type { Translate } from "../../../core/i18n";
import { errorStatus, type Status } from "./StatusMessage";

/**
 * A view's busy flag and status line around its actions: `act(work)` clears the status, marks the
 * view busy, shows what `work` returns (or the error, translated; `label` names API fields as
 * the view labels them), and always clears busy.
 */
export function useAction(t: Translate, label?: (name: string) => string) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const act = useCallback(
    async (work: () => Promise<Status | undefined>) => {
      setBusy(true);
      setStatus(undefined);
      try {
        setStatus(await work());
      } catch (error) {
        setStatus(errorStatus(error, t, label));
      } finally {
        setBusy(false);
      }
    },
    [t, label],
  );
  return { busy, status, setStatus, act };
}

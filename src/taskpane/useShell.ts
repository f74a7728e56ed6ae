import { useCallback, useState } from "react";
import type { SelectTabData, SelectTabEvent } from "@fluentui/react-components";

/** The views of the pane, in tab order. */
export const VIEWS = ["klass", "brreg", "enrich", "reports", "check", "settings"] as const;
export type ViewName = (typeof VIEWS)[number];

export function useShell() {
  const [view, setView] = useState<ViewName>("klass");
  const onTabSelect = useCallback((_: SelectTabEvent, data: SelectTabData) => setView(data.value as ViewName), []);
  return { view, setView, onTabSelect };
}

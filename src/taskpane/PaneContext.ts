import { createContext, useContext } from "react";
import type { Translate, UiLanguage } from "../core/i18n";
import type { ReportDefinition } from "../core/reports";
import type { WorkbookGateway } from "../office/gateway";
import type { RuntimeProblem } from "../runtime/problems";
import type { PaneServices } from "./paneServices";

/**
 * What every view receives: the workbook gateway (the only way to Excel), the shared services,
 * the translator, the settings the runtime ignored, and the recorded reports. Built once in
 * usePane.ts, provided by App.tsx.
 */
export interface PaneContextValue {
  readonly gateway: WorkbookGateway;
  readonly host: "excel" | "browser";
  readonly displayLanguage: string;
  readonly language: UiLanguage;
  /** The saved choice; undefined = follow Office. */
  readonly languageChoice: UiLanguage | undefined;
  setLanguageChoice(language: UiLanguage | undefined): void;
  readonly t: Translate;
  readonly services: PaneServices;
  /** After Settings saved new base URLs. */
  reconfigure(): void;
  /** Saved settings the runtime ignored (it runs on the defaults for them); shown as a warning. */
  readonly problems: readonly RuntimeProblem[];
  readonly reports: readonly ReportDefinition[];
  reloadReports(): Promise<void>;
}

export const PaneContext = createContext<PaneContextValue | undefined>(undefined);

export function usePaneContext(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePaneContext outside <PaneContext.Provider>");
  return value;
}

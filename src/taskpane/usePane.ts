import { useCallback, useEffect, useMemo, useState } from "react";
import { languageFor, translator, type UiLanguage } from "../core/i18n";
import { loadReports, type ReportDefinition } from "../core/reports";
import type { WorkbookConnection } from "../office/connect";
import { writeSettingsDocument } from "../runtime/settingsDocument";
import { currentSetup } from "../runtime/setup";
import type { PaneContextValue } from "./PaneContext";
import { paneServices, reconfigurePaneServices, type PaneServices } from "./paneServices";

/** The pane's shared state: language (saved choice, else Office's), services, reports, ignored settings. */
export function usePane(connection: WorkbookConnection, initialServices?: PaneServices): PaneContextValue {
  const [setup, setSetup] = useState(currentSetup);
  const [languageChoice, setChoice] = useState<UiLanguage | undefined>(() => setup.settings.language);
  const [services, setServices] = useState<PaneServices>(() => initialServices ?? paneServices());
  const [reports, setReports] = useState<readonly ReportDefinition[]>([]);
  const { gateway } = connection;

  const reloadReports = useCallback(async () => setReports(await loadReports(gateway)), [gateway]);
  useEffect(() => {
    void reloadReports().catch(() => undefined);
  }, [reloadReports]);

  const language = languageChoice ?? languageFor(connection.displayLanguage);
  useEffect(() => {
    document.documentElement.lang = language === "nb" ? "nb" : "en";
  }, [language]);

  const setLanguageChoice = useCallback((choice: UiLanguage | undefined) => {
    writeSettingsDocument({ language: choice });
    setChoice(choice);
    setSetup(currentSetup());
  }, []);
  const reconfigure = useCallback(() => {
    setServices(reconfigurePaneServices());
    setSetup(currentSetup());
  }, []);
  const problems = setup.problems;

  return useMemo(
    () => ({
      gateway,
      host: connection.host,
      displayLanguage: connection.displayLanguage,
      language,
      languageChoice,
      setLanguageChoice,
      t: translator(language),
      services,
      reconfigure,
      problems,
      reports,
      reloadReports,
    }),
    [
      gateway,
      connection.host,
      connection.displayLanguage,
      language,
      languageChoice,
      setLanguageChoice,
      services,
      reconfigure,
      problems,
      reports,
      reloadReports,
    ],
  );
}

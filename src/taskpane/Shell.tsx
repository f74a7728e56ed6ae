import { Badge, Caption1, Link, Subtitle1 } from "@fluentui/react-components";
import { useState } from "react";
import { Navigation } from "./Navigation";
import { usePaneContext } from "./PaneContext";
import { useShell } from "./useShell";
import { ViewTabs } from "./ViewTabs";
import { useShellStyles } from "./useShellStyles.styles";
import { BrregView } from "./views/brreg/BrregView";
import { CheckView } from "./views/check/CheckView";
import { EnrichView } from "./views/enrich/EnrichView";
import { KlassView } from "./views/klass/KlassView";
import { ReportsView } from "./views/reports/ReportsView";
import { SettingsView } from "./views/settings/SettingsView";
import { SettingsProblems } from "./views/shared/SettingsProblems";

/**
 * The taskpane frame: title, where it runs, the view tabs (arrow keys move between them, as
 * Fluent's TabList does), and the selected view in a labelled tab panel. Saved settings the
 * runtime ignored are shown once, above the views (Settings shows them beside its fields instead).
 */
export function Shell() {
  const styles = useShellStyles();
  const { t, host, problems } = usePaneContext();
  const { view, setView, onTabSelect } = useShell();
  const [dismissed, setDismissed] = useState<readonly unknown[]>();
  return (
    <main className={styles.root} aria-labelledby="app-title">
      <header className={styles.header}>
        <Subtitle1 as="h1" id="app-title">
          {t("app.title")}
        </Subtitle1>
        <Badge appearance="tint" color={host === "excel" ? "success" : "informative"}>
          {host === "excel" ? t("app.host.excel") : t("app.host.browser")}
        </Badge>
      </header>
      <ViewTabs view={view} onTabSelect={onTabSelect} />
      {view !== "settings" && dismissed !== problems && (
        <SettingsProblems
          problems={problems}
          t={t}
          onOpenSettings={() => setView("settings")}
          onDismiss={() => setDismissed(problems)}
        />
      )}
      <section id="view-panel" role="tabpanel" aria-labelledby={`tab-${view}`} className={styles.panel}>
        <Navigation.Provider value={setView}>
          {view === "klass" && <KlassView />}
          {view === "brreg" && <BrregView />}
          {view === "enrich" && <EnrichView />}
          {view === "reports" && <ReportsView />}
          {view === "check" && <CheckView />}
          {view === "settings" && <SettingsView />}
        </Navigation.Provider>
      </section>
      <Caption1 className={styles.footer}>
        <Link href="help.html" target="_blank" rel="noreferrer">
          {t("app.help")}
        </Link>
      </Caption1>
    </main>
  );
}

import { createRoot } from "react-dom/client";
import { languageFor } from "../core/i18n";
import { connectWorkbook } from "../office/connect";
import { setCellLanguage } from "../runtime/cellLanguage";
import { setEntityCellsSupported } from "../runtime/entityCells";
import { getServices } from "../runtime/services";
import { currentSetup } from "../runtime/setup";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";

/**
 * Taskpane entry. In Excel, Office.onReady tells us the host and we use the Office.js gateway;
 * in a plain browser (tests, `npm run dev-server` opened directly) office.js never reports a
 * host, so we fall back to the in-memory workbook — the UI is the same either way. In the
 * browser the workbook is exposed as `window.__klassBrreg.workbook`, so end-to-end tests can set
 * up cells and read back what the pane wrote (never in Excel), with the services' metrics.
 * The services come from src/runtime, the one composition root functions.js uses as well; an
 * error boundary around the app offers to reset the saved settings if the pane fails to render.
 */
const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void connectWorkbook().then((connection) => {
    // The functions' error messages follow Office's display language (not the pane's choice).
    setCellLanguage(connection.displayLanguage);
    // BRREG.KORT and KLASS.KORT answer text where this Excel takes no entity values from functions.
    setEntityCellsSupported(connection.entityCells);
    if (connection.host === "browser") {
      // `metrics`: the shared services' counters, so a test can see functions and pane share one instance.
      (window as unknown as { __klassBrreg?: object }).__klassBrreg = {
        workbook: connection.gateway,
        metrics: () => getServices().metrics.snapshot(),
      };
    }
    const language = currentSetup().settings.language ?? languageFor(connection.displayLanguage);
    root.render(
      <ErrorBoundary language={language}>
        <App connection={connection} />
      </ErrorBoundary>,
    );
  });
}

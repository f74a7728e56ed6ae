import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectWorkbook } from "../office/connect";

/**
 * Taskpane entry. In Excel, Office.onReady tells us the host and we use the Office.js gateway;
 * in a plain browser (tests, `npm run dev-server` opened directly) office.js never reports a
 * host, so we fall back to the in-memory workbook — the UI is the same either way. In the
 * browser the workbook is exposed as `window.__klassBrreg.workbook`, so end-to-end tests can set
 * up cells and read back what the pane wrote (never in Excel).
 */
const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void connectWorkbook().then((connection) => {
    if (connection.host === "browser") (window as unknown as { __klassBrreg?: object }).__klassBrreg = { workbook: connection.gateway };
    root.render(<App connection={connection} />);
  });
}

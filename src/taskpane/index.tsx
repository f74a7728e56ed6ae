import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectWorkbook } from "../office/connect";

/**
 * Taskpane entry. In Excel, Office.onReady tells us the host and we use the Office.js gateway;
 * in a plain browser (tests, `npm run dev-server` opened directly) office.js never reports a
 * host, so we fall back to the in-memory workbook — the UI is the same either way.
 */
const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void connectWorkbook().then((connection) => root.render(<App connection={connection} />));
}

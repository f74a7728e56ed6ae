import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookConnection } from "../office/connect";
import { PaneContext } from "./PaneContext";
import { Shell } from "./Shell";
import { usePane } from "./usePane";

/** The taskpane root: theme, the pane's shared state, and the shell with its views. */
export function App({ connection }: { readonly connection: WorkbookConnection }) {
  const pane = usePane(connection);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <PaneContext.Provider value={pane}>
        <Shell />
      </PaneContext.Provider>
    </FluentProvider>
  );
}

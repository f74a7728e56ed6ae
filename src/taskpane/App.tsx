import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookConnection } from "../office/connect";
import { Shell } from "./Shell";

/** The taskpane root: theme and the workbook connection; views live under ./views. */
export function App({ connection }: { readonly connection: WorkbookConnection }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <Shell connection={connection} />
    </FluentProvider>
  );
}

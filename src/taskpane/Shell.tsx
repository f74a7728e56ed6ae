import { Badge, Body1, Caption1, Link, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookConnection } from "../office/connect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

/**
 * The taskpane frame: title, where it runs (Excel or the in-memory browser workbook), and the
 * entry points. The search, insert, enrich and reports views are added by the taskpane issue.
 */
export function Shell({ connection }: { readonly connection: WorkbookConnection }) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-labelledby="app-title">
      <header className={styles.header}>
        <Subtitle1 as="h1" id="app-title">
          Klass &amp; Brreg
        </Subtitle1>
        <Badge appearance="tint" color={connection.host === "excel" ? "success" : "informative"}>
          {connection.host === "excel" ? "Excel" : "Browser workbook"}
        </Badge>
      </header>
      <Body1>
        Type <code>=KLASS.CODENAME(131, &quot;0301&quot;)</code> or <code>=BRREG.ENHET(923609016)</code> in a cell.
      </Body1>
      <Caption1>
        <Link href="help.html" target="_blank" rel="noreferrer">
          Function reference
        </Link>
      </Caption1>
    </main>
  );
}

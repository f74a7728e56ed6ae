import { Subtitle2 } from "@fluentui/react-components";
import { usePaneContext } from "../../PaneContext";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { WorkbookCheckSection } from "./WorkbookCheckSection";

/** Kontroll: is the workbook still right (the workbook check), then its other sections. */
export function CheckView() {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("check.heading")}</Subtitle2>
      <WorkbookCheckSection />
    </div>
  );
}

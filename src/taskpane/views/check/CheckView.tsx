import { Subtitle2 } from "@fluentui/react-components";
import { usePaneContext } from "../../PaneContext";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { CombineSection } from "./CombineSection";
import { FreezeSection } from "./FreezeSection";
import { WorkbookCheckSection } from "./WorkbookCheckSection";

/** Kontroll: is the workbook still right (the workbook check), then freeze & cite and combining formulas. */
export function CheckView() {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("check.heading")}</Subtitle2>
      <WorkbookCheckSection />
      <FreezeSection />
      <CombineSection />
    </div>
  );
}

import { Subtitle2 } from "@fluentui/react-components";
import { usePaneContext } from "../../PaneContext";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { CombineSection } from "./CombineSection";
import { FreezeSection } from "./FreezeSection";

/** The workbook at the end of the work: freeze & cite, and combining formulas. */
export function CheckView() {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("check.heading")}</Subtitle2>
      <FreezeSection />
      <CombineSection />
    </div>
  );
}

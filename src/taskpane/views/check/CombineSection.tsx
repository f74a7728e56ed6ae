import { Body1, Button, Caption1, Spinner, Subtitle2 } from "@fluentui/react-components";
import { blockAddress } from "../../../core/sheet/address";
import { usePaneContext } from "../../PaneContext";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { useCombine } from "./useCombine";

/** Combine formulas: filled-down columns of single-cell add-in formulas become one range formula, reversibly. */
export function CombineSection() {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  const c = useCombine();
  return (
    <section className={styles.section} aria-labelledby="combine-heading">
      <Subtitle2 as="h3" id="combine-heading">
        {t("combine.heading")}
      </Subtitle2>
      <Caption1>{t("combine.intro")}</Caption1>
      <div className={styles.row}>
        <Button onClick={() => void c.find()} disabled={c.busy}>
          {t("combine.find")}
        </Button>
      </div>
      {c.busy && <Spinner size="tiny" label={t("common.loading")} />}
      <StatusMessage status={c.status} />
      {c.candidates && c.candidates.length > 0 && (
        <ul className={styles.list} aria-label={t("combine.heading")}>
          {c.candidates.map((candidate) => {
            const label = t("combine.candidate", {
              address: `${candidate.sheet}!${candidate.address}`,
              name: candidate.functionName,
              count: candidate.rowCount,
            });
            return (
              <li key={`${candidate.sheet}!${candidate.address}`} className={styles.item}>
                <Body1>{label}</Body1>
                <Caption1 className={styles.muted}>{candidate.combined}</Caption1>
                <div className={styles.row}>
                  <Button
                    size="small"
                    onClick={() => void c.run(candidate)}
                    disabled={c.busy}
                    aria-label={`${t("combine.run")} ${candidate.sheet}!${candidate.address}`}
                  >
                    {t("combine.run")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {c.combined.length > 0 && (
        <ul className={styles.list} aria-label={t("combine.combined")}>
          {c.combined.map((record) => {
            const where = `${record.sheet}!${blockAddress(record.row, record.column, record.rowCount, 1)}`;
            return (
              <li key={`${where} ${record.at}`} className={styles.item}>
                <Body1>
                  {t("combine.candidate", { address: where, name: record.functionName, count: record.rowCount })}
                </Body1>
                <Caption1 className={styles.muted}>{record.combined}</Caption1>
                <div className={styles.row}>
                  <Button
                    size="small"
                    onClick={() => void c.undo(record)}
                    disabled={c.busy}
                    aria-label={`${t("combine.undo")} ${where}`}
                  >
                    {t("combine.undo")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

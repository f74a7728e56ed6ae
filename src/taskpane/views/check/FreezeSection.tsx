import { Body1, Button, Caption1, Field, Radio, RadioGroup, Spinner, Subtitle2 } from "@fluentui/react-components";
import { blockAddress } from "../../../core/sheet/address";
import { usePaneContext } from "../../PaneContext";
import type { FreezeScope } from "../../actions/freezeFormulas";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { useFreeze } from "./useFreeze";

/** Frozen ranges listed at most (a sheet of single-cell formulas can freeze thousands). */
const LISTED = 20;

/** Freeze & cite: the add-in's formulas in a scope become values with their provenance; Unfreeze puts them back. */
export function FreezeSection() {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  const f = useFreeze();
  return (
    <section className={styles.section} aria-labelledby="freeze-heading">
      <Subtitle2 as="h3" id="freeze-heading">
        {t("freeze.heading")}
      </Subtitle2>
      <Caption1>{t("freeze.intro")}</Caption1>
      <Field label={t("freeze.scope")}>
        <RadioGroup layout="horizontal" value={f.scope} onChange={(_, data) => f.setScope(data.value as FreezeScope)}>
          <Radio value="selection" label={t("freeze.scope.selection")} />
          <Radio value="sheet" label={t("freeze.scope.sheet")} />
          <Radio value="workbook" label={t("freeze.scope.workbook")} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void f.freeze()} disabled={f.busy}>
          {t("freeze.run")}
        </Button>
        <Button onClick={() => void f.unfreeze()} disabled={f.busy || f.frozen.length === 0}>
          {t("freeze.undo")}
        </Button>
      </div>
      {f.busy && <Spinner size="tiny" label={t("common.loading")} />}
      <StatusMessage status={f.status} />
      {f.frozen.length > 0 && (
        <ul className={styles.list} aria-label={t("freeze.list")}>
          {f.frozen.slice(0, LISTED).map((r) => {
            const range = `${r.sheet}!${blockAddress(r.row, r.column, r.rowCount, r.columnCount)}`;
            return (
              <li key={`${range} ${r.retrieved}`} className={styles.item}>
                <Body1>{t("freeze.item", { range, formula: r.formula })}</Body1>
              </li>
            );
          })}
        </ul>
      )}
      {f.frozen.length > LISTED && <Caption1>{t("freeze.more", { count: f.frozen.length - LISTED })}</Caption1>}
    </section>
  );
}

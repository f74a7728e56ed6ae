import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import { formatNumber } from "../../../core/i18n";
import { usePaneContext } from "../../PaneContext";
import { StatusMessage } from "../shared/StatusMessage";
import { CheckGroup } from "../shared/CheckGroup";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { BrregFieldPicker } from "./BrregFieldPicker";
import { CsvImport } from "./CsvImport";
import { EnrichPlacement } from "./EnrichPlacement";
import { useEnrich, type EnrichKind, type KlassAdd } from "./useEnrich";

const KLASS_ADDS: readonly KlassAdd[] = ["name", "parent", "level", "correspondence"];

/** Enrich a column: pick the column (selection or CSV), what to add, then run with progress and Cancel. */
export function EnrichView() {
  const styles = useViewStyles();
  const { t, language } = usePaneContext();
  const e = useEnrich();
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("enrich.heading")}</Subtitle2>
      <section className={styles.form} aria-label={t("enrich.source")}>
        <div className={styles.row}>
          <Button onClick={() => void e.takeSelection()} disabled={e.running}>
            {t("enrich.useSelection")}
          </Button>
        </div>
        <Caption1 role="status">
          {e.source
            ? t("enrich.selection", { address: e.source.address, sheet: e.source.sheet, count: e.keysCount })
            : t("enrich.noSelection")}
        </Caption1>
        {e.source && (
          <Checkbox
            label={t("enrich.hasHeader")}
            checked={e.hasHeader}
            onChange={(_, d) => e.setHasHeader(d.checked === true)}
            disabled={e.running}
          />
        )}
      </section>
      {e.source && (
        <section className={styles.form} aria-label={t("enrich.add")}>
          <Field label={t("enrich.kind")}>
            <RadioGroup
              layout="horizontal"
              value={e.kind}
              onChange={(_, d) => e.setKind(d.value as EnrichKind)}
              disabled={e.running}
            >
              <Radio value="brreg" label={t("enrich.kind.brreg")} />
              <Radio value="klass" label={t("enrich.kind.klass")} />
            </RadioGroup>
          </Field>
          {e.kind === "brreg" ? (
            <BrregFieldPicker
              selected={e.fields}
              onToggle={e.toggleField}
              label={t("enrich.add")}
              disabled={e.running}
            />
          ) : (
            <>
              <div className={styles.row}>
                <Field label={t("enrich.classification")} className={styles.narrow}>
                  <Input
                    className={styles.fill}
                    value={e.classification}
                    inputMode="numeric"
                    onChange={(_, d) => e.setClassification(d.value)}
                  />
                </Field>
                <Field label={t("common.date")} className={styles.grow}>
                  <Input
                    className={styles.fill}
                    value={e.date}
                    placeholder="2024-01-01"
                    onChange={(_, d) => e.setDate(d.value)}
                  />
                </Field>
              </div>
              {e.detected && (
                <Caption1 role="status">
                  {t("enrich.detected", {
                    name: e.detected.name,
                    id: e.detected.classificationId,
                    version: e.detected.versions.at(-1) ?? "",
                    percent: formatNumber(Math.floor(e.detected.share * 100), language),
                  })}
                </Caption1>
              )}
              <CheckGroup label={t("enrich.add")} className={styles.checks}>
                {KLASS_ADDS.map((a) => (
                  <Checkbox
                    key={a}
                    label={t(`enrich.add.${a}`)}
                    checked={e.additions.includes(a)}
                    onChange={(_, d) => e.toggleAddition(a, d.checked === true)}
                  />
                ))}
              </CheckGroup>
              {e.additions.includes("correspondence") && (
                <Field label={t("enrich.target")} className={styles.narrow}>
                  <Input
                    className={styles.fill}
                    value={e.target}
                    inputMode="numeric"
                    onChange={(_, d) => e.setTarget(d.value)}
                  />
                </Field>
              )}
            </>
          )}
          <EnrichPlacement e={e} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void e.run()} disabled={!e.ready}>
              {t("enrich.run")}
            </Button>
            {e.running && <Button onClick={e.cancel}>{t("common.cancel")}</Button>}
          </div>
        </section>
      )}
      {e.progress && (
        <Field label={t("enrich.progress", { done: e.progress.done, total: e.progress.total })} validationState="none">
          <ProgressBar
            value={e.progress.total ? e.progress.done / e.progress.total : 1}
            max={1}
            aria-label={t("enrich.progress", { done: e.progress.done, total: e.progress.total })}
          />
        </Field>
      )}
      <StatusMessage status={e.status} />
      <CsvImport onLoaded={(column) => e.adopt(column, true)} disabled={e.running} />
    </div>
  );
}

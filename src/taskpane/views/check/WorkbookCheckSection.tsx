import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import { usePaneContext } from "../../PaneContext";
import { CheckGroup } from "../shared/CheckGroup";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { CheckedColumn } from "./CheckedColumn";
import type { FixPlacement } from "./useFixColumn";
import { useWorkbookCheck } from "./useWorkbookCheck";

/**
 * The workbook check: choose the sheets (or the whole workbook) and the date, run with progress
 * and Cancel, then the findings per column (a click selects the cell), the report sheet, and the
 * proposed fixes written beside each column of codes.
 */
export function WorkbookCheckSection() {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  const c = useWorkbookCheck();
  const [placement, setPlacement] = useState<FixPlacement>("insert");
  const fixable = c.report?.columns.some((col) => col.fixes && col.findings.length > 0) ?? false;
  return (
    <section className={styles.form} aria-labelledby="check-workbook-heading">
      <Subtitle2 as="h3" id="check-workbook-heading">
        {t("check.workbook.heading")}
      </Subtitle2>
      <Body1>{t("check.workbook.intro")}</Body1>
      <Checkbox
        label={t("check.scope.all")}
        checked={c.whole}
        onChange={(_, d) => c.setWhole(d.checked === true)}
        disabled={c.running}
      />
      {!c.whole && (
        <CheckGroup label={t("check.scope")} className={styles.checks}>
          {c.sheets.map((name) => (
            <Checkbox
              key={name}
              label={name}
              checked={c.chosen.includes(name)}
              onChange={(_, d) => c.toggleSheet(name, d.checked === true)}
              disabled={c.running}
            />
          ))}
        </CheckGroup>
      )}
      <div className={styles.row}>
        <Field
          label={t("check.date")}
          className={styles.grow}
          validationState={c.validDate ? "none" : "error"}
          validationMessage={c.validDate ? undefined : t("check.date.invalid")}
        >
          <Input
            className={styles.fill}
            value={c.date}
            placeholder="2024-01-01"
            onChange={(_, d) => c.setDate(d.value)}
          />
        </Field>
        <Button onClick={() => void c.loadSheets()} disabled={c.running}>
          {t("check.sheets.refresh")}
        </Button>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void c.run()} disabled={!c.ready}>
          {t("check.run")}
        </Button>
        {c.running && <Button onClick={c.cancel}>{t("common.cancel")}</Button>}
      </div>
      {c.progress && (
        <Field label={t("check.progress", c.progress)} validationState="none">
          <ProgressBar
            value={c.progress.total ? c.progress.done / c.progress.total : 1}
            max={1}
            aria-label={t("check.progress", c.progress)}
          />
        </Field>
      )}
      <StatusMessage status={c.status} />
      {c.report && c.report.columns.length > 0 && (
        <>
          <div className={styles.row}>
            <Button onClick={() => void c.writeReport()}>{t("check.report.write")}</Button>
          </div>
          {fixable && (
            <Field label={t("check.fix.placement")}>
              <RadioGroup value={placement} onChange={(_, d) => setPlacement(d.value as FixPlacement)}>
                <Radio value="insert" label={t("check.fix.placement.insert")} />
                <Radio value="empty" label={t("check.fix.placement.empty")} />
              </RadioGroup>
            </Field>
          )}
          <section className={styles.form} aria-label={t("check.results")}>
            {c.report.columns.map((col, i) => (
              <CheckedColumn
                key={i}
                report={col}
                placement={placement}
                date={c.report!.date}
                onSelect={(f) => void c.select(f)}
                onInserted={c.columnsInserted}
              />
            ))}
          </section>
        </>
      )}
    </section>
  );
}

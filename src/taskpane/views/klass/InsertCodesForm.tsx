import { Button, Checkbox, Dropdown, Field, Input, Option, Subtitle2 } from "@fluentui/react-components";
import type { KlassLanguage } from "../../../core/klass/types";
import { usePaneContext } from "../../PaneContext";
import { TargetPicker } from "../shared/TargetPicker";
import { CheckGroup } from "../shared/CheckGroup";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { CODE_COLUMNS, type useClassificationPage } from "./useClassificationPage";
import { fieldLabel } from "../../../core/i18n";

const LANGUAGES: readonly KlassLanguage[] = ["nb", "nn", "en"];

/** The code-table form: date, level, language, columns, selectCodes, where; Insert / Insert formula. */
export function InsertCodesForm({ page }: { readonly page: ReturnType<typeof useClassificationPage> }) {
  const styles = useViewStyles();
  const { t, language } = usePaneContext();
  return (
    <form
      className={styles.section}
      aria-labelledby="insert-codes-h"
      onSubmit={(e) => {
        e.preventDefault();
        void page.insert();
      }}
    >
      <Subtitle2 as="h3" id="insert-codes-h">
        {t("klass.insertCodes")}
      </Subtitle2>
      <div className={styles.row}>
        <Field
          label={t("common.date")}
          hint={
            page.dateFromVersion
              ? t("klass.version.date", { date: page.date })
              : page.isoDate && page.isoDate !== page.date.trim()
                ? `${t("common.date.hint")} (${page.isoDate})`
                : t("common.date.hint")
          }
          className={styles.grow}
          validationState={page.dateValid ? "none" : "error"}
          validationMessage={page.dateValid ? undefined : t("common.date.invalid")}
        >
          <Input
            className={styles.fill}
            value={page.date}
            placeholder="2024-01-01"
            onChange={(_, d) => page.setDate(d.value)}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t("klass.level")} className={styles.narrow} validationState={page.levelValid ? "none" : "error"}>
          <Input
            className={styles.fill}
            value={page.level}
            inputMode="numeric"
            onChange={(_, d) => page.setLevel(d.value)}
          />
        </Field>
        <Field label={t("common.language")} className={styles.narrow}>
          <Dropdown
            className={styles.fill}
            value={t(`language.${page.language}`)}
            selectedOptions={[page.language]}
            onOptionSelect={(_, d) => d.optionValue && page.setLanguage(d.optionValue as KlassLanguage)}
          >
            {LANGUAGES.map((l) => (
              <Option key={l} value={l} text={t(`language.${l}`)}>
                {t(`language.${l}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={t("klass.selectCodes")}>
        <Input className={styles.fill} value={page.selectCodes} onChange={(_, d) => page.setSelectCodes(d.value)} />
      </Field>
      <CheckGroup label={t("common.columns")} className={styles.checks}>
        {CODE_COLUMNS.map((c) => (
          <Checkbox
            key={c}
            label={<span title={c}>{fieldLabel(c, language)}</span>}
            checked={page.columns.includes(c)}
            onChange={(_, d) => page.toggleColumn(c, d.checked === true)}
          />
        ))}
      </CheckGroup>
      <TargetPicker value={page.target} onChange={page.setTarget} columns={page.columns.length} rows={page.tableRows} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={!page.canInsert}>
          {t("klass.insertCodes")}
        </Button>
        <Button onClick={() => void page.insertFormula()} disabled={!page.meta}>
          {t("klass.insertFormula")}
        </Button>
      </div>
    </form>
  );
}

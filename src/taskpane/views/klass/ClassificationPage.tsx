import { Body1, Button, Caption1, Dropdown, Field, Option, Spinner, Subtitle2 } from "@fluentui/react-components";
import { versionSpans } from "../../../core/klass/versions";
import { usePaneContext } from "../../PaneContext";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { InsertCodeCard } from "./InsertCodeCard";
import { InsertCodesForm } from "./InsertCodesForm";
import { useClassificationPage } from "./useClassificationPage";

/** One classification: versions, and for the chosen version its levels, variants, correspondences. */
export function ClassificationPage({ id, onBack }: { readonly id: number; readonly onBack: () => void }) {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  const page = useClassificationPage(id);
  const spans = page.meta ? [...versionSpans(page.meta)].reverse() : [];
  const chosen = spans.find((s) => s.version.id === page.versionId);
  return (
    <div className={styles.view}>
      <div className={styles.row}>
        <Button onClick={onBack}>{t("common.back")}</Button>
      </div>
      {!page.meta && !page.status && <Spinner size="tiny" label={t("common.loading")} />}
      {page.meta && (
        <>
          <Subtitle2 as="h2">
            {page.meta.id} {page.meta.name}
          </Subtitle2>
          {page.meta.description && <Caption1 className={styles.muted}>{page.meta.description}</Caption1>}
          <Field label={t("klass.versions")}>
            <Dropdown
              value={chosen ? `${chosen.version.name} (${chosen.from} – ${chosen.to ?? ""})` : ""}
              selectedOptions={page.versionId === undefined ? [] : [String(page.versionId)]}
              onOptionSelect={(_, d) => d.optionValue && page.chooseVersion(Number(d.optionValue))}
            >
              {spans.map((s) => (
                <Option
                  key={s.version.id}
                  value={String(s.version.id)}
                  text={`${s.version.name} (${s.from} – ${s.to ?? ""})`}
                >
                  {`${s.version.name} (${s.from} – ${s.to ?? ""})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <InsertCodesForm page={page} />
          <InsertCodeCard classificationId={page.meta.id} date={page.isoDate} language={page.language} />
          {page.detail ? (
            <>
              <section className={styles.form} aria-labelledby="levels-h">
                <Body1 as="h3" id="levels-h">
                  <strong>{t("klass.levels")}</strong>
                </Body1>
                {page.detail.levels.length ? (
                  <ul className={styles.list}>
                    {page.detail.levels.map((l) => (
                      <li key={l.levelNumber}>
                        {l.levelNumber}: {l.levelName}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Caption1>{t("klass.none")}</Caption1>
                )}
              </section>
              <section className={styles.form} aria-labelledby="variants-h">
                <Body1 as="h3" id="variants-h">
                  <strong>{t("klass.variants")}</strong>
                </Body1>
                {page.detail.classificationVariants.length ? (
                  <ul className={styles.list}>
                    {page.detail.classificationVariants.map((v) => (
                      <li key={v.id}>
                        {v.id}: {v.name}{" "}
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={t("klass.variant.insert", { name: v.name })}
                          disabled={!page.canInsertVariant}
                          onClick={() => void page.insertVariant(v)}
                        >
                          {t("klass.variant.table")}
                        </Button>
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={t("klass.variant.formula", { name: v.name })}
                          disabled={!page.canInsertVariant}
                          onClick={() => void page.insertVariantFormula(v)}
                        >
                          {t("klass.variant.formulaShort")}
                        </Button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Caption1>{t("klass.none")}</Caption1>
                )}
              </section>
              <section className={styles.form} aria-labelledby="corr-h">
                <Body1 as="h3" id="corr-h">
                  <strong>{t("klass.correspondences")}</strong>
                </Body1>
                {page.detail.correspondenceTables.length ? (
                  <ul className={styles.list}>
                    {page.detail.correspondenceTables.map((c) => (
                      <li key={c.id}>
                        {c.id}: {c.name}{" "}
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={t("klass.correspondence.insert", { name: c.name })}
                          disabled={page.busy || !page.meta}
                          onClick={() => void page.insertCorrespondence(c)}
                        >
                          {t("klass.variant.table")}
                        </Button>
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={t("klass.correspondence.formula", { name: c.name })}
                          disabled={page.busy || !page.meta}
                          onClick={() => void page.insertCorrespondenceFormula(c)}
                        >
                          {t("klass.variant.formulaShort")}
                        </Button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Caption1>{t("klass.none")}</Caption1>
                )}
              </section>
            </>
          ) : (
            page.versionId !== undefined && <Spinner size="tiny" label={t("common.loading")} />
          )}
        </>
      )}
      <StatusMessage status={page.status} />
    </div>
  );
}

import { Body1, Button, Caption1, Checkbox, Field, Input, Spinner, Subtitle2 } from "@fluentui/react-components";
import { stripHtml } from "../../../core/klass/search";
import { plural } from "../../../core/i18n";
import { usePaneContext } from "../../PaneContext";
import { FocusFrame } from "../shared/FocusFrame";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { ClassificationPage } from "./ClassificationPage";
import { StartPanel } from "./StartPanel";
import { useKlassSearch } from "./useKlassSearch";

/**
 * KLASS: search classifications (and code lists), browse families, open one to insert its codes.
 * Opening and going back move focus to the new view's heading; Escape goes back.
 */
export function KlassView() {
  const s = useKlassSearch();
  const focusKey = s.opened ? `classification-${s.opened.id}` : s.family ? `family-${s.family.id}` : "search";
  const back = s.opened ? s.close : s.family ? s.closeFamily : undefined;
  return (
    <FocusFrame focusKey={focusKey} {...(back ? { onEscape: back } : {})}>
      {s.opened ? <ClassificationPage id={s.opened.id} onBack={s.close} /> : <KlassSearch s={s} />}
    </FocusFrame>
  );
}

function KlassSearch({ s }: { readonly s: ReturnType<typeof useKlassSearch> }) {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("klass.heading")}</Subtitle2>
      <form
        className={styles.form}
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void s.search();
        }}
      >
        <div className={styles.row}>
          <Field label={t("klass.query")} className={styles.grow}>
            <Input type="search" value={s.query} onChange={(_, d) => s.setQuery(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={s.busy || !s.query.trim()}>
            {t("common.search")}
          </Button>
        </div>
        <div className={styles.row}>
          <Checkbox
            label={t("klass.includeCodelists")}
            checked={s.includeCodelists}
            onChange={(_, d) => s.setIncludeCodelists(d.checked === true)}
          />
          <Button appearance="subtle" onClick={() => void s.browseFamilies()} disabled={s.busy}>
            {t("klass.families")}
          </Button>
        </div>
      </form>
      {s.busy && <Spinner size="tiny" label={t("common.loading")} />}
      <StatusMessage status={s.status} />
      {!s.results && !s.families && !s.family && !s.busy && (
        <StartPanel onSearch={(text) => void s.search(text)} onOpen={s.open} />
      )}
      {s.results && (
        <section aria-label={plural(t, "klass.results", s.results.length)} className={styles.form}>
          <Caption1 role="status">
            {s.results.length ? plural(t, "klass.results", s.results.length) : t("klass.noResults")}
          </Caption1>
          <ul className={styles.list}>
            {s.results.map((hit) => (
              <li key={hit.id} className={styles.item}>
                <Button
                  className={styles.entry}
                  appearance="transparent"
                  onClick={() => s.open({ id: hit.id, name: hit.name })}
                  aria-label={t("klass.open", { name: `${hit.id} ${hit.name}` })}
                >
                  {hit.id} {hit.name}
                </Button>
                <Caption1 className={styles.muted}>{stripHtml(hit.snippet)}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.families && !s.family && (
        <ul className={styles.list} aria-label={t("klass.families")}>
          {s.families.map((f) => (
            <li key={f.id} className={styles.item}>
              <Button className={styles.entry} appearance="transparent" onClick={() => void s.openFamily(f.id)}>
                {f.name}
              </Button>
              {f.numberOfClassifications !== undefined && (
                <Caption1 className={styles.muted}>
                  {plural(t, "klass.family.count", f.numberOfClassifications)}
                </Caption1>
              )}
            </li>
          ))}
        </ul>
      )}
      {s.family && (
        <section className={styles.form} aria-label={s.family.name}>
          <div className={styles.row}>
            <Button onClick={s.closeFamily}>{t("common.back")}</Button>
            <Body1 as="h3">{s.family.name}</Body1>
          </div>
          <ul className={styles.list}>
            {s.family.classifications.map((c) => (
              <li key={c.id} className={styles.item}>
                <Button
                  className={styles.entry}
                  appearance="transparent"
                  onClick={() => s.open(c)}
                  aria-label={t("klass.open", { name: `${c.id} ${c.name}` })}
                >
                  {c.id} {c.name}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

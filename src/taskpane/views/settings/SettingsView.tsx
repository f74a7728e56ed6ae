import { Badge, Body1, Button, Caption1, Field, Input, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { languageFor } from "../../../core/i18n";
import { enrichNote } from "../../../core/enrich";
import { usePaneContext } from "../../PaneContext";
import { SettingsProblems } from "../shared/SettingsProblems";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { urlErrorText } from "./settingsForm";
import { formatBytes, useSettings } from "./useSettings";

const LANGUAGE_NAMES = { nb: "Norsk bokmål", en: "English" } as const;

/** Language, cache, connection state with the fetch layer's metrics, and (advanced) base URLs. */
export function SettingsView() {
  const styles = useViewStyles();
  const { t, language, languageChoice, setLanguageChoice, displayLanguage, problems } = usePaneContext();
  const s = useSettings();
  const office = LANGUAGE_NAMES[languageFor(displayLanguage)];
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("settings.heading")}</Subtitle2>
      <SettingsProblems problems={problems} t={t} />
      <Field label={t("settings.language")}>
        <RadioGroup
          value={languageChoice ?? "auto"}
          onChange={(_, d) => setLanguageChoice(d.value === "nb" || d.value === "en" ? d.value : undefined)}
        >
          <Radio value="auto" label={t("settings.language.auto", { language: office })} />
          <Radio value="nb" label={LANGUAGE_NAMES.nb} />
          <Radio value="en" label={LANGUAGE_NAMES.en} />
        </RadioGroup>
      </Field>
      <section className={styles.section} aria-labelledby="cache-h">
        <Body1 as="h3" id="cache-h">
          <strong>{t("settings.cache")}</strong>
        </Body1>
        <Caption1>
          {s.size
            ? t("settings.cache.size", { entries: s.size.entries, size: formatBytes(s.size.bytes, language) })
            : t("settings.cache.unknown")}
        </Caption1>
        <div className={styles.row}>
          <Button onClick={() => void s.clearCache()}>{t("settings.cache.clear")}</Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="status-h">
        <div className={styles.row}>
          <Body1 as="h3" id="status-h">
            <strong>{t("settings.status")}</strong>
          </Body1>
          <Badge
            appearance="tint"
            color={
              s.connection === "online"
                ? "success"
                : s.connection === "stale" || s.connection === "degraded"
                  ? "warning"
                  : "danger"
            }
          >
            {t(`settings.status.${s.connection}`)}
          </Badge>
        </div>
        {s.health.lastError && (
          <Caption1>
            {t("settings.status.lastError", {
              error: enrichNote(s.health.lastError, t),
              failures: s.health.failures,
            })}
          </Caption1>
        )}
        <Caption1>
          {t("settings.metrics", {
            requests: s.metrics.requests,
            hits: s.metrics.hits,
            stale: s.metrics.staleServes,
            failures: s.metrics.failures,
          })}
        </Caption1>
      </section>
      <section className={styles.section} aria-labelledby="urls-h">
        <Body1 as="h3" id="urls-h">
          <strong>{t("settings.advanced")}</strong>
        </Body1>
        {(["klassBaseUrl", "brregBaseUrl"] as const).map((field) => {
          const error = s.errors[field];
          return (
            <Field
              key={field}
              label={t(field === "klassBaseUrl" ? "settings.klassUrl" : "settings.brregUrl")}
              hint={s.effective[field]}
              validationState={error ? "error" : "none"}
              validationMessage={error ? urlErrorText(error, t) : undefined}
            >
              <Input
                type="url"
                value={s.urls[field]}
                placeholder={s.effective[field]}
                onChange={(_, d) => s.setUrl(field, d.value)}
              />
            </Field>
          );
        })}
        <div className={styles.row}>
          <Button appearance="primary" onClick={s.save}>
            {t("settings.save")}
          </Button>
          <Button onClick={s.reset}>{t("settings.reset")}</Button>
        </div>
      </section>
      <StatusMessage status={s.status} />
    </div>
  );
}

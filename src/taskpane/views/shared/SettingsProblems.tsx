import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Translate } from "../../../core/i18n";
import type { RuntimeProblem } from "../../../runtime/problems";
import { useViewStyles } from "./useViewStyles.styles";

/** One ignored setting in the pane's language (the console has the English message). */
export function problemText(problem: RuntimeProblem, t: Translate): string {
  if (problem.key === "document")
    return t(problem.reason === "not-an-object" ? "problems.not-an-object" : "problems.unreadable");
  const label = t(
    problem.key === "language"
      ? "settings.language"
      : problem.key === "klassBaseUrl"
        ? "settings.klassUrl"
        : "settings.brregUrl",
  );
  const name = problem.source === "global" ? t("problems.global", { name: label }) : label;
  const reason =
    problem.reason === "not-a-url" || problem.reason === "not-http" || problem.reason === "query-or-fragment"
      ? t(`settings.url.${problem.reason}`)
      : t("problems.unknown-language");
  return t("problems.value", { name, value: problem.value ?? "", reason });
}

/**
 * The settings the runtime ignored (a saved document that does not parse, a URL the core's check
 * refuses, …), as one warning: the add-in runs on the defaults meanwhile.
 */
export function SettingsProblems({
  problems,
  t,
  onOpenSettings,
  onDismiss,
}: {
  readonly problems: readonly RuntimeProblem[];
  readonly t: Translate;
  readonly onOpenSettings?: () => void;
  readonly onDismiss?: () => void;
}) {
  const styles = useViewStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label={t("problems.title")} data-testid="settings-problems">
      <MessageBarBody>
        <MessageBarTitle>{t("problems.title")}</MessageBarTitle>
        <ul className={styles.bullets}>
          {problems.map((problem, i) => (
            <li key={i}>{problemText(problem, t)}</li>
          ))}
        </ul>
        {t("problems.standard")}
      </MessageBarBody>
      {(onOpenSettings || onDismiss) && (
        <MessageBarActions>
          {onOpenSettings && (
            <Button size="small" onClick={onOpenSettings}>
              {t("problems.open")}
            </Button>
          )}
          {onDismiss && (
            <Button size="small" appearance="transparent" onClick={onDismiss}>
              {t("problems.dismiss")}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

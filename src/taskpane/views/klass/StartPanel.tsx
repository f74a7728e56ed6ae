import { Body1, Button, Caption1 } from "@fluentui/react-components";
import { BuildingRegular } from "@fluentui/react-icons";
import type { StringKey } from "../../../core/i18n";
import { useNavigation } from "../../Navigation";
import { usePaneContext } from "../../PaneContext";
import { useViewStyles } from "../shared/useViewStyles.styles";

/** The classifications most people come for, opened by id. */
const QUICK_LINKS: ReadonlyArray<{ readonly id: number; readonly key: StringKey }> = [
  { id: 131, key: "start.link.131" },
  { id: 104, key: "start.link.104" },
  { id: 6, key: "start.link.6" },
];

/** Searches that show what KLASS holds (in the language of the pane: the search text is KLASS's). */
const EXAMPLES: Readonly<Record<"nb" | "en", readonly string[]>> = {
  nb: ["kommune", "næring", "yrke"],
  en: ["municipality", "industry", "occupation"],
};

/**
 * A starting point on first open: example searches, the classifications most people need, and
 * the way to the company register.
 */
export function StartPanel({
  onSearch,
  onOpen,
}: {
  readonly onSearch: (text: string) => void;
  readonly onOpen: (classification: { id: number; name: string }) => void;
}) {
  const styles = useViewStyles();
  const { t, language } = usePaneContext();
  const goTo = useNavigation();
  return (
    <section className={styles.section} aria-labelledby="start-h">
      <Body1 as="h3" id="start-h">
        <strong>{t("start.heading")}</strong>
      </Body1>
      <Caption1 id="start-examples">{t("start.examples")}</Caption1>
      <div className={styles.row} role="group" aria-labelledby="start-examples">
        {EXAMPLES[language].map((text) => (
          <Button key={text} size="small" onClick={() => onSearch(text)}>
            {text}
          </Button>
        ))}
      </div>
      <Caption1 id="start-links">{t("start.links")}</Caption1>
      <div className={styles.row} role="group" aria-labelledby="start-links">
        {QUICK_LINKS.map(({ id, key }) => (
          <Button key={id} size="small" appearance="secondary" onClick={() => onOpen({ id, name: t(key) })}>
            {t(key)}
          </Button>
        ))}
        <Button size="small" appearance="subtle" icon={<BuildingRegular />} onClick={() => goTo("brreg")}>
          {t("start.companies")}
        </Button>
      </div>
    </section>
  );
}

import { Body1, Button, Caption1, Spinner, Subtitle2 } from "@fluentui/react-components";
import { unitCardFields } from "../../../core/brreg/unitCard";
import { brregCardFormula } from "../../../core/cards/formulas";
import { fieldLabel, formatIsoDate, formatNumber, plural, type Translate, type UiLanguage } from "../../../core/i18n";
import type { CellScalar } from "../../../core/resultGrid";
import { usePaneContext } from "../../PaneContext";
import { InsertCardButton } from "../shared/InsertCardButton";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { useUnitCard } from "./useUnitCard";
import { useUnitCardStyles } from "./useUnitCardStyles.styles";

/** Roles and underenheter belong to hovedenheter: an underenhet's card hides them (`hidden` loses to the form's display). */
const HIDDEN = { display: "none" } as const;

/** A card value as the pane's language writes it (21 408; 18.09.1972; Ja). */
function shown(value: CellScalar, kind: string, language: UiLanguage, t: Translate): string {
  if (typeof value === "number") return formatNumber(value, language);
  if (typeof value === "boolean") return value ? t("brreg.yes") : t("brreg.no");
  return kind === "date" ? formatIsoDate(value, language) : value;
}

/**
 * A search hit opened: the unit's main fields (labels people read, the API name as tooltip), its
 * roles and its underenheter (an underenhet: its hovedenhet instead), with Insert (the unit as a
 * one-row table, with the chosen fields).
 */
export function UnitCard({
  orgnr,
  name,
  onBack,
  onInsert,
  busy,
}: {
  readonly orgnr: string;
  readonly name: string;
  readonly onBack: () => void;
  readonly onInsert: () => void;
  readonly busy: boolean;
}) {
  const styles = useViewStyles();
  const { t, language } = usePaneContext();
  const card = { ...useUnitCard(orgnr), styles: useUnitCardStyles() };
  return (
    <div className={styles.view}>
      <div className={styles.row}>
        <Button onClick={onBack}>{t("common.back")}</Button>
      </div>
      <Subtitle2 as="h2">{card.unit?.navn ?? name}</Subtitle2>
      <section className={styles.form} aria-labelledby="card-fields-h">
        <Body1 as="h3" id="card-fields-h">
          <strong>{t("brreg.card.fields")}</strong>
        </Body1>
        {card.unit ? (
          <dl className={styles.list}>
            {unitCardFields(card.unit).map((f) => (
              <div key={f.name}>
                <dt className={card.styles.term} title={f.name}>
                  <Caption1 className={styles.muted}>{fieldLabel(f.name, language)}</Caption1>
                </dt>
                <dd className={card.styles.term}>
                  <Body1>{shown(f.value, f.kind, language, t)}</Body1>
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          !card.status && <Spinner size="tiny" label={t("common.loading")} />
        )}
      </section>
      {card.parent && (
        <section className={styles.form} aria-labelledby="card-parent-h">
          <Body1 as="h3" id="card-parent-h">
            <strong>{t("brreg.card.parent")}</strong>
          </Body1>
          <Body1>{card.parent.navn}</Body1>
          <Caption1 className={styles.muted}>{card.parent.organisasjonsnummer}</Caption1>
        </section>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={onInsert} disabled={busy}>
          {t("brreg.card.insert")}
        </Button>
      </div>
      <InsertCardButton formula={brregCardFormula(orgnr)} />
      <section className={styles.form} aria-labelledby="card-roles-h" style={card.isUnderenhet ? HIDDEN : undefined}>
        <Body1 as="h3" id="card-roles-h">
          <strong>{t("brreg.card.roles")}</strong>
        </Body1>
        {card.roles &&
          (card.roles.length ? (
            <ul className={styles.list}>
              {card.roles.map((r, i) => (
                <li key={`${r.kode}-${r.identitet}-${i}`}>
                  <Body1>{r.navn}</Body1> <Caption1 className={styles.muted}>{r.beskrivelse}</Caption1>
                </li>
              ))}
            </ul>
          ) : (
            <Caption1>{t("brreg.card.noRoles")}</Caption1>
          ))}
      </section>
      <section className={styles.form} aria-labelledby="card-subunits-h" style={card.isUnderenhet ? HIDDEN : undefined}>
        <Body1 as="h3" id="card-subunits-h">
          <strong>{t("brreg.card.subunits")}</strong>
        </Body1>
        {card.subunits &&
          (card.subunits.page.totalElements ? (
            <>
              <Caption1>{plural(t, "brreg.card.subunits.count", card.subunits.page.totalElements)}</Caption1>
              <ul className={styles.list}>
                {card.subunits.units.map((u) => (
                  <li key={u.organisasjonsnummer}>
                    <Body1>{u.navn}</Body1>{" "}
                    <Caption1 className={styles.muted}>
                      {u.organisasjonsnummer} · {u.beliggenhetsadresse?.kommune ?? ""}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Caption1>{t("brreg.card.noSubunits")}</Caption1>
          ))}
      </section>
      <StatusMessage status={card.status} />
    </div>
  );
}

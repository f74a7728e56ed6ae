import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import { orgformsFor } from "../../../core/brreg/orgformsFor";
import { plural } from "../../../core/i18n";
import { usePaneContext } from "../../PaneContext";
import { FocusFrame } from "../shared/FocusFrame";
import { BrregFieldPicker } from "../enrich/BrregFieldPicker";
import { StatusMessage } from "../shared/StatusMessage";
import { TargetPicker } from "../shared/TargetPicker";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { KommunePicker } from "./KommunePicker";
import { UnitCard } from "./UnitCard";
import { useBrregSearch, type TriState } from "./useBrregSearch";

/**
 * Enhetsregisteret: filters, the hit count and a page of hits (up to the API's 10,000 cap), insert
 * as a table; a hit opens its card (Escape or Back returns to the hits, focus on the heading).
 */
export function BrregView() {
  const s = useBrregSearch();
  const [opened, setOpened] = useState<{ orgnr: string; name: string } | undefined>();
  const close = () => setOpened(undefined);
  return (
    <FocusFrame focusKey={opened ? `unit-${opened.orgnr}` : "search"} {...(opened ? { onEscape: close } : {})}>
      {opened ? (
        <>
          <UnitCard
            orgnr={opened.orgnr}
            name={opened.name}
            onBack={close}
            onInsert={() => void s.insertUnit(opened.orgnr)}
            busy={s.busy}
          />
          <StatusMessage status={s.status} />
        </>
      ) : (
        <BrregSearch s={s} onOpen={setOpened} />
      )}
    </FocusFrame>
  );
}

function BrregSearch({
  s,
  onOpen,
}: {
  readonly s: ReturnType<typeof useBrregSearch>;
  readonly onOpen: (unit: { orgnr: string; name: string }) => void;
}) {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  const tri = (label: string, value: TriState, set: (v: TriState) => void) => (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={value} onChange={(_, d) => set(d.value as TriState)}>
        <Radio value="any" label={t("brreg.any")} />
        <Radio value="true" label={t("brreg.yes")} />
        <Radio value="false" label={t("brreg.no")} />
      </RadioGroup>
    </Field>
  );
  const orgform = s.orgforms.find((o) => o.kode === s.filters.organisasjonsform);
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("brreg.heading")}</Subtitle2>
      <form
        className={styles.form}
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void s.search();
        }}
      >
        <Field label={t("brreg.register")}>
          <RadioGroup
            layout="horizontal"
            value={s.register}
            onChange={(_, d) => s.setRegister(d.value === "underenheter" ? "underenheter" : "enheter")}
          >
            <Radio value="enheter" label={t("brreg.register.enheter")} />
            <Radio value="underenheter" label={t("brreg.register.underenheter")} />
          </RadioGroup>
        </Field>
        <Field label={t("brreg.navn")} {...s.fieldState("navn")}>
          <Input
            className={styles.fill}
            type="search"
            value={s.filters.navn}
            onChange={(_, d) => s.set("navn", d.value)}
          />
        </Field>
        <KommunePicker value={s.filters.kommunenummer} onChange={(v) => s.set("kommunenummer", v)} />
        <div className={styles.row}>
          <Field label={t("brreg.orgform")} {...s.fieldState("organisasjonsform")} className={styles.grow}>
            <Dropdown
              className={styles.fill}
              value={
                orgform
                  ? `${orgform.kode} ${orgform.beskrivelse}`
                  : s.filters.organisasjonsform || t("brreg.orgform.any")
              }
              selectedOptions={[s.filters.organisasjonsform]}
              onOptionSelect={(_, d) => s.set("organisasjonsform", d.optionValue ?? "")}
            >
              <Option value="">{t("brreg.orgform.any")}</Option>
              {orgformsFor(s.register, s.orgforms).map((o) => (
                <Option
                  key={o.kode}
                  value={o.kode}
                  text={`${o.kode} ${o.beskrivelse}`}
                >{`${o.kode} ${o.beskrivelse}`}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t("brreg.naeringskode")} {...s.fieldState("naeringskode")} className={styles.grow}>
            <Input
              className={styles.fill}
              value={s.filters.naeringskode}
              onChange={(_, d) => s.set("naeringskode", d.value)}
            />
          </Field>
        </div>
        <div className={styles.row}>
          <Field label={t("brreg.ansatteFra")} {...s.fieldState("fraAntallAnsatte")} className={styles.narrow}>
            <Input
              className={styles.fill}
              inputMode="numeric"
              value={s.filters.fraAntallAnsatte}
              onChange={(_, d) => s.set("fraAntallAnsatte", d.value)}
            />
          </Field>
          <Field label={t("brreg.ansatteTil")} {...s.fieldState("tilAntallAnsatte")} className={styles.narrow}>
            <Input
              className={styles.fill}
              inputMode="numeric"
              value={s.filters.tilAntallAnsatte}
              onChange={(_, d) => s.set("tilAntallAnsatte", d.value)}
            />
          </Field>
        </div>
        {s.register === "underenheter" ? (
          <Field label={t("brreg.overordnetEnhet")} {...s.fieldState("overordnetEnhet")}>
            <Input
              className={styles.fill}
              inputMode="numeric"
              value={s.filters.overordnetEnhet}
              onChange={(_, d) => s.set("overordnetEnhet", d.value)}
            />
          </Field>
        ) : (
          <>
            {tri(t("brreg.konkurs"), s.filters.konkurs, (v) => s.set("konkurs", v))}
            {tri(t("brreg.underAvvikling"), s.filters.underAvvikling, (v) => s.set("underAvvikling", v))}
          </>
        )}
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={s.busy}>
            {t("common.search")}
          </Button>
        </div>
      </form>
      {s.busy && <Spinner size="tiny" label={t("common.loading")} />}
      {s.page && (
        <section className={styles.form} aria-label={plural(t, "brreg.count", s.total)}>
          <Body1 role="status">{plural(t, "brreg.count", s.total)}</Body1>
          {s.capped && <StatusMessage status={{ intent: "warning", text: t("brreg.cap", { count: s.total }) }} />}
          <ul className={styles.list}>
            {s.page.units.map((u) => (
              <li key={u.organisasjonsnummer} className={styles.item}>
                <Button
                  className={styles.entry}
                  appearance="transparent"
                  onClick={() => onOpen({ orgnr: u.organisasjonsnummer, name: u.navn })}
                  aria-label={t("brreg.open", { name: u.navn })}
                >
                  {u.navn}
                </Button>
                <Caption1 className={styles.muted}>
                  {u.organisasjonsnummer} · {u.organisasjonsform?.kode ?? ""} ·{" "}
                  {(u.forretningsadresse ?? u.beliggenhetsadresse)?.kommune ?? ""}
                </Caption1>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button onClick={() => void s.prev()} disabled={s.busy || s.pageIndex === 0}>
              {t("brreg.prev")}
            </Button>
            <Caption1>{t("brreg.page", { page: s.pageIndex + 1, pages: s.lastPage + 1 })}</Caption1>
            <Button onClick={() => void s.next()} disabled={s.busy || s.pageIndex >= s.lastPage}>
              {t("brreg.next")}
            </Button>
          </div>
          <div className={styles.section}>
            <BrregFieldPicker
              selected={s.fields}
              onToggle={s.toggleField}
              label={t("brreg.fields")}
              registers={[s.searchedRegister]}
            />
            <Field label={t("brreg.max")} className={styles.grow}>
              <Input className={styles.fill} inputMode="numeric" value={s.max} onChange={(_, d) => s.setMax(d.value)} />
            </Field>
            <TargetPicker value={s.target} onChange={s.setTarget} columns={s.fields.length} rows={s.insertRows} />
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void s.insert()} disabled={!s.canInsert}>
                {t("common.insert")}
              </Button>
              <Button onClick={() => void s.insertFormula()} disabled={!s.canInsert}>
                {t("klass.insertFormula")}
              </Button>
            </div>
          </div>
        </section>
      )}
      <StatusMessage status={s.status} />
    </div>
  );
}

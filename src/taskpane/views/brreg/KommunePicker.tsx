import { Combobox, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { usePaneContext } from "../../PaneContext";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { useKommuner } from "./useKommuner";

const SHOWN = 60;

/** A municipality picker fed by KLASS 131: type a name or number; a typed four-digit number is accepted as is. */
export function KommunePicker({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (nummer: string) => void;
}) {
  const { t } = usePaneContext();
  const styles = useViewStyles();
  const kommuner = useKommuner();
  const [text, setText] = useState("");
  const matches = useMemo(() => {
    const q = text.trim().toLowerCase();
    return (q ? kommuner.filter((k) => k.nummer.startsWith(q) || k.navn.toLowerCase().includes(q)) : kommuner).slice(
      0,
      SHOWN,
    );
  }, [kommuner, text]);
  const chosen = kommuner.find((k) => k.nummer === value);
  return (
    <Field label={t("brreg.kommune")}>
      <Combobox
        className={styles.fill}
        freeform
        placeholder={t("brreg.kommune.placeholder")}
        value={text || (chosen ? `${chosen.nummer} ${chosen.navn}` : value)}
        selectedOptions={value ? [value] : []}
        onChange={(e) => {
          const typed = e.target.value;
          setText(typed);
          if (typed.trim() === "") onChange("");
          else if (/^\d{4}$/.test(typed.trim())) onChange(typed.trim());
        }}
        onOptionSelect={(_, d) => {
          onChange(d.optionValue ?? "");
          setText("");
        }}
      >
        {matches.map((k) => (
          <Option key={k.nummer} value={k.nummer} text={`${k.nummer} ${k.navn}`}>{`${k.nummer} ${k.navn}`}</Option>
        ))}
      </Combobox>
    </Field>
  );
}

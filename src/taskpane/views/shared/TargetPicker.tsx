import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { usePaneContext } from "../../PaneContext";
import type { InsertTarget } from "../../actions/insertReport";

/** Where an inserted table goes: at the selected cell, or on a new sheet. */
export function TargetPicker({
  value,
  onChange,
}: {
  readonly value: InsertTarget;
  readonly onChange: (value: InsertTarget) => void;
}) {
  const { t } = usePaneContext();
  return (
    <Field label={t("common.target")}>
      <RadioGroup layout="horizontal" value={value} onChange={(_, data) => onChange(data.value as InsertTarget)}>
        <Radio value="newSheet" label={t("common.target.newSheet")} />
        <Radio value="selection" label={t("common.target.selection")} />
      </RadioGroup>
    </Field>
  );
}

import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { usePaneContext } from "../../PaneContext";
import type { InsertTarget } from "../../actions/insertReport";
import { useTargetPicker } from "./useTargetPicker";

/**
 * Where an inserted table goes: at the selected cell, or on a new sheet. At the selected cell it
 * shows the range the table will take (`columns` wide, `rows` data rows under a header when known),
 * and, for an exact range, names the cells that would stop the write.
 */
export function TargetPicker({
  value,
  onChange,
  columns,
  rows,
}: {
  readonly value: InsertTarget;
  readonly onChange: (value: InsertTarget) => void;
  readonly columns: number;
  readonly rows?: number;
}) {
  const { t } = usePaneContext();
  const where = useTargetPicker(value, columns, rows);
  return (
    <Field
      label={t("common.target")}
      validationState={where?.blocked ? "warning" : "none"}
      validationMessage={where?.blocked}
    >
      <RadioGroup layout="horizontal" value={value} onChange={(_, data) => onChange(data.value as InsertTarget)}>
        <Radio value="newSheet" label={t("common.target.newSheet")} />
        <Radio value="selection" label={t("common.target.selection")} />
      </RadioGroup>
      {where && <Caption1 role="status">{where.where}</Caption1>}
    </Field>
  );
}

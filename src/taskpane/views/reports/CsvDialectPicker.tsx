import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import { CSV_DIALECTS, type CsvDialectName } from "../../../core/csv";
import { usePaneContext } from "../../PaneContext";

/** The CSV download's format, chosen before downloading; Norwegian Excel's by default in the nb pane. */
export function useCsvDialect() {
  const { language } = usePaneContext();
  const [name, setName] = useState<CsvDialectName>(language === "nb" ? "nordic" : "international");
  return { name, setName, dialect: CSV_DIALECTS[name] };
}

export function CsvDialectPicker({
  value,
  onChange,
}: {
  readonly value: CsvDialectName;
  readonly onChange: (name: CsvDialectName) => void;
}) {
  const { t } = usePaneContext();
  return (
    <Field label={t("csv.dialect")}>
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value as CsvDialectName)}>
        <Radio value="nordic" label={t("csv.dialect.nordic")} />
        <Radio value="international" label={t("csv.dialect.international")} />
      </RadioGroup>
    </Field>
  );
}

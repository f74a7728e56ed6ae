import { Button, Caption1, Dropdown, Field, Option, Subtitle2 } from "@fluentui/react-components";
import { useRef } from "react";
import type { CsvEncoding } from "../../../core/csv";
import { usePaneContext } from "../../PaneContext";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { useCsvImport } from "./useCsvImport";
import type { SourceColumn } from "./useEnrich";

/** "Or load a CSV file": file, encoding, Load; the loaded first column becomes Enrich's source. */
export function CsvImport({
  onLoaded,
  disabled,
}: {
  readonly onLoaded: (column: SourceColumn) => void;
  readonly disabled?: boolean;
}) {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  const csv = useCsvImport(onLoaded);
  const input = useRef<HTMLInputElement>(null);
  const encodings: readonly [CsvEncoding, string][] = [
    ["auto", t("enrich.csv.auto")],
    ["utf-8", "UTF-8"],
    ["iso-8859-1", "ISO-8859-1"],
  ];
  return (
    <section className={styles.section} aria-labelledby="csv-h">
      <Subtitle2 as="h3" id="csv-h">
        {t("enrich.csv")}
      </Subtitle2>
      <div className={styles.row}>
        <input
          ref={input}
          id="csv-file"
          className={styles.hiddenInput}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-label={t("enrich.csv.file")}
          onChange={(e) => csv.setFile(e.target.files?.[0])}
          disabled={disabled || csv.busy}
          tabIndex={-1}
        />
        <Button onClick={() => input.current?.click()} disabled={disabled || csv.busy}>
          {t("enrich.csv.choose")}
        </Button>
        <Caption1>{csv.file ? csv.file.name : t("enrich.csv.none")}</Caption1>
      </div>
      <div className={styles.row}>
        <Field label={t("enrich.csv.encoding")} className={styles.grow}>
          <Dropdown
            className={styles.fill}
            value={encodings.find(([v]) => v === csv.encoding)?.[1] ?? ""}
            selectedOptions={[csv.encoding]}
            onOptionSelect={(_, d) => d.optionValue && csv.setEncoding(d.optionValue as CsvEncoding)}
          >
            {encodings.map(([value, label]) => (
              <Option key={value} value={value}>
                {label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button onClick={() => void csv.load()} disabled={!csv.file || csv.busy || disabled}>
          {t("common.insert")}
        </Button>
      </div>
      <StatusMessage status={csv.status} />
    </section>
  );
}

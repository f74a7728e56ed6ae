import { useCallback, useState } from "react";
import { decodeCsvBytes, parseCsvText, rejectSpreadsheet, type CsvEncoding } from "../../../core/csv";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";
import type { SourceColumn } from "./useEnrich";

/**
 * Loads a CSV file into a new sheet as a table (every column as text, so codes and orgnr keep
 * their zeros), then selects its first column for Enrich. Rows stream from papaparse in chunks.
 */
export function useCsvImport(onLoaded: (column: SourceColumn) => void) {
  const { gateway, t } = usePaneContext();
  const [file, setFile] = useState<File | undefined>();
  const [encoding, setEncoding] = useState<CsvEncoding>("auto");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();

  const load = useCallback(async () => {
    if (!file) return;
    setBusy(true);
    setStatus(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      rejectSpreadsheet(bytes, file.name);
      const { text } = decodeCsvBytes(bytes, encoding);
      const rows: string[][] = [];
      await parseCsvText(text, { onRows: (chunk) => rows.push(...chunk) });
      const [head, ...body] = rows;
      if (!head) throw new Error("the file is empty");
      const width = Math.max(head.length, ...body.map((r) => r.length));
      const header = Array.from({ length: width }, (_, i) => head[i]?.trim() || `column${i + 1}`);
      const data = body.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
      // Sheet names may not hold : \ / ? * [ ] (Excel's rule).
      const sheet = await gateway.addSheet(
        file.name
          .replace(/\.[^.]*$/, "")
          .replace(/[:\\/?*[\]]/g, "_")
          .slice(0, 25) || "CSV",
      );
      const info = await gateway.createTable({
        sheet,
        row: 0,
        column: 0,
        name: `CSV_${sheet}`,
        header,
        rows: data,
        textColumns: new Set(header.map((_, i) => i)),
      });
      await gateway.selectRange(sheet, 0, 0, data.length + 1, 1);
      onLoaded({
        sheet,
        address: `A1:A${data.length + 1}`,
        row: 0,
        column: 0,
        width: header.length,
        values: [header[0] ?? "", ...data.map((r) => r[0] ?? "")],
      });
      setStatus({ intent: "success", text: t("enrich.csv.loaded", { rows: info.rowCount, file: file.name, sheet }) });
    } catch (error) {
      setStatus(errorStatus(error, t));
    } finally {
      setBusy(false);
    }
  }, [file, encoding, gateway, onLoaded, t]);

  return { file, setFile, encoding, setEncoding, busy, status, load };
}

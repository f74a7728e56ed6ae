import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { FailureStyle } from "../../../core/enrich";
import { usePaneContext } from "../../PaneContext";
import type { Placement, useEnrich } from "./useEnrich";

/**
 * Where Enrich writes and what a failed row shows, and the exact target before anything is
 * written ("Skriver til Sheet1!B1:E1001"): Office.js writes cannot be undone.
 */
export function EnrichPlacement({ e }: { readonly e: ReturnType<typeof useEnrich> }) {
  const { t } = usePaneContext();
  const note = t("enrich.note.header");
  const where = e.writeTarget;
  return (
    <>
      <Field label={t("enrich.placement")}>
        <RadioGroup value={e.placement} onChange={(_, d) => e.setPlacement(d.value as Placement)} disabled={e.running}>
          <Radio value="insert" label={t("enrich.placement.insert")} />
          <Radio value="empty" label={t("enrich.placement.empty")} />
        </RadioGroup>
      </Field>
      <Field label={t("enrich.failures")}>
        <RadioGroup
          value={e.failureStyle}
          onChange={(_, d) => e.setFailureStyle(d.value as FailureStyle)}
          disabled={e.running}
        >
          <Radio value="note" label={t("enrich.failures.note", { note })} />
          <Radio value="excel-error" label={t("enrich.failures.excel")} />
        </RadioGroup>
      </Field>
      {e.source && where !== undefined && (
        <Caption1 role="status">
          {where === null
            ? t("enrich.writesTo.none", { columns: e.width })
            : t(where.insert ? "enrich.writesTo.insert" : "enrich.writesTo", {
                sheet: e.source.sheet,
                address: where.address,
                columns: e.width,
              })}
        </Caption1>
      )}
    </>
  );
}

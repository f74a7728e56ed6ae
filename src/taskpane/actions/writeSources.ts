import type { ReportDefinition } from "../../core/reports";
import { functionsInFormulas, sourcesNumberFormats, sourcesRows } from "../../core/sheet/sourcesRows";
import type { UiLanguage } from "../../core/i18n";
import type { WorkbookGateway } from "../../office/gateway";
import { readFrozen } from "./freezeFormulas";

/**
 * Writes the Sources sheet (a new sheet each time, so an edited one is never overwritten), in the
 * pane's language, "Hentet" as an Excel date-time: reports, frozen ranges (freeze & cite) and the
 * function families the workbook's formulas call.
 */
export async function writeSourcesSheet(
  gateway: WorkbookGateway,
  reports: readonly ReportDefinition[],
  urls: { klassBaseUrl: string; brregBaseUrl: string },
  sheetName: string,
  language: UiLanguage,
): Promise<string> {
  const functions = functionsInFormulas(await gateway.addinFormulas());
  const frozen = await readFrozen(gateway);
  const rows = sourcesRows({ reports, frozen, functions, ...urls, now: new Date().toISOString(), language });
  const sheet = await gateway.addSheet(sheetName);
  await gateway.write({
    sheet,
    row: 0,
    column: 0,
    values: rows,
    numberFormats: sourcesNumberFormats(rows, language),
  });
  return sheet;
}

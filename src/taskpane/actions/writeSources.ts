import type { ReportDefinition } from "../../core/reports";
import { TEXT_FORMAT } from "../../core/sheet/cells";
import { functionsInFormulas, sourcesRows } from "../../core/sheet/sourcesRows";
import type { Translate } from "../../core/i18n";
import type { WorkbookGateway } from "../../office/gateway";

/** Writes the Sources sheet (a new sheet each time, so an edited one is never overwritten). */
export async function writeSourcesSheet(
  gateway: WorkbookGateway,
  reports: readonly ReportDefinition[],
  urls: { klassBaseUrl: string; brregBaseUrl: string },
  sheetName: string,
  t: Translate,
): Promise<string> {
  const functions = functionsInFormulas(await gateway.addinFormulas());
  const rows = sourcesRows({ reports, functions, ...urls, now: new Date().toISOString(), t });
  const sheet = await gateway.addSheet(sheetName);
  await gateway.write({
    sheet,
    row: 0,
    column: 0,
    values: rows,
    numberFormats: rows.map((r) => r.map(() => TEXT_FORMAT)),
  });
  return sheet;
}

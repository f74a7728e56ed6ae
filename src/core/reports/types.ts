import type { BrregRegister } from "../brreg/types";
import type { KlassLanguage } from "../klass/types";

/**
 * A report: a table the taskpane inserted, with the query that made it, recorded in the workbook
 * (gateway settings) so it can be refreshed, listed and cited on the Sources sheet.
 */
export type ReportSource = KlassCodesSource | KlassVariantSource | KlassCorrespondenceSource | BrregSearchSource;

/** A KLASS code table (`codesAt`). */
export interface KlassCodesSource {
  readonly kind: "klass-codes";
  readonly classificationId: number;
  readonly classificationName: string;
  /** ISO date the report is pinned to; undefined = the date of each refresh ("today"). */
  readonly date?: string;
  readonly level?: number;
  readonly language: KlassLanguage;
  readonly columns: readonly string[];
  readonly selectCodes?: string;
}

/** A variant (grouping) of a KLASS classification at a date (`KLASS.VARIANTCODES`). */
export interface KlassVariantSource {
  readonly kind: "klass-variant";
  readonly classificationId: number;
  readonly classificationName: string;
  readonly variantId: number;
  readonly variantName: string;
  /** ISO date the report is pinned to; undefined = the date of each refresh ("today"). */
  readonly date?: string;
  readonly language: KlassLanguage;
}

/**
 * A correspondence table by its id (`correspondencetables/{id}`, `KLASS.CORRESPONDTABLE`), as
 * listed on a classification's page (its versions' pages give the ids).
 */
export interface KlassCorrespondenceSource {
  readonly kind: "klass-correspondence";
  /** The classification whose page listed it (shown in the Reports list). */
  readonly classificationId: number;
  readonly classificationName: string;
  readonly tableId: number;
  /** The table's name as listed ("Fylkesinndeling 2024 - Kommuneinndeling 2024"). */
  readonly tableName: string;
  readonly language: KlassLanguage;
}

/** An Enhetsregisteret search (`enheter?…`). */
export interface BrregSearchSource {
  readonly kind: "brreg-search";
  /** The register searched; absent (reports saved before there was a choice) means enheter. */
  readonly register?: BrregRegister;
  /** The API's own query parameters (no size/page). */
  readonly params: Readonly<Record<string, string>>;
  readonly fields: readonly string[];
  /** Most rows (≤ 10,000, the API's cap). */
  readonly max: number;
}

export interface ReportDefinition {
  readonly id: string;
  readonly title: string;
  readonly source: ReportSource;
  readonly tableName: string;
  readonly sheet: string;
  /** Data rows at the last insert/refresh. */
  readonly rows: number;
  /** ISO timestamp of the last insert/refresh (the retrieval time cited on the Sources sheet). */
  readonly lastRefreshed: string;
  /** The request URLs the rows came from. */
  readonly urls: readonly string[];
}

/** Rows built for a report: header, data, which columns are codes (text) or dates, and their URLs. */
export interface ReportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | boolean)[])[];
  readonly textColumns: ReadonlySet<number>;
  /** Columns of dates: their ISO dates are Excel serials in `rows`, to be written with a date format. */
  readonly dateColumns: ReadonlySet<number>;
  readonly urls: readonly string[];
  /** Columns that together identify a row on refresh (default: the first; see ./merge.ts). */
  readonly keyColumns?: readonly number[];
  /** Hits the API reports in total (BRREG search), when more than the rows. */
  readonly totalElements?: number;
}

/** A report is fresh for this long after its last refresh (the fetch layer's default TTL). */
const REPORT_FRESH_MS = 24 * 60 * 60 * 1000;

/** "fresh" within {@link REPORT_FRESH_MS} of its last refresh, else "stale". */
export function reportState(report: Pick<ReportDefinition, "lastRefreshed">, now: number): "fresh" | "stale" {
  const at = Date.parse(report.lastRefreshed);
  return Number.isFinite(at) && now - at < REPORT_FRESH_MS ? "fresh" : "stale";
}

/** Short "key=value" text of a report's parameters, for the Reports list. */
export function describeParameters(source: ReportSource, today?: string): string {
  if (source.kind === "klass-codes") {
    const parts = [
      `${source.classificationId}`,
      `date=${source.date ?? (today ? `${today} (today)` : "today")}`,
      `language=${source.language}`,
    ];
    if (source.level !== undefined) parts.push(`level=${source.level}`);
    if (source.selectCodes) parts.push(`selectCodes=${source.selectCodes}`);
    return parts.join(", ");
  }
  if (source.kind === "klass-correspondence")
    return [
      `${source.classificationId}`,
      `table=${source.tableId} ${source.tableName}`,
      `language=${source.language}`,
    ].join(", ");
  if (source.kind === "klass-variant")
    return [
      `${source.classificationId}`,
      `variant=${source.variantId} ${source.variantName}`,
      `date=${source.date ?? (today ? `${today} (today)` : "today")}`,
      `language=${source.language}`,
    ].join(", ");
  const params = Object.entries(source.params).map(([k, v]) => `${k}=${v}`);
  return (source.register === "underenheter" ? ["underenheter", ...params] : params).join(", ");
}

import { translator, type StringKey, type Translate, type UiLanguage } from "../i18n";
import type { ReportDefinition } from "../reports/types";
import { describeParameters } from "../reports/types";
import type { CellValue } from "./cells";
import { DATE_TIME_FORMAT, isoToExcelDateTime, isoToLocalText } from "./excelDate";
import { TEXT_FORMAT } from "./cells";
import type { FrozenRange } from "../formulas/frozen";
import { blockAddress } from "./address";

/**
 * The Sources sheet: what every report and every function family in the workbook came from —
 * API, URLs, when it was retrieved, and the licence, as both licences require attribution
 * (KLASS: CC BY 4.0, Statistics Norway; Enhetsregisteret: NLOD 2.0, Brønnøysundregistrene).
 */
interface ApiCitation {
  /** The API's and the publisher's names are written in the pane's language. */
  readonly api: StringKey;
  readonly publisher: StringKey;
  readonly licence: string;
  readonly licenceUrl: string;
}

const CITATIONS: Readonly<Record<"klass" | "brreg", ApiCitation>> = {
  klass: {
    api: "sources.klass.api",
    publisher: "sources.klass.publisher",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
  },
  brreg: {
    api: "sources.brreg.api",
    publisher: "sources.brreg.publisher",
    licence: "NLOD 2.0",
    licenceUrl: "https://data.norge.no/nlod/no/2.0",
  },
};

/** The columns of the Sources sheet, as i18n keys (the header is written in the UI's language). */
const SOURCES_COLUMNS = [
  "sources.what",
  "sources.api",
  "sources.url",
  "sources.parameters",
  "sources.retrieved",
  "sources.licence",
  "sources.publisher",
] as const;

interface SourcesInput {
  readonly reports: readonly ReportDefinition[];
  /** Add-in formulas frozen to values (freeze & cite): each listed with its own provenance. */
  readonly frozen?: readonly FrozenRange[];
  /** Custom function names found in the workbook, e.g. ["KLASS.CODENAME", "BRREG.ENHET"]. */
  readonly functions: readonly string[];
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
  /** ISO timestamp of now (for the functions, which fetch at each recalculation). */
  readonly now: string;
  /** The UI's language (default English): the sheet is written in the language of the pane. */
  readonly language?: UiLanguage;
  /** Minutes from UTC to the local time "Hentet" is written in (default: this machine's). */
  readonly offsetMinutes?: number;
}

/**
 * The rows of the Sources sheet, header first: text, except "Hentet"/"Retrieved" of a report,
 * an Excel date-time (see {@link sourcesNumberFormats}).
 */
export function sourcesRows(input: SourcesInput): CellValue[][] {
  const language = input.language ?? "en";
  const t: Translate = translator(language);
  const rows: CellValue[][] = [SOURCES_COLUMNS.map((key) => t(key))];
  for (const report of input.reports) {
    const api = report.source.kind === "brreg-search" ? "brreg" : "klass";
    const c = CITATIONS[api];
    rows.push([
      t("sources.table", { table: report.tableName, title: report.title, sheet: report.sheet }),
      t(c.api),
      report.urls.join(" "),
      describeParameters(report.source),
      isoToExcelDateTime(report.lastRefreshed, input.offsetMinutes),
      `${c.licence} ${c.licenceUrl}`,
      t(c.publisher),
    ]);
  }
  for (const frozen of input.frozen ?? []) {
    const apis = (["klass", "brreg"] as const).filter((api) =>
      frozen.functions.some((f) => f.startsWith(api === "klass" ? "KLASS." : "BRREG.")),
    );
    const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(frozen.sheet)
      ? frozen.sheet
      : `'${frozen.sheet.replace(/'/g, "''")}'`;
    rows.push([
      t("sources.frozen", {
        range: `${sheet}!${blockAddress(frozen.row, frozen.column, frozen.rowCount, frozen.columnCount)}`,
      }),
      apis.map((api) => t(CITATIONS[api].api)).join("; "),
      frozen.urls.join(" "),
      frozen.formula,
      isoToExcelDateTime(frozen.retrieved, input.offsetMinutes),
      frozen.licence,
      apis.map((api) => t(CITATIONS[api].publisher)).join("; "),
    ]);
  }
  const families = [
    { prefix: "KLASS.", api: "klass" as const, url: input.klassBaseUrl },
    { prefix: "BRREG.", api: "brreg" as const, url: input.brregBaseUrl },
  ];
  for (const family of families) {
    const used = [
      ...new Set(input.functions.filter((f) => f.toUpperCase().startsWith(family.prefix)).map((f) => f.toUpperCase())),
    ].sort();
    if (used.length === 0) continue;
    const c = CITATIONS[family.api];
    rows.push([
      t("sources.functions", { names: used.join(", ") }),
      t(c.api),
      family.url,
      t("sources.functions.parameters"),
      t("sources.functions.retrieved", { now: isoToLocalText(input.now, language, input.offsetMinutes) }),
      `${c.licence} ${c.licenceUrl}`,
      t(c.publisher),
    ]);
  }
  return rows;
}

/** The number formats for {@link sourcesRows}: text everywhere, a date-time format for the dates. */
export function sourcesNumberFormats(rows: readonly (readonly CellValue[])[], language: UiLanguage = "en"): string[][] {
  return rows.map((row) => row.map((value) => (typeof value === "number" ? DATE_TIME_FORMAT[language] : TEXT_FORMAT)));
}

/** Function names (KLASS.X / BRREG.X) used in a set of formulas. */
export function functionsInFormulas(formulas: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const formula of formulas)
    for (const match of formula.matchAll(/\b((?:KLASS|BRREG)\.[A-Z0-9_.]+)\s*\(/gi))
      found.add((match[1] ?? "").toUpperCase());
  return [...found].sort();
}

import { translator, type Translate } from "../i18n";
import type { ReportDefinition } from "../reports/types";
import { describeParameters } from "../reports/types";

/**
 * The Sources sheet: what every report and every function family in the workbook came from —
 * API, URLs, when it was retrieved, and the licence, as both licences require attribution
 * (KLASS: CC BY 4.0, Statistics Norway; Enhetsregisteret: NLOD 2.0, Brønnøysundregistrene).
 */
interface ApiCitation {
  readonly api: string;
  readonly publisher: string;
  readonly licence: string;
  readonly licenceUrl: string;
}

const CITATIONS: Readonly<Record<"klass" | "brreg", ApiCitation>> = {
  klass: {
    api: "KLASS (Statistics Norway's classification API)",
    publisher: "Statistics Norway (SSB)",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
  },
  brreg: {
    api: "Enhetsregisteret (Brønnøysundregistrene's open data API)",
    publisher: "Brønnøysundregistrene",
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
  /** Custom function names found in the workbook, e.g. ["KLASS.CODENAME", "BRREG.ENHET"]. */
  readonly functions: readonly string[];
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
  /** ISO timestamp of now (for the functions, which fetch at each recalculation). */
  readonly now: string;
  /** The UI's translator (default English): the sheet is written in the language of the pane. */
  readonly t?: Translate;
}

/** The rows of the Sources sheet, header first (all text; the writer formats them as text). */
export function sourcesRows(input: SourcesInput): string[][] {
  const t = input.t ?? translator("en");
  const rows: string[][] = [SOURCES_COLUMNS.map((key) => t(key))];
  for (const report of input.reports) {
    const api = report.source.kind === "klass-codes" ? "klass" : "brreg";
    const c = CITATIONS[api];
    rows.push([
      t("sources.table", { table: report.tableName, title: report.title, sheet: report.sheet }),
      c.api,
      report.urls.join(" "),
      describeParameters(report.source),
      report.lastRefreshed,
      `${c.licence} ${c.licenceUrl}`,
      c.publisher,
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
      c.api,
      family.url,
      t("sources.functions.parameters"),
      t("sources.functions.retrieved", { now: input.now }),
      `${c.licence} ${c.licenceUrl}`,
      c.publisher,
    ]);
  }
  return rows;
}

/** Function names (KLASS.X / BRREG.X) used in a set of formulas. */
export function functionsInFormulas(formulas: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const formula of formulas)
    for (const match of formula.matchAll(/\b((?:KLASS|BRREG)\.[A-Z0-9_.]+)\s*\(/gi))
      found.add((match[1] ?? "").toUpperCase());
  return [...found].sort();
}

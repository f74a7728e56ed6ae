import { NotFoundError } from "../errors";
import { isoToday } from "../args";
import type { BrregData } from "../brreg/brregData";
import { findField } from "../brreg/fieldCatalogue";
import { fieldValue, parseFields } from "../brreg/fields";
import { capNote, searchUnits } from "../brreg/search";
import { klassCodes } from "../klass/codeTables";
import { klassCorrespondTable } from "../klass/correspondTable";
import { klassVariantCodes } from "../klass/variants";
import type { KlassData } from "../klass/klassData";
import { withExcelDates } from "../sheet/excelDate";
import { cellText } from "./cellText";
import type {
  BrregSearchSource,
  KlassCodesSource,
  KlassCorrespondenceSource,
  KlassVariantSource,
  ReportSource,
  ReportTable,
} from "./types";

/** What building a report's rows needs: the data access of the shared services, a clock, base URLs. */
export interface ReportDeps {
  readonly klass: KlassData;
  readonly brreg: BrregData;
  readonly now: () => number;
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
}

/** Columns that hold codes or numbers with meaningful leading zeros: written as text. */
const CODE_COLUMN = /(^code$|Code$|organisasjonsnummer|overordnetEnhet|kommunenummer|postnummer|\.kode$|sektorkode)/;

export function textColumnsOf(header: readonly string[]): Set<number> {
  return new Set(header.flatMap((name, i) => (CODE_COLUMN.test(name) ? [i] : [])));
}

/** KLASS fields that hold dates (codes', versions' and correspondence items' validity). */
const KLASS_DATE_FIELDS = new Set(["validFrom", "validTo", "validFromInRequestedRange", "validToInRequestedRange"]);

/**
 * Columns that hold dates: written as Excel dates (a serial and a date format), not ISO text.
 * KLASS validity fields, and BRREG fields the catalogue knows as dates (stiftelsesdato, …).
 */
export function dateColumnsOf(header: readonly string[]): Set<number> {
  return new Set(
    header.flatMap((name, i) => (KLASS_DATE_FIELDS.has(name) || findField(name)?.kind === "date" ? [i] : [])),
  );
}

/** A table's rows and columns as the sheet gets them: its ISO dates as Excel serials. */
function dated(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]) {
  const dateColumns = dateColumnsOf(header);
  return { rows: withExcelDates(rows, dateColumns), dateColumns, textColumns: textColumnsOf(header) };
}

/** The `codesAt` URL a KLASS report reads (cited on the Sources sheet). */
function klassCodesUrl(base: string, source: KlassCodesSource, date: string): string {
  const query = new URLSearchParams({ date, language: source.language });
  if (source.level !== undefined) query.set("level", String(source.level));
  if (source.selectCodes) query.set("selectCodes", source.selectCodes);
  return `${base}/classifications/${source.classificationId}/codesAt?${query.toString()}`;
}

function brregSearchUrl(base: string, source: BrregSearchSource): string {
  const query = new URLSearchParams({ ...source.params, size: String(Math.min(source.max, 10_000)) });
  return `${base}/${source.register ?? "enheter"}?${query.toString()}`;
}

async function klassTable(deps: ReportDeps, source: KlassCodesSource): Promise<ReportTable> {
  const date = source.date ?? isoToday(deps.now());
  const grid = await klassCodes(
    { klass: deps.klass, now: deps.now },
    source.classificationId,
    date,
    source.level ?? null,
    source.selectCodes ?? null,
    source.columns.join(","),
    source.language,
  );
  const [head, ...body] = grid;
  const header = (head ?? []).map(String);
  // A level that does not exist or selectCodes that match nothing is a failure, not a table of
  // one error row (or of none) reported as inserted.
  const failed = body.flat().find((cell): cell is Error => cell instanceof Error);
  if (failed) throw failed;
  if (body.length === 0)
    throw new NotFoundError(
      `${source.classificationId} has no codes at ${date} for level ${source.level ?? "(all)"} and selectCodes ${source.selectCodes ?? "(all)"}`,
      { api: "klass" },
    );
  return {
    header,
    ...dated(
      header,
      body.map((row) => row.map(cellText)),
    ),
    urls: [klassCodesUrl(deps.klassBaseUrl, source, date)],
  };
}

async function brregTable(deps: ReportDeps, source: BrregSearchSource): Promise<ReportTable> {
  const register = source.register ?? "enheter";
  const fields = parseFields(source.fields.join(","), [register]);
  const result = await searchUnits(deps.brreg, register, source.params, Math.min(source.max, 10_000));
  const header = fields.map((f) => f.name);
  const rows = result.units.map((unit) => fields.map((f) => fieldValue(unit, f)));
  if (result.capped) rows.push(header.map((_, i) => (i === 0 ? capNote(result) : "")));
  return {
    header,
    ...dated(header, rows),
    urls: [brregSearchUrl(deps.brregBaseUrl, source)],
    totalElements: result.totalElements,
  };
}

/**
 * The rows of a report, fetched through the shared services (cached; after a revalidation the
 * changed entries are fresh). A KLASS report pinned to a date asks for that date every time, so
 * it gives the same values on every refresh unless KLASS itself corrected that version.
 */
export function buildReportTable(deps: ReportDeps, source: ReportSource): Promise<ReportTable> {
  if (source.kind === "klass-codes") return klassTable(deps, source);
  if (source.kind === "klass-variant") return variantTable(deps, source);
  if (source.kind === "klass-correspondence") return correspondenceTable(deps, source);
  return brregTable(deps, source);
}

/** A variant's codes at the date, as `KLASS.VARIANTCODES` gives them (header row first). */
async function variantTable(deps: ReportDeps, source: KlassVariantSource): Promise<ReportTable> {
  const date = source.date ?? isoToday(deps.now());
  const grid = await klassVariantCodes(
    { klass: deps.klass, now: deps.now },
    source.classificationId,
    source.variantId,
    date,
    undefined,
    undefined,
    source.language,
  );
  const [head, ...body] = grid;
  const header = (head ?? []).map(String);
  const failed = body.flat().find((cell): cell is Error => cell instanceof Error);
  if (failed) throw failed;
  const query = new URLSearchParams({ date, language: source.language });
  return {
    header,
    ...dated(
      header,
      body.map((row) => row.map(cellText)),
    ),
    urls: [`${deps.klassBaseUrl}/variants/${source.variantId}?${query.toString()}`],
  };
}

/** A correspondence table by its id, as `KLASS.CORRESPONDTABLE` gives it (header row first). */
async function correspondenceTable(deps: ReportDeps, source: KlassCorrespondenceSource): Promise<ReportTable> {
  const grid = await klassCorrespondTable(
    { klass: deps.klass, now: deps.now },
    source.tableId,
    undefined,
    source.language,
  );
  const [head, ...body] = grid;
  const header = (head ?? []).map(String);
  const query = new URLSearchParams({ language: source.language });
  return {
    header,
    ...dated(
      header,
      body.map((row) => row.map(cellText)),
    ),
    urls: [`${deps.klassBaseUrl}/correspondencetables/${source.tableId}?${query.toString()}`],
    // A source code has a row per target: both codes identify a row.
    keyColumns: ["sourceCode", "targetCode"].map((name) => header.indexOf(name)),
  };
}

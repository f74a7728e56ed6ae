import { NotFoundError } from "../errors";
import { isoToday } from "../args";
import type { BrregData } from "../brreg/brregData";
import { fieldValue, parseFields } from "../brreg/fields";
import { capNote, searchUnits } from "../brreg/search";
import { klassCodes } from "../klass/codeTables";
import { klassVariantCodes } from "../klass/variants";
import type { KlassData } from "../klass/klassData";
import { cellText } from "./cellText";
import type { BrregSearchSource, KlassCodesSource, KlassVariantSource, ReportSource, ReportTable } from "./types";

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
    rows: body.map((row) => row.map(cellText)),
    textColumns: textColumnsOf(header),
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
    rows,
    textColumns: textColumnsOf(header),
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
    rows: body.map((row) => row.map(cellText)),
    textColumns: textColumnsOf(header),
    urls: [`${deps.klassBaseUrl}/variants/${source.variantId}?${query.toString()}`],
  };
}

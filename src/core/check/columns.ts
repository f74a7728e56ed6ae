import type { CellValue } from "../sheet/cells";
import type { ColumnCell, SheetColumn, SheetRange } from "./types";

/** How far down the header row may stand (a title row or two above the table is common). */
const HEADER_ROWS = 5;

/**
 * The row the table starts at: the first of the first rows with at least two filled cells (a
 * title stands alone in its row), or the first filled row of a one-column range.
 */
function tableRow(rows: SheetRange["values"], width: number): number {
  const needed = Math.min(2, width);
  for (let r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
    let filled = 0;
    for (const value of rows[r] ?? []) if (!isBlank(value)) filled++;
    if (filled >= needed) return r;
  }
  return 0;
}

/**
 * A used range cut into columns. The table starts at its first row with two filled cells, so a
 * title row above it is passed over; in that row, text that is not code-like ("kommunenr", not
 * "0301") is the column's header; the cells below are the column's, blanks left out.
 */
export function columnsOf(range: SheetRange): SheetColumn[] {
  const rows = range.values;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const top = tableRow(rows, width);
  const out: SheetColumn[] = [];
  for (let c = 0; c < width; c++) {
    const first = rows[top]?.[c] ?? null;
    const headed = isHeaderText(first);
    const start = headed ? top + 1 : top;
    const cells: ColumnCell[] = [];
    for (let r = start; r < rows.length; r++) {
      const value = rows[r]?.[c] ?? null;
      if (!isBlank(value)) cells.push({ row: range.row + r, value });
    }
    if (cells.length === 0) continue;
    out.push({
      sheet: range.sheet,
      column: range.column + c,
      headerRow: headed ? range.row + top : undefined,
      header: headed ? String(first).trim() : undefined,
      firstRow: range.row + start,
      rowCount: rows.length - start,
      cells,
    });
  }
  return out;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Text that reads as a word, not as a code or number. */
function isHeaderText(value: CellValue): boolean {
  return typeof value === "string" && value.trim() !== "" && !/^[\d.\s-]+$/.test(value.trim());
}

/** A header reduced for matching: lower case, æøå kept, spaces, dots, dashes and underscores gone. */
function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[^a-z0-9]/g, "");
}

/** Header words that name a column of organisasjonsnumre. */
const ORGNR_HEADERS = ["orgnr", "organisasjonsnummer", "organisasjonsnr", "orgnummer", "orgno", "organizationnumber"];

/** Header words that name a column of one classification's codes (the key is its KLASS id). */
const KLASS_HEADERS: readonly (readonly [number, readonly string[]])[] = [
  [
    131,
    ["kommunenr", "kommunenummer", "knr", "kommnr", "kommunekode", "municipalitycode", "municipalitynumber", "kommune"],
  ],
  [104, ["fylkesnr", "fylkenr", "fylkesnummer", "fylkeskode", "countycode", "fylke"]],
  [6, ["naeringskode", "nace", "sn2007", "naceno", "industrycode", "naering"]],
];

/** What a header names: "orgnr", a classification id, or nothing known. */
export function headerHint(header: string | undefined): "orgnr" | number | undefined {
  if (header === undefined) return undefined;
  const key = headerKey(header);
  if (ORGNR_HEADERS.some((h) => key === h || key.startsWith(h))) return "orgnr";
  for (const [id, words] of KLASS_HEADERS) if (words.some((w) => key === w || key.startsWith(w))) return id;
  return undefined;
}

/** Nine digits once spaces are gone (a number or text): what an organisasjonsnummer looks like. */
export function looksLikeOrgnr(value: CellValue): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 100_000_000 && value <= 999_999_999;
  return typeof value === "string" && /^\d{9}$/.test(value.replace(/[\s\u00a0\u2007\u202f]+/g, ""));
}

/** A short code: digits with dots (SN2007's "01.110"), as text or a whole number. */
export function looksLikeCode(value: CellValue): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value < 1_000_000;
  return typeof value === "string" && /^\d[\d.]{0,7}$/.test(value.trim());
}

/** Share of a column's cells that pass `test` (a sample of the first 1,000 is enough to tell). */
export function shareOf(cells: readonly ColumnCell[], test: (value: CellValue) => boolean): number {
  const sample = cells.length > 1000 ? cells.slice(0, 1000) : cells;
  if (sample.length === 0) return 0;
  let hits = 0;
  for (const cell of sample) if (test(cell.value)) hits++;
  return hits / sample.length;
}

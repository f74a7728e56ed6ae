import type { CellValue } from "../sheet/cells";
import { TEXT_FORMAT } from "../sheet/cells";
import type { SheetBlock } from "../sheet/writeGuard";
import { addinFunctionsIn, parseCall } from "./formulaCall";
import { parseRecordList } from "./recordList";

/**
 * Freeze & cite: an add-in formula replaced by the values it showed, with what is needed to cite
 * them and to put the formula back (Unfreeze). The records are kept in the workbook (a document
 * setting, as the write ledger is), so they travel with the file; the Sources sheet lists them.
 */
export interface FrozenRange extends SheetBlock {
  /** The formula as it stood in the top-left cell, restored verbatim by Unfreeze. */
  readonly formula: string;
  /** When the values were taken (ISO). */
  readonly retrieved: string;
  /** KLASS.* and BRREG.* functions the formula calls. */
  readonly functions: readonly string[];
  /** The API endpoints the values came from (under the base URLs in use). */
  readonly urls: readonly string[];
  /** The licences and their holders, as both require attribution. */
  readonly licence: string;
  /** A fingerprint of the frozen values: Unfreeze restores only while the cells still hold them. */
  readonly fingerprint: string;
  /** Number formats before freezing: one for the whole block, or one per cell. */
  readonly formats: string | readonly (readonly string[])[];
}

/** The document setting that holds the frozen ranges (JSON). */
export const FROZEN_SETTING = "klass-brreg.frozen";

export const LICENCES = {
  klass: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), Statistics Norway (SSB)",
  brreg: "NLOD 2.0 (https://data.norge.no/nlod/no/2.0), Brønnøysundregistrene",
} as const;

/** Two independent 32-bit FNV-1a hashes: a 64-bit fingerprint, so an edit is not mistaken for the frozen values. */
function hash(text: string, seed: number): string {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The values' fingerprint; an empty cell is "" whether it reads as null or "". */
export function valuesFingerprint(values: readonly (readonly CellValue[])[]): string {
  const text = JSON.stringify(values.map((row) => row.map((v) => (v === null || v === undefined ? "" : v))));
  return `${values.length}x${values[0]?.length ?? 0}:${hash(text, 0x811c9dc5)}${hash(text, 0x5bd1e995)}`;
}

/**
 * The number formats the frozen values are written with: text stays text ("0301" must not become
 * 301 in a General cell), everything else keeps the cell's format.
 */
export function frozenFormats(
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[],
): string[][] {
  return values.map((row, r) =>
    row.map((v, c) => (typeof v === "string" && v !== "" ? TEXT_FORMAT : (formats[r]?.[c] ?? "General"))),
  );
}

/** The formats stored compactly: one string when every cell has the same. */
export function compactFormats(formats: readonly (readonly string[])[]): string | string[][] {
  const first = formats[0]?.[0] ?? "General";
  return formats.every((row) => row.every((f) => f === first)) ? first : formats.map((row) => [...row]);
}

export function expandFormats(formats: FrozenRange["formats"], rowCount: number, columnCount: number): string[][] {
  return typeof formats === "string"
    ? Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => formats))
    : formats.map((row) => [...row]);
}

/** Endpoints per function, under the API's base URL; `{id}` is the first argument when it is a number. */
const ENDPOINTS: Readonly<Record<string, string>> = {
  "KLASS.CODENAME": "classifications/{id}/codesAt",
  "KLASS.CODES": "classifications/{id}/codesAt",
  "KLASS.CODESRANGE": "classifications/{id}/codes",
  "KLASS.PARENT": "classifications/{id}/codesAt",
  "KLASS.LEVEL": "classifications/{id}/codesAt",
  "KLASS.VALID": "classifications/{id}/codesAt",
  "KLASS.HIERARCHY": "classifications/{id}/codesAt",
  "KLASS.CHANGES": "classifications/{id}/changes",
  "KLASS.UPDATECODE": "classifications/{id}/changes",
  "KLASS.TRAIL": "classifications/{id}/changes",
  "KLASS.CORRESPOND": "classifications/{id}/correspondsAt",
  "KLASS.CORRESPONDS": "classifications/{id}/correspondsAt",
  "KLASS.CORRESPONDTABLE": "correspondencetables/{id}",
  "KLASS.VARIANT": "classifications/{id}/variantAt",
  "KLASS.VARIANTCODES": "classifications/{id}/variantAt",
  "KLASS.INFO": "classifications/{id}",
  "KLASS.SEARCH": "classifications/search",
  "KLASS.DETECT": "classifications/{id}/codes",
  "BRREG.ENHET": "enheter/{orgnr}",
  "BRREG.UNDERENHET": "underenheter/{orgnr}",
  "BRREG.STATUS": "enheter/{orgnr}",
  "BRREG.GYLDIG": "enheter/{orgnr}",
  "BRREG.ORGFORM": "organisasjonsformer",
  "BRREG.ROLLER": "enheter/{orgnr}/roller",
  "BRREG.SOK": "enheter",
  "BRREG.ANTALL": "enheter",
  "BRREG.UNDERENHETER": "underenheter",
};

export interface BaseUrls {
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
}

/** The API URLs a formula's values come from: its functions' endpoints under the base URLs in use. */
export function apiUrls(formula: string, bases: BaseUrls): string[] {
  const call = parseCall(formula);
  const firstNumber = call?.args[0]?.kind === "literal" && /^\d+$/.test(call.args[0].text) ? call.args[0].text : "";
  const urls = addinFunctionsIn(formula).map((name) => {
    const base = name.startsWith("KLASS.") ? bases.klassBaseUrl : bases.brregBaseUrl;
    const path = ENDPOINTS[name] ?? "";
    const id = call?.name === name && firstNumber ? firstNumber : "{id}";
    return `${base}/${path.replace("{id}", id)}`.replace(/\/$/, "");
  });
  return [...new Set(urls)];
}

/** The licence text for a formula's functions. */
export function licenceFor(functions: readonly string[]): string {
  const parts: string[] = [];
  if (functions.some((f) => f.startsWith("KLASS."))) parts.push(LICENCES.klass);
  if (functions.some((f) => f.startsWith("BRREG."))) parts.push(LICENCES.brreg);
  return parts.join("; ");
}

export interface FreezeInput extends SheetBlock, BaseUrls {
  readonly formula: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly string[])[];
  readonly now: string;
}

export function frozenRecord(input: FreezeInput): FrozenRange {
  const functions = addinFunctionsIn(input.formula);
  return {
    sheet: input.sheet,
    row: input.row,
    column: input.column,
    rowCount: input.rowCount,
    columnCount: input.columnCount,
    formula: input.formula,
    retrieved: input.now,
    functions,
    urls: apiUrls(input.formula, input),
    licence: licenceFor(functions),
    fingerprint: valuesFingerprint(input.values),
    formats: compactFormats(input.formats),
  };
}

const isRecord = (x: unknown): x is FrozenRange => {
  const r = x as Record<string, unknown> | null;
  return (
    !!r &&
    typeof r.sheet === "string" &&
    ["row", "column", "rowCount", "columnCount"].every((k) => Number.isInteger(r[k]) && (r[k] as number) >= 0) &&
    typeof r.formula === "string" &&
    typeof r.retrieved === "string" &&
    Array.isArray(r.functions) &&
    Array.isArray(r.urls) &&
    typeof r.licence === "string" &&
    typeof r.fingerprint === "string" &&
    (typeof r.formats === "string" || Array.isArray(r.formats))
  );
};

/** Reads the setting; anything unreadable is no records (Unfreeze then has nothing to restore, never a wrong cell). */
export function parseFrozen(text: string | undefined): FrozenRange[] {
  return parseRecordList(text, isRecord);
}

export function serializeFrozen(records: readonly FrozenRange[]): string {
  return JSON.stringify(records);
}

/** Is this record in `scope` (its top-left cell inside the block; any block on a sheet when only the sheet is given)? */
export function inScope(record: SheetBlock, scope: { sheet?: string; block?: SheetBlock }): boolean {
  if (scope.block) {
    const b = scope.block;
    return (
      record.sheet.toLowerCase() === b.sheet.toLowerCase() &&
      record.row >= b.row &&
      record.row + record.rowCount <= b.row + b.rowCount &&
      record.column >= b.column &&
      record.column + record.columnCount <= b.column + b.columnCount
    );
  }
  return scope.sheet === undefined || record.sheet.toLowerCase() === scope.sheet.toLowerCase();
}

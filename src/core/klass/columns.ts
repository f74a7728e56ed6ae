import { coerceNameList } from "../args";
import type { ResultCell } from "../resultGrid";

/**
 * Columns of the spilled tables: which fields a user may ask for, the defaults, and how a field
 * becomes a cell value (null → "", `level` → a number, so sheets can compare it).
 */
export const CODE_FIELDS = [
  "code",
  "parentCode",
  "level",
  "name",
  "shortName",
  "presentationName",
  "validFrom",
  "validTo",
  "notes",
] as const;
/** Fields of a range answer (`codes?from&to`). */
export const RANGE_FIELDS = [...CODE_FIELDS, "validFromInRequestedRange", "validToInRequestedRange"] as const;
/** Fields of a correspondence item. */
export const CORRESPONDENCE_FIELDS = [
  "sourceCode",
  "sourceName",
  "sourceShortName",
  "targetCode",
  "targetName",
  "targetShortName",
  "validFrom",
  "validTo",
] as const;

/** Default columns of KLASS.CODES and KLASS.VARIANTCODES. */
export const DEFAULT_CODE_COLUMNS = ["code", "parentCode", "level", "name"];
/** Default columns of KLASS.CODESRANGE. */
export const DEFAULT_RANGE_COLUMNS = [...DEFAULT_CODE_COLUMNS, "validFromInRequestedRange", "validToInRequestedRange"];
/** Default columns of KLASS.CORRESPONDS. */
export const DEFAULT_CORRESPONDENCE_COLUMNS = ["sourceCode", "sourceName", "targetCode", "targetName"];

/** The `columns` argument: a comma list or range of field names (case-insensitive), or the defaults. */
export function parseColumns(value: unknown, allowed: readonly string[], fallback: readonly string[]): string[] {
  return coerceNameList(value, "columns", allowed, fallback);
}

/** One field of a record as a cell value. */
function cellOf(record: object, field: string): ResultCell {
  const value = (record as Record<string, unknown>)[field];
  if (value === null || value === undefined) return "";
  if (field === "level" && typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

/** Header row first, then one row per record. */
export function table(records: readonly object[], columns: readonly string[]): ResultCell[][] {
  const rows: ResultCell[][] = [columns.slice()];
  for (const record of records) rows.push(columns.map((c) => cellOf(record, c)));
  return rows;
}

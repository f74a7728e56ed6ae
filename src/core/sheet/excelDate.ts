import { isoToExcelSerial } from "../args/dates";
import type { UiLanguage } from "../i18n";

/*
 * Dates the pane writes are Excel dates (serial numbers with a date format), not ISO text: they
 * sort, filter and compute as dates, and show as the user's Excel shows dates. Excel has no time
 * zones, so an instant is written in the local time of the machine that wrote it.
 */

const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1970-01-01 (the 1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Number formats for a date-time cell, in the pane's language. */
export const DATE_TIME_FORMAT: Readonly<Record<UiLanguage, string>> = {
  nb: "dd.mm.yyyy hh:mm",
  en: "yyyy-mm-dd hh:mm",
};

/** Number formats for a date cell, in the pane's language. */
export const DATE_FORMAT: Readonly<Record<UiLanguage, string>> = {
  nb: "dd.mm.yyyy",
  en: "yyyy-mm-dd",
};

/**
 * Rows with the ISO dates ("2024-01-01") of `dateColumns` turned into Excel serials; any other
 * value (empty, a note, a date Excel cannot hold) is kept as it is.
 */
export function withExcelDates<T>(rows: readonly (readonly T[])[], dateColumns: ReadonlySet<number>): (T | number)[][] {
  if (dateColumns.size === 0) return rows.map((row) => [...row]);
  return rows.map((row) =>
    row.map((value, c) =>
      dateColumns.has(c) && typeof value === "string" ? (isoToExcelSerial(value) ?? value) : value,
    ),
  );
}

/** The number format of each column: the date format for `dateColumns` (for the gateway's writes). */
export function dateColumnFormats(dateColumns: ReadonlySet<number>, language: UiLanguage): ReadonlyMap<number, string> {
  return new Map([...dateColumns].map((c) => [c, DATE_FORMAT[language]]));
}

/** Minutes to add to UTC for local time at `iso` (Oslo in summer: 120). */
export function localOffsetMinutes(iso: string): number {
  return -new Date(iso).getTimezoneOffset();
}

/**
 * An ISO instant as an Excel serial in local time.
 *
 * @example isoToExcelDateTime("2026-03-01T12:00:00.000Z", 60) // 46082.541666… (13:00 in Oslo)
 */
export function isoToExcelDateTime(iso: string, offsetMinutes = localOffsetMinutes(iso)): number {
  return (Date.parse(iso) + offsetMinutes * 60_000) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The same instant as text in the language's date-time form ("01.03.2026 13:00"), for sentences. */
export function isoToLocalText(iso: string, language: UiLanguage, offsetMinutes = localOffsetMinutes(iso)): string {
  const d = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const two = (n: number) => String(n).padStart(2, "0");
  const [y, m, day, h, min] = [
    d.getUTCFullYear(),
    two(d.getUTCMonth() + 1),
    two(d.getUTCDate()),
    two(d.getUTCHours()),
    two(d.getUTCMinutes()),
  ];
  return language === "nb" ? `${day}.${m}.${y} ${h}:${min}` : `${y}-${m}-${day} ${h}:${min}`;
}

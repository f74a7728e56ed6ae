import { coerceDate, isOmitted, scalar, toGrid } from "../args";
import { didYouMean, nearestNames } from "../args/nearest";
import { InvalidInputError } from "../errors";
import { allMaybe, mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell, ResultGrid } from "../resultGrid";
import { attempt } from "../settleMap";
import { isoToExcelDateTime } from "../sheet/excelDate";
import { nameList, singleValue } from "./args";
import { latestIn, type ChangeFeedReader, type ChangeWindow, type LatestChange } from "./changeWindows";
import { REGISTERS } from "./lookupRules";
import { orgnrOrError } from "./orgnr";

/*
 * BRREG.ENDRINGER: per organisasjonsnummer, its latest change in Enhetsregisteret since a date,
 * from the change feeds of both registers (`oppdateringer/enheter`, `oppdateringer/underenheter`;
 * read and cached per window by ./changeWindows.ts, so the cost is the feeds' length, not the
 * cells). Shapes as BRREG.ENHET: one column → the shape of `orgnr`; several → one row per number
 * (read row by row), one column each. A unit the feeds do not name since then is empty.
 */

/** The columns BRREG.ENDRINGER can show, and the names each answers to. */
const COLUMNS = {
  type: ["type", "endringstype"],
  dato: ["dato", "date"],
  oppdateringsid: ["oppdateringsid", "id"],
} as const;
type Column = keyof typeof COLUMNS;
const DEFAULT_COLUMNS: readonly Column[] = ["type", "dato"];
const NAMES = new Map<string, Column>(
  (Object.entries(COLUMNS) as Array<[Column, readonly string[]]>).flatMap(([column, names]) =>
    names.map((name): [string, Column] => [name.toLowerCase(), column]),
  ),
);

/** The columns asked for, checked before any request. */
function columnsOf(arg: unknown): readonly Column[] {
  const names = nameList(arg, "columns");
  if (names.length === 0) return DEFAULT_COLUMNS;
  return names.map((name) => {
    const column = NAMES.get(name.toLowerCase());
    if (column !== undefined) return column;
    const suggestions = nearestNames(name, [...NAMES.keys()]);
    throw new InvalidInputError(
      `Unknown column "${name}" for BRREG.ENDRINGER: use type, dato or oppdateringsid.${didYouMean(suggestions)}`,
      { api: "brreg", suggestions },
    );
  });
}

/**
 * The instant a `since` argument stands for: the start of that day in local time (the user's
 * "since 1 March"), as the feed's `dato=` wants it.
 *
 * @example sinceInstant("2026-03-01") // "2026-02-28T23:00:00.000Z" in Oslo (UTC+1)
 */
export function sinceInstant(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

function sinceOf(arg: unknown): string {
  const value = singleValue(arg, "since");
  if (isOmitted(value))
    throw new InvalidInputError('Give the date to look back to, e.g. "2026-01-01", DATE(2026;1;1) or 2026', {
      api: "brreg",
    });
  return sinceInstant(coerceDate(value, "", "since"));
}

/** The later of two events (by time, then by id); a unit is in one register, but be sure. */
function later(a: LatestChange | undefined, b: LatestChange | undefined): LatestChange | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a[2] > b[2] || (a[2] === b[2] && a[3] >= b[3]) ? a : b;
}

function cellOf(change: LatestChange | undefined, column: Column): ResultCell {
  if (change === undefined) return "";
  if (column === "type") return change[1];
  if (column === "dato") return isoToExcelDateTime(change[2]);
  return change[3];
}

type Key = string | Error | null;

/**
 * The grid of latest changes. Throws InvalidInputError for a bad `since` or column name, before
 * any request; a malformed number is its own cells' #VALUE!; a failed feed is every valid cell's error.
 *
 * @example changesGrid(feeds, [["923609016"], ["976030788"]], "2026-01-01") // → [["Endring", 46100.4], ["", ""]]
 */
export function changesGrid(
  feeds: ChangeFeedReader,
  orgnrArg: unknown,
  sinceArg: unknown,
  columnsArg?: unknown,
): MaybePromise<ResultGrid> {
  const columns = columnsOf(columnsArg);
  const since = sinceOf(sinceArg);
  const single = scalar(orgnrArg);
  const keys: Key[][] = Array.isArray(single)
    ? toGrid(orgnrArg).map((row) => row.map((value) => (isOmitted(value) ? null : orgnrOrError(value))))
    : [[isOmitted(single) ? null : orgnrOrError(single)]];
  const windows = attempt(() => allMaybe(REGISTERS.map((register) => feeds.changes(register, since))));
  return mapMaybe(windows, (ready: ChangeWindow[] | Error) => {
    const cell = (key: Key, column: Column): ResultCell => {
      if (key === null) return "";
      if (key instanceof Error) return key;
      if (ready instanceof Error) return ready;
      let latest: LatestChange | undefined;
      for (const window of ready) latest = later(latest, latestIn(window, key));
      return cellOf(latest, column);
    };
    const only = columns.length === 1 ? columns[0] : undefined;
    if (only !== undefined) return keys.map((row) => row.map((key) => cell(key, only)));
    return keys.flat().map((key) => columns.map((column) => cell(key, column)));
  });
}

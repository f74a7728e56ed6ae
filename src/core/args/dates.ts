import { InvalidInputError } from "../errors";
import { shown } from "./bounds";
import { isOmitted, scalar } from "./scalars";

/**
 * Dates as cells give them, to ISO `yyyy-mm-dd`:
 * - an Excel serial number in the 1900 date system. Excel counts 1900-02-29, which never existed
 *   (Lotus 1-2-3 compatibility): serials 1–59 are 1900-01-01…1900-02-28, 60 is that phantom day
 *   (rejected), and from 61 (1900-03-01) a serial is days since 1899-12-30. A time part is ignored.
 * - text `yyyy-mm-dd` or `dd.mm.yyyy` (Norwegian), checked to be a real day;
 * - a year 1800–2200 (number or text), meaning 1 January of that year;
 * - omitted (null, undefined, "") → `today`.
 * Every date must lie in Excel's own range, 1900-01-01 to 9999-12-31 (serials 1 to 2958465): a
 * date outside it is #VALUE! naming that range, so no out-of-range or NaN date reaches a URL.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const EPOCH_1899_12_31 = Date.UTC(1899, 11, 31);
/** The years a number or text may name on its own ("2024" → 2024-01-01). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;
/** Excel's dates: 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
export const MAX_EXCEL_SERIAL = 2_958_465;
const RANGE = `Excel's dates run from 1900-01-01 to 9999-12-31 (serials 1 to ${MAX_EXCEL_SERIAL}, years ${FIRST_YEAR}–${LAST_YEAR})`;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isoFromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Today's date in the local time zone of `now` (what the user sees as today). */
export function isoToday(now: number): string {
  const d = new Date(now);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** An Excel serial (1900 system) → ISO date. */
export function excelSerialToIso(serial: number, name = "date"): string {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > MAX_EXCEL_SERIAL) {
    throw new InvalidInputError(
      `${name} ${serial} is not an Excel date: ${RANGE}; e.g. "2024-01-01" or DATE(2024;1;1)`,
    );
  }
  if (day === 60) {
    throw new InvalidInputError(`${name} 60 is Excel's 1900-02-29, a day that never existed; e.g. "1900-03-01"`);
  }
  return isoFromUtc((day < 60 ? EPOCH_1899_12_31 : EPOCH_1899_12_30) + day * MS_PER_DAY);
}

/**
 * An ISO date ("2024-01-01", as both APIs give dates) → its Excel serial (1900 system), the
 * inverse of {@link excelSerialToIso}; undefined for anything else (not that form, not a real day,
 * or outside Excel's dates), which the caller then leaves as it is.
 *
 * @example isoToExcelSerial("2024-01-01") // 45292
 */
export function isoToExcelSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  if (isoFromUtc(ms) !== iso) return undefined;
  // Before 1900-03-01 Excel's count is one lower (it counts the phantom 1900-02-29 after them).
  return Math.round((ms - (ms < Date.UTC(1900, 2, 1) ? EPOCH_1899_12_31 : EPOCH_1899_12_30)) / MS_PER_DAY);
}

function checkedIso(year: number, month: number, day: number, raw: string, name: string): string {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new InvalidInputError(`${name} "${raw}" is outside ${RANGE}; e.g. "2024-01-01"`);
  }
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new InvalidInputError(`${name} "${raw}" is not a real day; e.g. "2024-01-01" or "01.01.2024"`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function fromNumber(n: number, name: string): string {
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return checkedIso(n, 1, 1, String(n), name);
  return excelSerialToIso(n, name);
}

/** Text dates already parsed (a sheet repeats the same few dates thousands of times). */
const parsedText = new Map<string, string>();
const MAX_PARSED = 5_000;

/** Parse one date argument; see the module comment for the accepted forms. */
export function coerceDate(value: unknown, today: string, name = "date"): string {
  const v = scalar(value);
  if (typeof v === "string") {
    const hit = parsedText.get(v);
    if (hit !== undefined) return hit;
  }
  if (isOmitted(v)) return today;
  if (typeof v === "number") return fromNumber(v, name);
  const parsed = parseText(v, name);
  if (typeof v === "string") {
    if (parsedText.size >= MAX_PARSED) parsedText.clear();
    parsedText.set(v, parsed);
  }
  return parsed;
}

function parseText(v: unknown, name: string): string {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return isoFromUtc(v.getTime());
  if (typeof v === "string") {
    const t = v.trim();
    // Up to six year digits, so "10000-01-01" is told it is out of range rather than "not a date".
    let m = /^(\d{4,6})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) return checkedIso(Number(m[1]), Number(m[2]), Number(m[3]), t, name);
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4,6})$/.exec(t);
    if (m) return checkedIso(Number(m[3]), Number(m[2]), Number(m[1]), t, name);
    if (/^\d{1,20}(\.\d{1,20})?$/.test(t)) return fromNumber(Number(t), name);
  }
  throw new InvalidInputError(
    `${name} "${shown(v)}" is not a date; give yyyy-mm-dd, dd.mm.yyyy, a year, or an Excel date, e.g. "2024-01-01"`,
  );
}

/** `iso` plus `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return isoFromUtc(Date.UTC(y, m - 1, d) + days * MS_PER_DAY);
}

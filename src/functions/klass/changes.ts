import { klassChanges, klassTrail, klassUpdateCode } from "../../core/klass";
import { answerGrid } from "../shared/answerGrid";
import { klassEnv } from "./runtimeKlassEnv";

/* KLASS.CHANGES, KLASS.UPDATECODE and KLASS.TRAIL: thin wrappers over src/core/klass/changes.ts, updateCode.ts and trail.ts. */

/**
 * The code changes that take effect on the days from `from` up to the day before `to`, as a table with a header row.
 * @customfunction KLASS.CHANGES
 * @param classification Classification id, e.g. 104.
 * @param from First day of the range (a date, "yyyy-mm-dd", "dd.mm.yyyy" or a year): a change that takes effect on this day is included (the API itself leaves it out, so the day before is asked for). A day before the classification's first version counts from that version.
 * @param [to] First day after the range: a change that takes effect on this day is not included, e.g. 2021 or "2020-01-02"; default: through today.
 * @returns {any[][]} A table: oldCode, oldName, newCode, newName, changeOccurred (old side empty for a new code, new side empty for one that ceased).
 * @helpurl https://localhost:3000/help.html#klass-changes
 * @example =KLASS.CHANGES(104, 2019, 2021) → 01 Østfold → 30 Viken, 02 Akershus → 30 Viken, 06 Buskerud → 30 Viken, …
 * @example =KLASS.CHANGES(104, 2019, 2020) → only the header: the reform of 2020-01-01 is on `to`, outside the range
 * @example =KLASS.CHANGES(104, 2018, 2019) → 16 Sør-Trøndelag → 50 Trøndelag, 17 Nord-Trøndelag → 50 Trøndelag (on 2018-01-01, the first day)
 */
export function changes(classification: unknown, from: unknown, to?: unknown) {
  return answerGrid(() => klassChanges(klassEnv(), classification, from, to));
}

/**
 * The code a code became at a later (or earlier) date, following every change in between.
 * @customfunction KLASS.UPDATECODE
 * @param classification Classification id, e.g. 131.
 * @param code The code as valid at fromDate (text or number), or a range of codes.
 * @param fromDate The date at which the code was valid (a range of dates to match the codes).
 * @param [toDate] The date to update to; default today.
 * @returns {any[][]} The code at toDate (renumberings and merges followed, renames keep the code); #N/A for a split (naming the new codes) or a code that ceased.
 * @helpurl https://localhost:3000/help.html#klass-updatecode
 * @example =KLASS.UPDATECODE(131, "0101", "2019-01-01", "2024-01-01") → 3101
 * @example =KLASS.UPDATECODE(131, "0101", 2019, 2020) → 3001
 */
export function updateCode(classification: unknown, code: unknown[][], fromDate: unknown[][], toDate?: unknown) {
  return answerGrid(() => klassUpdateCode(klassEnv(), classification, code, fromDate, toDate));
}

/**
 * Each code's path through every change (renumberings, merges, splits, renames) from fromDate to toDate, with a flag.
 * @customfunction KLASS.TRAIL
 * @param classification Classification id, e.g. 131.
 * @param codes The codes as valid at fromDate: one column (or row) of codes, or one code.
 * @param fromDate The date at which the codes were valid (a date, "yyyy-mm-dd", "dd.mm.yyyy" or a year).
 * @param [toDate] The date to follow them to (not before fromDate); default today.
 * @returns {any[][]} One row per code: the trail ("0101 → 3001 (2020) → 3101 (2024)"), a flag (unchanged, renamed, recoded, merged, split or ceased; the strongest on the way) and the code(s) at toDate; #N/A for a code not valid at fromDate.
 * @helpurl https://localhost:3000/help.html#klass-trail
 * @example =KLASS.TRAIL(131, "0101", 2019, 2024) → 0101 → 3001 (2020) → 3101 (2024) | recoded | 3101
 * @example =KLASS.TRAIL(131, "1507", 2023, 2024) → 1507 → 1508, 1580 (2024) | split | 1508, 1580
 * @example =KLASS.TRAIL(104, A2:A20, 2019, 2020) → one row per county: 01 → 30 (2020) | merged | 30, …
 */
export function trail(classification: unknown, codes: unknown[][], fromDate: unknown, toDate?: unknown) {
  return answerGrid(() => klassTrail(klassEnv(), classification, codes, fromDate, toDate));
}

import { klassChanges, klassUpdateCode } from "../../core/klass";
import { answerGrid } from "../shared/answerGrid";
import { klassEnv } from "./runtimeKlassEnv";

/* KLASS.CHANGES and KLASS.UPDATECODE: thin wrappers over src/core/klass/changes.ts and updateCode.ts. */

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

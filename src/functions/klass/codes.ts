import { klassCodename, klassCodes, klassCodesRange } from "../../core/klass";
import { answerGrid } from "../shared/answerGrid";
import { klassEnv } from "./runtimeKlassEnv";

/*
 * KLASS.CODENAME, KLASS.CODES and KLASS.CODESRANGE: thin wrappers over src/core/klass. `code` and
 * `date` are `any[][]`, so =KLASS.CODENAME(131, A2:A10001, "2024-01-01") is one invocation and
 * one request per version of the classification touched.
 */

/**
 * The name of a code in a KLASS classification, valid at a date.
 * @customfunction KLASS.CODENAME
 * @param classification Classification id, e.g. 131 (municipalities), 104 (counties), 6 (SN2007 industries).
 * @param code The code as text or a number ("0301", 301, "01.110", "01110"), or a range of codes (spills the same shape).
 * @param [date] The date the code is valid at: a date, "yyyy-mm-dd", "dd.mm.yyyy" or a year (1 January); a range of dates to match the codes; default today.
 * @param [language] nb (default), nn or en.
 * @returns {any[][]} The name; #N/A when the code does not exist at that date (the message says when it was valid, and for a year — 1 January — names a version later that year in which it is valid), or the version is not published in the language.
 * @helpurl https://localhost:3000/help.html#klass-codename
 * @example =KLASS.CODENAME(131, "0301", "2024-01-01") → Oslo
 * @example =KLASS.CODENAME(131, 301, 2024) → Oslo
 * @example =KLASS.CODENAME(104, "50", "2018-01-01") → Trøndelag
 * @example =KLASS.CODENAME(131, A2:A10001, "2024-01-01") → a column of names, one per code
 */
export function codename(classification: unknown, code: unknown[][], date?: unknown[][], language?: unknown) {
  return answerGrid(() => klassCodename(klassEnv(), classification, code, date, language));
}

/**
 * The codes of a classification valid at a date, as a table with a header row.
 * @customfunction KLASS.CODES
 * @param classification Classification id, e.g. 131.
 * @param [date] The date: a date, "yyyy-mm-dd", "dd.mm.yyyy" or a year; default today.
 * @param [level] Only codes at this level (1 = top), e.g. 1 for the SN2007 sections.
 * @param [selectCodes] Only these codes, with KLASS's rules: comma list, prefix* and ranges, e.g. "0301, 11*, 3004-34*" (at most 20 terms).
 * @param [columns] Comma list or range of columns: code, parentCode, level, name, shortName, presentationName, validFrom, validTo, notes; default code,parentCode,level,name. Or "wide" (with "code" or "name" to show only that per level): one row per lowest code, its levels across (level1Code, level1Name, …), for pivot tables.
 * @param [language] nb (default), nn or en.
 * @returns {any[][]} A table: the header row, then one row per code.
 * @helpurl https://localhost:3000/help.html#klass-codes
 * @example =KLASS.CODES(104, "2018-01-01") → the counties from 2018, with 50 Trøndelag
 * @example =KLASS.CODES(131, "2024-01-01", , "03*, 11*", "code, name") → Oslo and the Rogaland municipalities
 * @example =KLASS.CODES(6, 2024, 1, , "code, name", "en") → the SN2007 sections in English
 * @example =KLASS.CODES(6, 2024, , , "wide") → level1Code | level1Name | … | level5Name, one row per SN2007 subclass
 */
export function codes(
  classification: unknown,
  date?: unknown,
  level?: unknown,
  selectCodes?: unknown,
  columns?: unknown[][],
  language?: unknown,
) {
  return answerGrid(() => klassCodes(klassEnv(), classification, date, level, selectCodes, columns, language));
}

/**
 * The codes valid at any time in a date range, with the part of the range each was valid in.
 * @customfunction KLASS.CODESRANGE
 * @param classification Classification id, e.g. 104.
 * @param from First day of the range (a date, "yyyy-mm-dd", "dd.mm.yyyy" or a year).
 * @param [to] First day after the range (the range is [from, to), like the API's), e.g. "2018-01-02"; default open (up to now and beyond).
 * @param [level] Only codes at this level.
 * @param [selectCodes] Only these codes (comma list, prefix*, ranges), e.g. "16, 17, 50".
 * @param [columns] Columns as for KLASS.CODES plus validFromInRequestedRange, validToInRequestedRange (the default adds these two).
 * @param [language] nb (default), nn or en.
 * @returns {any[][]} A table: the header row, then one row per code and period (a renamed code appears twice).
 * @helpurl https://localhost:3000/help.html#klass-codesrange
 * @example =KLASS.CODESRANGE(104, "2016-01-01", "2018-01-02", , "16,17,50") → 16 and 17 end 2018-01-01, 50 Trøndelag starts
 */
export function codesRange(
  classification: unknown,
  from: unknown,
  to?: unknown,
  level?: unknown,
  selectCodes?: unknown,
  columns?: unknown[][],
  language?: unknown,
) {
  return answerGrid(() => klassCodesRange(klassEnv(), classification, from, to, level, selectCodes, columns, language));
}

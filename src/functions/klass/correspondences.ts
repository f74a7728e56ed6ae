import { klassCorrespond, klassCorrespondTable, klassCorresponds } from "../../core/klass";
import { answerGrid } from "../shared/answerGrid";
import { klassEnv } from "./runtimeKlassEnv";

/* KLASS.CORRESPOND, KLASS.CORRESPONDS and KLASS.CORRESPONDTABLE: thin wrappers over src/core/klass/correspondences.ts and correspondTable.ts. */

/**
 * The code(s) a code corresponds to in another classification at a date (either direction).
 * @customfunction KLASS.CORRESPOND
 * @param source The classification of the code, e.g. 104 (counties).
 * @param target The classification to map to, e.g. 131 (municipalities).
 * @param code The code (text or number), or a column of codes.
 * @param [date] The date; default today.
 * @returns {any[][]} The target code; several targets spill across the row (a column of codes gives one row each); #N/A when there is none.
 * @helpurl https://localhost:3000/help.html#klass-correspond
 * @example =KLASS.CORRESPOND(104, 131, "12", "2016-01-01") → 1201, 1211, 1216, … across the row
 * @example =KLASS.CORRESPOND(131, 104, "1201", "2016-01-01") → 12
 */
export function correspond(source: unknown, target: unknown, code: unknown[][], date?: unknown[][]) {
  return answerGrid(() => klassCorrespond(klassEnv(), source, target, code, date));
}

/**
 * The correspondence table between two classifications at a date, with a header row.
 * @customfunction KLASS.CORRESPONDS
 * @param source The source classification, e.g. 104.
 * @param target The target classification, e.g. 131.
 * @param [date] The date; default today.
 * @param [columns] Comma list or range of columns: sourceCode, sourceName, sourceShortName, targetCode, targetName, targetShortName; default sourceCode,sourceName,targetCode,targetName.
 * @returns {any[][]} A table: the header row, then one row per pair of codes.
 * @helpurl https://localhost:3000/help.html#klass-corresponds
 * @example =KLASS.CORRESPONDS(104, 131, "2016-01-01") → 12 Hordaland → 1201 Bergen, …
 */
export function corresponds(source: unknown, target: unknown, date?: unknown, columns?: unknown[][]) {
  return answerGrid(() => klassCorresponds(klassEnv(), source, target, date, columns));
}

/**
 * A correspondence table by its id, as a table with a header row (KLASS.INFO(classification, "correspondenceTables") lists the ids).
 * @customfunction KLASS.CORRESPONDTABLE
 * @param id The correspondence table's id, e.g. from KLASS.INFO(131, "correspondenceTables").
 * @param [columns] Comma list or range of columns: sourceCode, sourceName, targetCode, targetName; default all four.
 * @param [language] nb (default), nn or en.
 * @returns {any[][]} A table: the header row, then one row per mapping, in the API's order; #N/A for an id KLASS does not have.
 * @helpurl https://localhost:3000/help.html#klass-correspondtable
 * @example =KLASS.CORRESPONDTABLE(INDEX(KLASS.INFO(131, "correspondenceTables", 2024), 2, 1)) → the first table listed for 131 in 2024
 * @example =KLASS.CORRESPONDTABLE(1, "sourceCode, targetCode") → sourceCode | targetCode, one row per mapping
 */
export function correspondTable(id: unknown, columns?: unknown[][], language?: unknown) {
  return answerGrid(() => klassCorrespondTable(klassEnv(), id, columns, language));
}

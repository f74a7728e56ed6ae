import { klassHierarchy, klassLevel, klassParent, klassValid } from "../../core/klass";
import { answerGrid } from "../shared/answerGrid";
import { klassEnv } from "./runtimeKlassEnv";

/* KLASS.PARENT, KLASS.LEVEL and KLASS.VALID: thin wrappers over src/core/klass/codeLookups.ts; KLASS.HIERARCHY over wide.ts. */

/**
 * The parent of a code, or its ancestor at a level.
 * @customfunction KLASS.PARENT
 * @param classification Classification id, e.g. 6 (SN2007).
 * @param code The code (text or number), or a range of codes.
 * @param [level] The level of the ancestor wanted (1 = top); default the parent.
 * @param [date] The date the code is valid at; default today.
 * @returns {any[][]} The ancestor's code; #N/A for a top-level code or a code that does not exist at that date.
 * @helpurl https://localhost:3000/help.html#klass-parent
 * @example =KLASS.PARENT(6, "01.110") → 01.11
 * @example =KLASS.PARENT(6, "01.110", 1) → A
 */
export function parent(classification: unknown, code: unknown[][], level?: unknown, date?: unknown[][]) {
  return answerGrid(() => klassParent(klassEnv(), classification, code, level, date));
}

/**
 * The level of a code in its classification (1 = top).
 * @customfunction KLASS.LEVEL
 * @param classification Classification id, e.g. 6.
 * @param code The code (text or number), or a range of codes.
 * @param [date] The date the code is valid at; default today.
 * @returns {any[][]} The level number; #N/A when the code does not exist at that date.
 * @helpurl https://localhost:3000/help.html#klass-level
 * @example =KLASS.LEVEL(6, "01.110") → 5
 * @example =KLASS.LEVEL(131, "0301") → 1
 */
export function level(classification: unknown, code: unknown[][], date?: unknown[][]) {
  return answerGrid(() => klassLevel(klassEnv(), classification, code, date));
}

/**
 * Whether a code exists in a classification at a date.
 * @customfunction KLASS.VALID
 * @param classification Classification id, e.g. 131.
 * @param code The code (text or number), or a range of codes.
 * @param [date] The date; default today.
 * @returns {any[][]} TRUE or FALSE; an error only when KLASS cannot be reached or an argument is malformed.
 * @helpurl https://localhost:3000/help.html#klass-valid
 * @example =KLASS.VALID(131, "0301", "2024-01-01") → TRUE
 * @example =KLASS.VALID(131, "0101", "2024-01-01") → FALSE
 */
export function valid(classification: unknown, code: unknown[][], date?: unknown[][]) {
  return answerGrid(() => klassValid(klassEnv(), classification, code, date));
}

/**
 * Each code's hierarchy in wide form: one row per code, from the top level down, each level's code and/or name.
 * @customfunction KLASS.HIERARCHY
 * @param classification Classification id, e.g. 6 (SN2007).
 * @param codes The code (text or number), or one column (or row) of codes.
 * @param [date] The date the codes are valid at (a date, "yyyy-mm-dd", "dd.mm.yyyy" or a year, or a range of dates to match the codes); default today.
 * @param [columns] What each level shows: "code", "name", or "code, name" (default: code then name per level).
 * @param [language] nb (default), nn or en.
 * @returns {any[][]} One row per code: level 1's code and name, level 2's, … down to the deepest level of the version (blank below the code's own level); #N/A for a code that does not exist at the date.
 * @helpurl https://localhost:3000/help.html#klass-hierarchy
 * @example =KLASS.HIERARCHY(6, "01.110", 2024) → A | Jordbruk, skogbruk og fiske | 01 | Jordbruk | 01.1 | … | 01.110 | Dyrking av korn, unntatt ris
 * @example =KLASS.HIERARCHY(6, "01.110", 2024, "code") → A | 01 | 01.1 | 01.11 | 01.110
 * @example =KLASS.HIERARCHY(6, A2:A500, 2024, "name") → one row of names per code, a column per level
 */
export function hierarchy(
  classification: unknown,
  codes: unknown[][],
  date?: unknown[][],
  columns?: unknown,
  language?: unknown,
) {
  return answerGrid(() => klassHierarchy(klassEnv(), classification, codes, date, columns, language));
}

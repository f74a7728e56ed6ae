import { klassVariant, klassVariantCodes } from "../../core/klass";
import { answerGrid } from "../shared/answerGrid";
import { klassEnv } from "./runtimeKlassEnv";

/* KLASS.VARIANT and KLASS.VARIANTCODES: thin wrappers over src/core/klass/variants.ts. */

/**
 * The group a code belongs to in a variant (a grouping) of a classification.
 * @customfunction KLASS.VARIANT
 * @param classification Classification id, e.g. 6 (SN2007).
 * @param variantName The variant's name as KLASS knows it, or its id (a number).
 * @param code The code (text or number), or a range of codes (spills the same shape).
 * @param [date] The date the variant is valid at; default today.
 * @param [level] The level of the group wanted (1 = top); default the code's parent in the variant.
 * @returns {any[][]} The group's code; #N/A when the code is not in the variant at that date.
 * @helpurl https://localhost:3000/help.html#klass-variant
 * @example =KLASS.VARIANT(6, "A*10", "01.110", "2024-01-01") → 1 (the A*10 group of section A, reached through 01.110's parents)
 * @example =KLASS.VARIANT(6, "A*10", A2:A500) → one group per code
 */
export function variant(
  classification: unknown,
  variantName: unknown,
  code: unknown[][],
  date?: unknown[][],
  level?: unknown,
) {
  return answerGrid(() => klassVariant(klassEnv(), classification, variantName, code, date, level));
}

/**
 * The codes of a variant of a classification at a date, as a table with a header row.
 * @customfunction KLASS.VARIANTCODES
 * @param classification Classification id, e.g. 6.
 * @param variantName The variant's name as KLASS knows it, or its id (a number).
 * @param [date] The date; default today.
 * @param [level] Only codes at this level.
 * @param [columns] Comma list or range of columns: code, parentCode, level, name, shortName, presentationName, validFrom, validTo, notes; default code,parentCode,level,name.
 * @param [language] nb (default), nn or en.
 * @returns {any[][]} A table: the header row, then one row per code.
 * @helpurl https://localhost:3000/help.html#klass-variantcodes
 * @example =KLASS.VARIANTCODES(6, "A*10", "2024-01-01", 1) → the ten A*10 groups, header row first
 */
export function variantCodes(
  classification: unknown,
  variantName: unknown,
  date?: unknown,
  level?: unknown,
  columns?: unknown[][],
  language?: unknown,
) {
  return answerGrid(() => klassVariantCodes(klassEnv(), classification, variantName, date, level, columns, language));
}

import { klassDetect, klassInfo, klassSearch } from "../../core/klass";
import { mapMaybe } from "../../core/maybePromise";
import { answerGrid } from "../shared/answerGrid";
import { klassEnv } from "./runtimeKlassEnv";

/* KLASS.SEARCH, KLASS.INFO and KLASS.DETECT: thin wrappers over src/core/klass/search.ts, info.ts and detect.ts. */

/**
 * Search KLASS for classifications (and code lists) by words, following KLASS's result pages up to 500 results.
 * @customfunction KLASS.SEARCH
 * @param query Words to search for, e.g. "kommune".
 * @param [includeCodelists] TRUE to include code lists as well as classifications; default FALSE.
 * @returns {any[][]} A table: id, name, snippet (plain text), best match first; at most 500 results, and when KLASS has more, a last row with a note (e.g. "Showing the first 500 of 812: …").
 * @helpurl https://localhost:3000/help.html#klass-search
 * @example =KLASS.SEARCH("arena") → 31 Classification of type of building …, 118 …
 * @example =KLASS.SEARCH("næring", TRUE) → classifications and code lists
 */
export function search(query: unknown, includeCodelists?: unknown) {
  return answerGrid(() => klassSearch(klassEnv(), query, includeCodelists));
}

/**
 * Facts about a classification: name, description, versions and more.
 * @customfunction KLASS.INFO
 * @param classification Classification id, e.g. 131.
 * @param [field] One of id, name, description, classificationType, lastModified, primaryLanguage, contactPerson, currentVersion, validFrom, validTo, versionCount, versions, correspondenceTables, variants; default all, as a table.
 * @param [date] Narrows versions, correspondenceTables and variants: a year gives the versions valid at any time in that year (a version from 1 July shows), a date the version valid then; default all versions.
 * @returns {any[][]} The field's value, or a two-column table (field, value) with one row per version at the end; correspondenceTables and variants are tables (id, name, …, validFrom, validTo) whose ids KLASS.CORRESPONDTABLE and KLASS.VARIANTCODES take.
 * @helpurl https://localhost:3000/help.html#klass-info
 * @example =KLASS.INFO(131, "name") → Standard for kommuneinndeling
 * @example =KLASS.INFO(131) → a table of all fields and versions
 * @example =KLASS.INFO(131, "correspondenceTables", 2024) → id | name | source | target | version | validFrom | validTo, e.g. the 104 → 131 table of 2024
 * @example =KLASS.INFO(6, "variants") → id | name | version | validFrom | validTo, e.g. A*10 of SN2007
 * @example =KLASS.INFO(131, "versions", 2024) → every version valid at some time in 2024
 */
export function info(classification: unknown, field?: unknown, date?: unknown) {
  return answerGrid(() =>
    mapMaybe(klassInfo(klassEnv(), classification, field, date), (value) => (Array.isArray(value) ? value : [[value]])),
  );
}

/**
 * Which classification and version a column of codes most likely belongs to: the share of the codes valid in each candidate's best version.
 * @customfunction KLASS.DETECT
 * @param range A column (or any range) of codes, as text or numbers; blanks are skipped and each distinct code counts once.
 * @param [candidates] More classification ids to try (a comma list or a range), beside the commonly used 131, 104, 106 and 6.
 * @returns {any[][]} A table, best match first, one row per candidate: classification, name, version (or run of equally good consecutive versions), validFrom, validTo, share (0–1), valid, codes, changedSince (of the valid codes, how many are not valid today); #N/A when no code is valid in any candidate.
 * @helpurl https://localhost:3000/help.html#klass-detect
 * @example =KLASS.DETECT(A2:A423) → 131 | Standard for kommuneinndeling | Kommuneinndeling 2019 | 2019-01-01 | 2020-01-01 | 1 | … (a column of 2019 municipality codes)
 * @example =KLASS.DETECT(B2:B900) → 6 | Standard for næringsgruppering (SN) | … (SN2007 codes written without dots, e.g. 01110)
 * @example =KLASS.DETECT(C2:C50, 7) → also tries classification 7
 */
export function detect(range: unknown[][], candidates?: unknown[][]) {
  return answerGrid(() => klassDetect(klassEnv(), range, candidates));
}

import { klassCardGrid } from "../../core/klass/codeCards";
import { answerGrid } from "../shared/answerGrid";
import { cardsForExcel } from "../shared/cards";
import { klassEnv } from "./runtimeKlassEnv";

/*
 * KLASS.KORT: a thin wrapper over src/core/klass/codeCards.ts. `code` and `date` are `any[][]`,
 * as in KLASS.CODENAME: a column of codes is one invocation and one request per version.
 */

/**
 * A code of a KLASS classification as a card (an Excel data type): click the icon to open it, or read a field with =A2.navn or =A2.[overordnet kode]. In Excel without data types from custom functions (Excel 2021/2024 perpetual) it is the text "code name".
 * @customfunction KLASS.KORT
 * @param classification Classification id, e.g. 131 (municipalities), 104 (counties), 6 (SN2007 industries).
 * @param code The code as text or a number ("0301", 301, "01.110"), or a range of codes (spills the same shape).
 * @param [date] The date the code is valid at: a date, "yyyy-mm-dd", "dd.mm.yyyy" or a year (1 January); a range of dates to match the codes; default today.
 * @param [language] nb (default), nn or en.
 * @returns {any[][]} A card whose text is "code name". Fields: kode, navn, kortnavn, nivå, overordnet kode, overordnet navn, gyldig fra, gyldig til, klassifikasjon, versjon, merknader, endringer (a table of the changes that touched the code). #N/A when the code does not exist at the date; #VALUE! for a malformed argument or when KLASS is unavailable.
 * @helpurl https://localhost:3000/help.html#klass-kort
 * @example =KLASS.KORT(131, "0301", "2024-01-01") → 0301 Oslo (a card)
 * @example =KLASS.KORT(6, "01.110") → 01.110 Dyrking av korn (unntatt ris), belgvekster og oljeholdige vekster (a card)
 * @example =KLASS.KORT(131, A2:A357, 2024) → a card per municipality code
 */
export function kort(classification: unknown, code: unknown[][], date?: unknown[][], language?: unknown) {
  return answerGrid(() => cardsForExcel(klassCardGrid(klassEnv(), classification, code, date, language)));
}

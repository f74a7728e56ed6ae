/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's function metadata is read from these types: `any` (scalar) and `any[][]` (range). */
import { countGrid } from "../../core/brreg/counts";
import { rollerTable } from "../../core/brreg/roller";
import { sokTable, underenheterTable } from "../../core/brreg/searchTables";
import { getServices } from "../../runtime/services";
import { answerGrid } from "../shared/answerGrid";

/*
 * The table-valued BRREG functions — ROLLER, UNDERENHETER, SOK: each spills a header row and one
 * row per role or unit — and ANTALL (counts). Thin wrappers over src/core/brreg (roller.ts,
 * searchTables.ts, counts.ts).
 */

/**
 * The roles of a unit (daglig leder, styre, revisor, …) as a table with a header row.
 * @customfunction BRREG.ROLLER
 * @param orgnr The hovedenhet's organisasjonsnummer (number or text).
 * @param [rolle] Role codes to keep: a code, comma list or range (DAGL, LEDE, NEST, MEDL, VARA, REVI, REGN, INNH, …) or a group code (STYR); default all roles.
 * @returns {any[][]} Columns Rollegruppe, Rolle (code), Rollebeskrivelse, Navn (person "Fornavn Etternavn" or the unit's name), Fødselsdato/orgnr, Fratrådt (TRUE/FALSE); one row per role.
 * @helpurl https://localhost:3000/help.html#brreg-roller
 * @example =BRREG.ROLLER(810004622) → Styre | LEDE | Styrets leder | Ove Olsen | 1981-01-01 | FALSE
 * @example =BRREG.ROLLER(923609016, "DAGL,LEDE") → the daglig leder and the chair only
 */
export function roller(orgnr: any, rolle?: any) {
  return answerGrid(() => rollerTable(getServices().brreg, orgnr, rolle));
}

/**
 * Search Enhetsregisteret's hovedenheter (or underenheter) by name and filters; a table with a header row.
 * @customfunction BRREG.SOK
 * @param navn Name or part of it; may be empty when filters are given.
 * @param [filters] "key=value;key=value" or a two-column range, with the API's parameter names: kommunenummer, naeringskode, organisasjonsform, fraAntallAnsatte (0, 1 or above 4), tilAntallAnsatte (0, 4 or above 4), konkurs, underAvvikling, registrertIMvaregisteret, forretningsadresse.postnummer, sort (field,ASC|DESC), …; values the API does not allow are #VALUE! naming the allowed ones.
 * @param [fields] Columns: field names as for BRREG.ENHET (name, comma list or range); default organisasjonsnummer, navn, organisasjonsform.kode, adresse.
 * @param [max] Most rows to return (default 100). Enhetsregisteret returns at most 10,000 hits per search; beyond that the last row says so.
 * @param [register] enheter (hovedenheter, the default) or underenheter (business locations: filters such as beliggenhetsadresse.kommunenummer, overordnetEnhet, fraOppstartsdato; default columns organisasjonsnummer, navn, adresse, antallAnsatte).
 * @returns {any[][]} A header row of field names, then one row per unit.
 * @helpurl https://localhost:3000/help.html#brreg-sok
 * @example =BRREG.SOK("Sesam", "kommunenummer=0301") → organisasjonsnummer | navn | … then SESAM FAMILIEBARNEHAGE …
 * @example =BRREG.SOK("", "organisasjonsform=ASA;konkurs=false", "navn,antallAnsatte", 500) → up to 500 ASAs
 * @example =BRREG.SOK("", "kommunenummer=0301;naeringskode=56.101", , 200, "underenheter") → up to 200 restaurants (locations) in Oslo
 */
export function sok(navn: any, filters?: any[][], fields?: any[][], max?: any, register?: any) {
  return answerGrid(() => sokTable(getServices().brreg, navn, filters, fields, max, register));
}

/**
 * The underenheter (business locations) of a hovedenhet, as a table with a header row.
 * @customfunction BRREG.UNDERENHETER
 * @param orgnr The hovedenhet's organisasjonsnummer (number or text).
 * @param [fields] Columns: field names as for BRREG.UNDERENHET; default organisasjonsnummer, navn, adresse, antallAnsatte.
 * @param [max] Most rows to return (default 100; at most 10,000, as the API allows).
 * @returns {any[][]} A header row of field names, then one row per underenhet.
 * @helpurl https://localhost:3000/help.html#brreg-underenheter
 * @example =BRREG.UNDERENHETER(923609016) → organisasjonsnummer | navn | adresse | antallAnsatte, then one row per location
 * @example =BRREG.UNDERENHETER(923609016, "navn,beliggenhetsadresse.kommunenummer", 1000)
 */
export function underenheter(orgnr: any, fields?: any[][], max?: any) {
  return answerGrid(() => underenheterTable(getServices().brreg, orgnr, fields, max));
}

/**
 * How many hovedenheter (or underenheter) match a search (one request each, reading the count only); vectorised over a range of values.
 * @customfunction BRREG.ANTALL
 * @param filter1 A search filter's name, as for BRREG.SOK: kommunenummer, naeringskode, organisasjonsform, fraAntallAnsatte, konkurs, …
 * @param value1 Its value, or a range of values (spills in the range's shape, one count each).
 * @param [filter2] A second filter's name.
 * @param [value2] Its value or range (ranges must have the same shape; a single value applies to every element).
 * @param [filter3] A third filter's name.
 * @param [value3] Its value or range.
 * @param [filter4] A fourth filter's name.
 * @param [value4] Its value or range.
 * @param [register] enheter (hovedenheter, the default) or underenheter (business locations, with their own filters such as beliggenhetsadresse.kommunenummer and overordnetEnhet).
 * @returns {any[][]} The number of hovedenheter (or underenheter) matching all the filters, per element; empty for a blank value; #VALUE! for a value the API does not allow.
 * @helpurl https://localhost:3000/help.html#brreg-antall
 * @example =BRREG.ANTALL("kommunenummer", "0301", "organisasjonsform", "AS") → the number of AS in Oslo
 * @example =BRREG.ANTALL("kommunenummer", DROP(KLASS.CODES(131, 2024, , , "code"), 1), "organisasjonsform", "AS") → one count per kommune (DROP leaves out the header row), spilling down
 * @example =BRREG.ANTALL("naeringskode", A2:A20, "konkurs", FALSE) → one count per næringskode in A2:A20
 * @example =BRREG.ANTALL("overordnetEnhet", A2:A50, , , , , , , "underenheter") → how many underenheter each hovedenhet in A2:A50 has
 */
export function antall(
  filter1: any,
  value1: any[][],
  filter2?: any,
  value2?: any[][],
  filter3?: any,
  value3?: any[][],
  filter4?: any,
  value4?: any[][],
  register?: any,
) {
  return answerGrid(() =>
    countGrid(getServices().brreg, [filter1, value1, filter2, value2, filter3, value3, filter4, value4], register),
  );
}

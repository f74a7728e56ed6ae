/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's function metadata is read from these types: `any` (scalar) and `any[][]` (range). */
import { rollerTable } from "../../core/brreg/roller";
import { sokTable, underenheterTable } from "../../core/brreg/searchTables";
import { getServices } from "../../runtime/services";
import { answerGrid } from "../shared/answerGrid";

/*
 * The table-valued BRREG functions — ROLLER, UNDERENHETER, SOK: each spills a header row and one
 * row per role or unit. Thin wrappers over src/core/brreg (roller.ts, searchTables.ts).
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
 * Search Enhetsregisteret's hovedenheter by name and filters; a table with a header row.
 * @customfunction BRREG.SOK
 * @param navn Name or part of it; may be empty when filters are given.
 * @param [filters] "key=value;key=value" or a two-column range, with the API's parameter names: kommunenummer, naeringskode, organisasjonsform, fraAntallAnsatte (0, 1 or above 4), tilAntallAnsatte (0, 4 or above 4), konkurs, underAvvikling, registrertIMvaregisteret, forretningsadresse.postnummer, sort (field,ASC|DESC), …; values the API does not allow are #VALUE! naming the allowed ones.
 * @param [fields] Columns: field names as for BRREG.ENHET (name, comma list or range); default organisasjonsnummer, navn, organisasjonsform.kode, adresse.
 * @param [max] Most rows to return (default 100). Enhetsregisteret returns at most 10,000 hits per search; beyond that the last row says so.
 * @returns {any[][]} A header row of field names, then one row per unit.
 * @helpurl https://localhost:3000/help.html#brreg-sok
 * @example =BRREG.SOK("Sesam", "kommunenummer=0301") → organisasjonsnummer | navn | … then SESAM FAMILIEBARNEHAGE …
 * @example =BRREG.SOK("", "organisasjonsform=ASA;konkurs=false", "navn,antallAnsatte", 500) → up to 500 ASAs
 */
export function sok(navn: any, filters?: any[][], fields?: any[][], max?: any) {
  return answerGrid(() => sokTable(getServices().brreg, navn, filters, fields, max));
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

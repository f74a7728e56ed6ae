import { unitCardGrid } from "../../core/brreg/unitCards";
import { getServices } from "../../runtime/services";
import { answerGrid } from "../shared/answerGrid";
import { cardsForExcel } from "../shared/cards";

/*
 * BRREG.KORT: a thin wrapper over src/core/brreg/unitCards.ts. `orgnr` is `any[][]`, so a column
 * of numbers is one invocation on the batched path (roles: one request per hovedenhet).
 */

/**
 * A unit in Enhetsregisteret as a card (an Excel data type): click the icon to open it, or read a field with =A2.navn or =A2.[antall ansatte]. In Excel without data types from custom functions (Excel 2021/2024 perpetual) it is the unit's name as text.
 * @customfunction BRREG.KORT
 * @param orgnr Organisasjonsnummer: 9 digits as a number or text (spaces allowed), or a range of them (spills the same shape).
 * @returns {any[][]} A card whose text is the name. Fields: organisasjonsnummer, navn, organisasjonsform, næringskoder, adresse, kommune, antall ansatte, stiftelsesdato (underenhet: oppstartsdato), registreringer, status, hjemmeside; a hovedenhet's daglig leder, styreleder, revisor; an underenhet's overordnet enhet (a card). #N/A when the number is not registered; #VALUE! for a malformed number or when Enhetsregisteret is unavailable.
 * @helpurl https://localhost:3000/help.html#brreg-kort
 * @example =BRREG.KORT(923609016) → EQUINOR ASA (a card)
 * @example =BRREG.KORT(A2:A1000) → a card per orgnr
 */
export function kort(orgnr: unknown[][]) {
  return answerGrid(() => cardsForExcel(unitCardGrid(getServices().brreg, orgnr)));
}

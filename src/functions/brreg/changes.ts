/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's function metadata is read from these types: `any` (scalar) and `any[][]` (range). */
import { changesGrid } from "../../core/brreg/changesGrid";
import { getServices } from "../../runtime/services";
import { answerGrid } from "../shared/answerGrid";

/*
 * BRREG.ENDRINGER: a thin wrapper over src/core/brreg/changesGrid.ts (the change feeds' windows
 * are read and cached by core's changeWindows.ts).
 */

/**
 * The latest change of each unit in Enhetsregisteret since a date, from the register's change feeds: type and date; empty when unchanged.
 * @customfunction BRREG.ENDRINGER
 * @param orgnr Organisasjonsnummer (number or text), or a range of them (spills down).
 * @param since The date to look back to: an Excel date, "yyyy-mm-dd", "dd.mm.yyyy" or a year (from the start of that day, local time).
 * @param [columns] Columns to show: type (Ny, Endring, Sletting, Fjernet, Ukjent), dato (an Excel date and time: format the column as a date), oppdateringsid; a name, comma list or range; default type, dato.
 * @returns {any[][]} One row per orgnr with the latest change's columns; empty when the feeds name no change since then; #VALUE! for a malformed number or date.
 * @helpurl https://localhost:3000/help.html#brreg-endringer
 * @example =BRREG.ENDRINGER(923609016, "2026-01-01") → Endring | 46030.3 (format as a date)
 * @example =BRREG.ENDRINGER(A2:A1000, DATE(2026;11;1)) → the type and date of each unit's latest change since 1 November, empty for unchanged ones
 * @example =BRREG.ENDRINGER(A2:A1000, TODAY()-7, "type") → Ny, Endring, Sletting or Fjernet for units changed the last week
 */
export function endringer(orgnr: any[][], since: any, columns?: any[][]) {
  return answerGrid(() => changesGrid(getServices().brreg, orgnr, since, columns));
}

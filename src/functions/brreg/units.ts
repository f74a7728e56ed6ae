/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's function metadata is read from these types: `any` (scalar) and `any[][]` (range). */
import type { BrregData } from "../../core/brreg/brregData";
import type { ResultGrid } from "../../core/resultGrid";
import { orgformGrid } from "../../core/brreg/orgform";
import { statusGrid, unitGrid, validGrid, type UnitGridOptions } from "../../core/brreg/unitGrid";
import { isPromise, type MaybePromise } from "../../core/maybePromise";
import { toCellError } from "../shared/cellError";
import { getServices } from "../../runtime/services";
import { answerGrid, toCells } from "../shared/answerGrid";

/*
 * The cell-level BRREG functions — ENHET, UNDERENHET, STATUS, GYLDIG, ORGFORM: thin wrappers over
 * src/core/brreg. Their keys and `fields` are `any[][]`, so a column of 10,000 numbers is one
 * invocation on the same batched path as 10,000 single cells, and gives a grid of the same shape.
 */

const UNDERENHETER: UnitGridOptions = Object.freeze({ register: "underenheter" });

/** `unitGrid` or `statusGrid`: the core of a per-cell BRREG function. */
type UnitCompute = (
  data: BrregData,
  orgnr: unknown,
  fields: unknown,
  options?: UnitGridOptions,
) => MaybePromise<ResultGrid>;

/**
 * What `answerGrid(() => compute(…))` answers, without its two closures per call: ENHET,
 * UNDERENHET and STATUS run once per cell on every recalculation, and a cache hit should cost a
 * look-up, not allocations. The same answer: a thrown error becomes its cell error (thrown), a
 * synchronous grid its cells, and a promise goes through `answerGrid` (its deadline included).
 */
function unitAnswer(
  compute: UnitCompute,
  orgnr: unknown,
  fields?: unknown,
  options?: UnitGridOptions,
): MaybePromise<any[][]> {
  let grid: MaybePromise<ResultGrid>;
  try {
    grid = compute(getServices().brreg, orgnr, fields, options);
  } catch (error) {
    throw toCellError(error);
  }
  return isPromise(grid) ? later(grid) : toCells(grid);
}

/** A cache miss's grid through `answerGrid` (apart, so a hit does not allocate this closure's state). */
function later(grid: Promise<ResultGrid>): Promise<any[][]> {
  return answerGrid(() => grid) as Promise<any[][]>;
}

/**
 * A field of a unit in Enhetsregisteret (hovedenhet or underenhet, found in the right register automatically).
 * @customfunction BRREG.ENHET
 * @param orgnr Organisasjonsnummer: 9 digits as a number or text (spaces allowed), or a range of them (spills down).
 * @param [fields] Field name, comma list or range (spills across); default navn. The API's dotted paths (organisasjonsform.kode, forretningsadresse.poststed, naeringskode1.kode, antallAnsatte, kapital.belop, …) or adresse, kommunenummer, naering, status. Parent fields: overordnetEnhet.navn and the like. Role fields (one request per hovedenhet): dagligLeder, styreleder, nestleder, styremedlemmer (names), styremedlemmer.antall, revisor, revisor.organisasjonsnummer, regnskapsforer, regnskapsforer.organisasjonsnummer, kontaktperson, harRevisor.
 * @returns {any[][]} The value (text, number, TRUE/FALSE, ISO date text), empty when the unit lacks the field; #N/A when the number is not registered or was removed; #VALUE! for a malformed number or unknown field.
 * @helpurl https://localhost:3000/help.html#brreg-enhet
 * @example =BRREG.ENHET(923609016, "navn") → EQUINOR ASA
 * @example =BRREG.ENHET("923 609 016", "organisasjonsform.kode") → ASA
 * @example =BRREG.ENHET(923609016, "adresse") → Forusbeen 50, 4035 STAVANGER
 * @example =BRREG.ENHET(A2:A100, "navn, naeringskode1.kode, antallAnsatte") → a table, one row per orgnr
 * @example =BRREG.ENHET(A2:A1000, "dagligLeder, styreleder, revisor") → the daglig leder, the chair and the auditor of each unit
 */
export function enhet(orgnr: any[][], fields?: any[][]) {
  return unitAnswer(unitGrid, orgnr, fields);
}

/**
 * A field of an underenhet (a business location) in Enhetsregisteret; underenheter only.
 * @customfunction BRREG.UNDERENHET
 * @param orgnr The underenhet's organisasjonsnummer (number or text), or a range of them (spills down).
 * @param [fields] Field name, comma list or range (spills across); default navn. E.g. beliggenhetsadresse.poststed, oppstartsdato, nedleggelsesdato, overordnetEnhet, naeringskode1.kode, adresse, status; the hovedenhet's overordnetEnhet.navn, overordnetEnhet.organisasjonsform.kode, overordnetEnhet.naeringskode1.kode, overordnetEnhet.adresse, overordnetEnhet.status (one batched look-up of the parents).
 * @returns {any[][]} The value, empty when the unit lacks the field; #N/A when the number is not an underenhet.
 * @helpurl https://localhost:3000/help.html#brreg-underenhet
 * @example =BRREG.UNDERENHET(A2, "beliggenhetsadresse.poststed") → the town of the location in A2
 * @example =BRREG.UNDERENHET(B2:B50, "overordnetEnhet, oppstartsdato") → a table, one row per orgnr
 * @example =BRREG.UNDERENHET(B2:B50, "navn, overordnetEnhet.navn") → each location's name and its hovedenhet's name
 */
export function underenhet(orgnr: any[][], fields?: any[][]) {
  return unitAnswer(unitGrid, orgnr, fields, UNDERENHETER);
}

/**
 * The status of a unit: Aktiv, Slettet (with date), Konkurs, Under avvikling, Under tvangsavvikling, Nedlagt (with date) or Fjernet.
 * @customfunction BRREG.STATUS
 * @param orgnr Organisasjonsnummer (number or text), or a range of them.
 * @returns {any[][]} The status text; #N/A when the number is not registered.
 * @helpurl https://localhost:3000/help.html#brreg-status
 * @example =BRREG.STATUS(923609016) → Aktiv
 * @example =BRREG.STATUS(A2) → Slettet 2024-11-26
 */
export function status(orgnr: any[][]) {
  return unitAnswer(statusGrid, orgnr);
}

/**
 * Whether a number is a well-formed organisasjonsnummer (9 digits, mod-11 check digit); makes no request.
 * @customfunction BRREG.GYLDIG
 * @param orgnr The number to check (number or text, spaces allowed), or a range of them.
 * @returns {any[][]} TRUE when it has 9 digits and passes the mod-11 check, else FALSE.
 * @helpurl https://localhost:3000/help.html#brreg-gyldig
 * @example =BRREG.GYLDIG(923609016) → TRUE
 * @example =BRREG.GYLDIG("923 609 017") → FALSE
 */
export function gyldig(orgnr: any[][]) {
  return answerGrid(() => validGrid(orgnr));
}

/**
 * The description of an organisasjonsform code (AS, ASA, ENK, BEDR, …).
 * @customfunction BRREG.ORGFORM
 * @param kode The code, e.g. "ASA", or a range of codes.
 * @returns {any[][]} The description, e.g. Allmennaksjeselskap; #N/A for an unknown code.
 * @helpurl https://localhost:3000/help.html#brreg-orgform
 * @example =BRREG.ORGFORM("ASA") → Allmennaksjeselskap
 * @example =BRREG.ORGFORM(BRREG.ENHET(923609016, "organisasjonsform.kode")) → Allmennaksjeselskap
 */
export function orgform(kode: any[][]) {
  return answerGrid(() => orgformGrid(getServices().brreg, kode));
}

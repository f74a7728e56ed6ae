import { isOmitted } from "../args";
import { InvalidInputError } from "../errors";
import { singleValue } from "./args";
import type { BrregData } from "./brregData";
import { fieldValue, parseFields, type FieldSpec } from "./fields";
import { parseFilters } from "./filters";
import type { CellScalar } from "../resultGrid";
import type { BrregRegister } from "./types";
import { normaliseOrgnr } from "./orgnr";
import { capNote, parseMax, searchUnits, type SearchResult } from "./search";

/*
 * BRREG.SOK and BRREG.UNDERENHETER: a search as a table — a header row of field names, one row
 * per unit, and, when the API's 10,000-hit cap cut the list short of `max`, a last row holding a
 * note instead of a 400.
 */

/** BRREG.SOK's columns when `fields` is omitted. */
const SOK_DEFAULT_FIELDS: readonly string[] = ["organisasjonsnummer", "navn", "organisasjonsform.kode", "adresse"];
/** BRREG.UNDERENHETER's columns when `fields` is omitted. */
const UNDERENHETER_DEFAULT_FIELDS: readonly string[] = ["organisasjonsnummer", "navn", "adresse", "antallAnsatte"];

/**
 * A search result as a table: a header row of field names, one row per unit, and — only when
 * the API's cap cut the list — a last row with the note in its first cell.
 *
 * @example searchTable(result, parseFields("navn", ["enheter"])) // → [["navn"], ["EQUINOR ASA"], …]
 */
function searchTable(result: SearchResult, fields: readonly FieldSpec[]): CellScalar[][] {
  const rows: CellScalar[][] = [fields.map((f) => f.name)];
  for (const unit of result.units) rows.push(fields.map((f) => fieldValue(unit, f)));
  if (result.capped) rows.push(fields.map((_, i) => (i === 0 ? capNote(result) : "")));
  return rows;
}

/** BRREG.SOK's `register`: blank → enheter (hovedenheter); else enheter or underenheter, in any case. */
export function parseRegister(arg: unknown): BrregRegister {
  const value = singleValue(arg, "register");
  if (isOmitted(value)) return "enheter";
  const text = String(value).trim().toLowerCase();
  if (text === "enheter" || text === "underenheter") return text;
  throw new InvalidInputError(`register must be enheter or underenheter, not "${String(value)}"`, { api: "brreg" });
}

/**
 * BRREG.SOK's core. Everything is validated before any request (unknown filter or field, bad
 * max, bad register), so a typo never costs a round trip. `register` chooses hovedenheter
 * (enheter, the default) or underenheter, with that register's filters and fields.
 */
export async function sokTable(
  data: BrregData,
  navnArg: unknown,
  filtersArg?: unknown,
  fieldsArg?: unknown,
  maxArg?: unknown,
  registerArg?: unknown,
): Promise<CellScalar[][]> {
  const register = parseRegister(registerArg);
  const navn = singleValue(navnArg, "navn");
  const params = parseFilters(filtersArg, register);
  if (!isOmitted(navn)) {
    if ("navn" in params)
      throw new InvalidInputError("navn is given both as the first argument and as a filter: give it once", {
        api: "brreg",
      });
    Object.assign(params, parseFilters([["navn", String(navn).trim()]], register));
  }
  const defaults = register === "enheter" ? SOK_DEFAULT_FIELDS : UNDERENHETER_DEFAULT_FIELDS;
  const fields = parseFields(fieldsArg, [register], defaults);
  const max = parseMax(singleValue(maxArg, "max"));
  return searchTable(await searchUnits(data, register, params, max), fields);
}

/** BRREG.UNDERENHETER's core: `underenheter?overordnetEnhet=<orgnr>`. */
export async function underenheterTable(
  data: BrregData,
  orgnrArg: unknown,
  fieldsArg?: unknown,
  maxArg?: unknown,
): Promise<CellScalar[][]> {
  const orgnr = normaliseOrgnr(singleValue(orgnrArg, "orgnr"));
  const fields = parseFields(fieldsArg, ["underenheter"], UNDERENHETER_DEFAULT_FIELDS);
  const max = parseMax(singleValue(maxArg, "max"));
  return searchTable(await searchUnits(data, "underenheter", { overordnetEnhet: orgnr }, max), fields);
}

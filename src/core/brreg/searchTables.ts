import { isOmitted } from "../args";
import { InvalidInputError } from "../errors";
import { singleValue } from "./args";
import type { BrregData } from "./brregData";
import { fieldValue, parseFields, type FieldSpec } from "./fields";
import { parseFilters } from "./filters";
import type { CellScalar } from "../resultGrid";
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

/**
 * BRREG.SOK's core. Everything is validated before any request (unknown filter or field, bad
 * max), so a typo never costs a round trip.
 */
export async function sokTable(
  data: BrregData,
  navnArg: unknown,
  filtersArg?: unknown,
  fieldsArg?: unknown,
  maxArg?: unknown,
): Promise<CellScalar[][]> {
  const navn = singleValue(navnArg, "navn");
  const params = parseFilters(filtersArg, "enheter");
  if (!isOmitted(navn)) {
    if ("navn" in params)
      throw new InvalidInputError("navn is given both as the first argument and as a filter: give it once", {
        api: "brreg",
      });
    Object.assign(params, parseFilters([["navn", String(navn).trim()]], "enheter"));
  }
  const fields = parseFields(fieldsArg, ["enheter"], SOK_DEFAULT_FIELDS);
  const max = parseMax(singleValue(maxArg, "max"));
  return searchTable(await searchUnits(data, "enheter", params, max), fields);
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

import { RemovedError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { BrregData } from "./data";
import { fieldValue, parseFields, type FieldSpec } from "./fields";
import { attempt, settleMap, toMatrix, type Grid, type GridCell } from "./grid";
import { isBlank, isValidOrgnr, normaliseOrgnr } from "./orgnr";
import { notRegistered } from "./status";
import type { BrregRegister, UnitLookup } from "./types";

/**
 * The core of BRREG.ENHET, BRREG.UNDERENHET, BRREG.STATUS and BRREG.GYLDIG, vectorised:
 * - one field: the result has the shape of `orgnr` (a column spills down, a row across);
 * - several fields: one row per orgnr (read row by row), one column per field — a table.
 * Every distinct valid number is asked for synchronously, within this one invocation, so a
 * column of 10,000 numbers reaches BrregData's batcher in the same window as 10,000 separate
 * cells would. Each element settles on its own: a malformed number, a 404, a 410 or a failed
 * batch is an Error in its own cells, and the rest of the table still fills in.
 */
export interface UnitGridOptions {
  /** Only this register (BRREG.UNDERENHET); any register when absent (hovedenhet first). */
  readonly register?: BrregRegister;
  /** Fields when the argument is blank. */
  readonly defaultFields?: readonly string[];
}

type Key = string | Error | null;

function keyOf(value: unknown): Key {
  if (isBlank(value)) return null;
  try {
    return normaliseOrgnr(value);
  } catch (error) {
    return error as Error;
  }
}

function removed(orgnr: string): RemovedError {
  return new RemovedError(`${orgnr} was removed from Enhetsregisteret (410 Gone)`, { api: "brreg" });
}

/** One cell for one field of one settled look-up. */
export function lookupCell(orgnr: string, lookup: UnitLookup | Error, field: FieldSpec, register?: BrregRegister): GridCell {
  if (lookup instanceof Error) return lookup;
  switch (lookup.state) {
    case "found":
      return fieldValue(lookup.unit, field);
    case "deleted":
      return fieldValue(lookup.unit, field, true);
    case "removed":
      return field.name === "status" ? "Fjernet" : removed(orgnr);
    case "not-registered":
      return notRegistered(orgnr, register);
  }
}

/** Field values for a range of organisasjonsnumre. Throws InvalidInputError for an unknown field name. */
export function unitGrid(data: BrregData, orgnrArg: unknown, fieldsArg: unknown, options: UnitGridOptions = {}): MaybePromise<Grid> {
  const { register } = options;
  const fields = parseFields(fieldsArg, register ? [register] : ["enheter", "underenheter"], options.defaultFields);
  const matrix = toMatrix(orgnrArg);
  const keys = matrix.map((row) => row.map(keyOf));

  const lookups = new Map<string, MaybePromise<UnitLookup | Error>>();
  for (const row of keys) {
    for (const key of row) {
      if (typeof key !== "string" || lookups.has(key)) continue;
      lookups.set(key, attempt(() => (register ? data.unitIn(register, key) : data.unit(key))));
    }
  }

  return mapMaybe(settleMap(lookups), (settled) => {
    const cells = (key: Key): GridCell[] =>
      fields.map((field) => {
        if (key === null) return "";
        if (key instanceof Error) return key;
        return lookupCell(key, settled.get(key) ?? new Error(`no answer for ${key}`), field, register);
      });
    if (fields.length === 1) return keys.map((row) => row.map((key) => cells(key)[0] ?? ""));
    return keys.flat().map(cells);
  });
}

/** BRREG.STATUS over a range: Aktiv, "Slettet 2024-11-26", Konkurs, …, Fjernet; #N/A when not registered. */
export function statusGrid(data: BrregData, orgnrArg: unknown): MaybePromise<Grid> {
  return unitGrid(data, orgnrArg, "status");
}

/** BRREG.GYLDIG over a range: TRUE/FALSE by the mod-11 rule, no request. */
export function validGrid(orgnrArg: unknown): Grid {
  return toMatrix(orgnrArg).map((row) => row.map(isValidOrgnr));
}

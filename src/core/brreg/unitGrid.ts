import { isOmitted, scalar, toGrid } from "../args";
import { isNotFoundError, RemovedError } from "../errors";
import { isPromise, mapMaybe, type MaybePromise } from "../maybePromise";
import { asError, attempt, settleMap } from "../settleMap";
import type { BrregData } from "./brregData";
import { fieldValue, findField, parseFields, type FieldSpec } from "./fields";
import { PARENT_PREFIX } from "./fieldCatalogue";
import type { ResultGrid, ResultCell } from "../resultGrid";
import { isValidOrgnr, orgnrOrError } from "./orgnr";
import { notRegistered } from "./status";
import { noRoles, roleValue } from "./roleFields";
import { loadUnitExtras } from "./unitExtras";
import type { BrregRegister, UnitLookup } from "./types";

/*
 * The core of BRREG.ENHET, BRREG.UNDERENHET, BRREG.STATUS and BRREG.GYLDIG, vectorised:
 * - one field: the result has the shape of `orgnr` (a column spills down, a row across; a 1-D
 *   array is a row, as in core/args' `toGrid`);
 * - several fields: one row per orgnr (read row by row), one column per field — a table.
 * Every distinct valid number is asked for synchronously, within this one invocation, so a
 * column of 10,000 numbers reaches BrregData's batcher in the same window as 10,000 separate
 * cells would. Each element settles on its own: a malformed number, a 404, a 410 or a failed
 * batch is an Error in its own cells, and the rest of the table still fills in.
 */

/** Which register {@link unitGrid} reads, and the fields it shows when none are given. */
export interface UnitGridOptions {
  /** Only this register (BRREG.UNDERENHET); any register when absent (hovedenhet first). */
  readonly register?: BrregRegister;
  /** Fields when the argument is blank. */
  readonly defaultFields?: readonly string[];
}

type Key = string | Error | null;

/** The register lists, shared and frozen, so fieldNamesFor's memo finds them by identity (no key string per call). */
const BOTH: readonly BrregRegister[] = Object.freeze(["enheter", "underenheter"] as const);
const ONLY: Readonly<Record<BrregRegister, readonly BrregRegister[]>> = {
  enheter: Object.freeze(["enheter"] as const),
  underenheter: Object.freeze(["underenheter"] as const),
};

/** Role fields are read here (from each hovedenhet's roles), unlike in a search. */
const WITH_ROLES = Object.freeze({ roles: true });

/** Shared, so a call without options allocates none. */
const NO_OPTIONS: UnitGridOptions = Object.freeze({});

/** The normalised number (memoised per cell value, see ./orgnr.ts), its InvalidInputError, or null for a blank cell. */
function keyOf(value: unknown): Key {
  return isOmitted(value) ? null : orgnrOrError(value);
}

function removed(orgnr: string): RemovedError {
  return new RemovedError(`${orgnr} was removed from Enhetsregisteret (410 Gone)`, { api: "brreg" });
}

/** One cell for one field of one settled look-up. */
function lookupCell(orgnr: string, lookup: UnitLookup | Error, field: FieldSpec, register?: BrregRegister): ResultCell {
  if (lookup instanceof Error) return lookup;
  switch (lookup.state) {
    case "found":
      return fieldValue(lookup.unit, field);
    case "deleted":
      return fieldValue(lookup.unit, field, true);
    case "removed":
      return field.name === "status" ? "Fjernet" : removed(orgnr);
    case "not-registered":
      return notRegistered(orgnr, register, lookup.unchecked);
  }
}

/** Parsed `fields` texts per register set: =BRREG.ENHET(A2, "navn") down a column parses "navn" once, not per cell. */
const parsedFields: Record<BrregRegister | "both", Map<string, FieldSpec[]>> = {
  both: new Map(),
  enheter: new Map(),
  underenheter: new Map(),
};

function fieldsOf(
  fieldsArg: unknown,
  register: BrregRegister | undefined,
  defaults: readonly string[] | undefined,
): FieldSpec[] {
  const registers = register ? ONLY[register] : BOTH;
  const text = scalar(fieldsArg);
  // Blank (defaults apply), ranges and non-text go the plain way; so does an unknown name (it throws).
  if (typeof text !== "string" || text.trim() === "") return parseFields(fieldsArg, registers, defaults, WITH_ROLES);
  const memo = parsedFields[register ?? "both"];
  let fields = memo.get(text);
  if (fields === undefined) {
    fields = parseFields(text, registers, undefined, WITH_ROLES);
    if (memo.size >= 256) memo.clear();
    memo.set(text, fields);
  }
  return fields;
}

/**
 * Field values for a range of organisasjonsnumre (see the module comment for the shapes). Throws
 * InvalidInputError for an unknown field name, before any request; every other problem is an
 * Error element in its own cells.
 *
 * @example unitGrid(data, [[923609016], [976030788]], "navn") // → [["EQUINOR ASA"], ["SESAM AS"]]
 * @example unitGrid(data, 923609016, "navn,status") // → [["EQUINOR ASA", "Aktiv"]]
 */
export function unitGrid(
  data: BrregData,
  orgnrArg: unknown,
  fieldsArg: unknown,
  options: UnitGridOptions = NO_OPTIONS,
): MaybePromise<ResultGrid> {
  const register = options.register;
  const fields = fieldsOf(fieldsArg, register, options.defaultFields);
  if (fields.some(isRelatedField)) return relatedGrid(data, orgnrArg, fields, register);

  // One cell (the common case: a formula per row): no grids or maps, and synchronous when cached.
  // `scalar` unwraps a 1×1 range and hands anything larger back as an array.
  const single = scalar(orgnrArg);
  const singleKey = Array.isArray(single) ? null : keyOf(single);
  if (typeof singleKey === "string") return singleRow(data, singleKey, fields, register);
  return rangeGrid(data, orgnrArg, fields, register);
}

/**
 * A range (or one blank or invalid cell): every distinct valid number asked for in this pass,
 * then the grid in the argument's shape. Apart from {@link unitGrid} so that the single-cell
 * path, which runs per cell, allocates none of the closures' state declared here.
 */
function rangeGrid(
  data: BrregData,
  orgnrArg: unknown,
  fields: readonly FieldSpec[],
  register: BrregRegister | undefined,
): MaybePromise<ResultGrid> {
  const keys = toGrid(orgnrArg).map((row) => row.map(keyOf));

  const lookups = new Map<string, MaybePromise<UnitLookup | Error>>();
  for (const row of keys) {
    for (const key of row) {
      if (typeof key !== "string" || lookups.has(key)) continue;
      lookups.set(
        key,
        attempt(() => (register ? data.unitIn(register, key) : data.unit(key))),
      );
    }
  }

  return mapMaybe(settleMap(lookups), (settled) => {
    const cell = (key: Key, field: FieldSpec): ResultCell => {
      if (key === null) return "";
      if (key instanceof Error) return key;
      return lookupCell(key, settled.get(key) ?? new Error(`no answer for ${key}`), field, register);
    };
    const only = fields.length === 1 ? fields[0] : undefined;
    // One field: no per-key array (this runs per cell on a warm recalculation).
    if (only !== undefined) return keys.map((row) => row.map((key) => cell(key, only)));
    return keys.flat().map((key) => fields.map((field) => cell(key, field)));
  });
}

/**
 * One valid number's row, as `attempt` + `mapMaybe` would give it, spelt out: this runs per cell
 * on a warm recalculation, so a cache hit creates no closure and no array beyond the row itself.
 * A synchronous throw or a rejection becomes the Error in the row's cells, as in the range path.
 */
function singleRow(
  data: BrregData,
  orgnr: string,
  fields: readonly FieldSpec[],
  register: BrregRegister | undefined,
): MaybePromise<ResultGrid> {
  let lookup: MaybePromise<UnitLookup>;
  try {
    lookup = register ? data.unitIn(register, orgnr) : data.unit(orgnr);
  } catch (error) {
    return rowOf(orgnr, asError(error), fields, register);
  }
  return isPromise(lookup) ? rowLater(lookup, orgnr, fields, register) : rowOf(orgnr, lookup, fields, register);
}

/** {@link singleRow} on a cache miss (apart, so that a hit allocates none of these closures' state). */
function rowLater(
  lookup: Promise<UnitLookup>,
  orgnr: string,
  fields: readonly FieldSpec[],
  register: BrregRegister | undefined,
): Promise<ResultGrid> {
  return lookup.then(
    (ready) => rowOf(orgnr, ready, fields, register),
    (error: unknown) => rowOf(orgnr, asError(error), fields, register),
  );
}

function rowOf(
  orgnr: string,
  lookup: UnitLookup | Error,
  fields: readonly FieldSpec[],
  register: BrregRegister | undefined,
): ResultGrid {
  const only = fields.length === 1 ? fields[0] : undefined;
  if (only !== undefined) return [[lookupCell(orgnr, lookup, only, register)]];
  const row: ResultCell[] = [];
  for (const field of fields) row.push(lookupCell(orgnr, lookup, field, register));
  return [row];
}

function isRelatedField(field: FieldSpec): boolean {
  return field.kind === "role" || field.kind === "parent";
}

/** The parent's own field behind `overordnetEnhet.<field>`. */
function parentField(field: FieldSpec): FieldSpec {
  const spec = findField(field.name.slice(PARENT_PREFIX.length));
  if (spec === undefined) throw new Error(`no field behind ${field.name}`);
  return spec;
}

/** The unit's overordnet enhet's number, if it has one. */
function parentOf(lookup: UnitLookup | Error): string | undefined {
  if (lookup instanceof Error || !isCurrentOrDeleted(lookup)) return undefined;
  const parent = lookup.unit.overordnetEnhet;
  return typeof parent === "string" && parent !== "" ? parent : undefined;
}

/**
 * {@link rangeGrid} with role or parent fields among `fields`: the units first (batched, as
 * always), then, for role fields, `enheter/{orgnr}/roller` for each distinct hovedenhet found or
 * deleted — one request per unit through the same cache, per-host limit and stale-if-error as
 * units (BrregData.roller) — and, for parent fields (`overordnetEnhet.navn`, …), each distinct
 * overordnet enhet through the same batched look-up as units (one list request for a column's
 * parents). An underenhet holds no roles (empty role cells); a unit without an overordnet enhet
 * gives empty parent cells; a unit that is removed or not registered gives the unit's error in
 * every cell; a failed roles or parent look-up is an Error in those cells only.
 */
function relatedGrid(
  data: BrregData,
  orgnrArg: unknown,
  fields: readonly FieldSpec[],
  register: BrregRegister | undefined,
): MaybePromise<ResultGrid> {
  const keys = toGrid(orgnrArg).map((row) => row.map(keyOf));
  const lookups = new Map<string, MaybePromise<UnitLookup | Error>>();
  for (const row of keys)
    for (const key of row)
      if (typeof key === "string" && !lookups.has(key))
        lookups.set(
          key,
          attempt(() => (register ? data.unitIn(register, key) : data.unit(key))),
        );

  const wantRoles = fields.some((f) => f.kind === "role");
  const wantParents = fields.some((f) => f.kind === "parent");
  return mapMaybe(settleMap(lookups), (units) => {
    const extras = loadUnitExtras(
      data,
      units,
      (lookup) => wantRoles && !(lookup instanceof Error) && holdsRoles(lookup),
      (lookup) => (wantParents ? parentOf(lookup) : undefined),
    );
    return mapMaybe(extras, ({ roles: held, parents: parentsSettled }) => {
      const cell = (key: Key, field: FieldSpec): ResultCell => {
        if (key === null) return "";
        if (key instanceof Error) return key;
        const lookup = units.get(key) ?? new Error(`no answer for ${key}`);
        if (field.kind === "parent" && !(lookup instanceof Error) && isCurrentOrDeleted(lookup)) {
          const parent = parentOf(lookup);
          if (parent === undefined) return "";
          const parentLookup = parentsSettled.get(parent) ?? new Error(`no answer for ${parent}`);
          return lookupCell(parent, parentLookup, parentField(field), "enheter");
        }
        if (field.kind !== "role" || lookup instanceof Error || !isCurrentOrDeleted(lookup))
          return lookupCell(key, lookup, field, register);
        const grupper = held.get(key);
        if (grupper === undefined) return noRoles(field.name);
        if (grupper instanceof Error) return isNotFoundError(grupper) ? noRoles(field.name) : grupper;
        return roleValue(grupper, field.name);
      };
      const only = fields.length === 1 ? fields[0] : undefined;
      if (only !== undefined) return keys.map((row) => row.map((key) => cell(key, only)));
      return keys.flat().map((key) => fields.map((field) => cell(key, field)));
    });
  });
}

function isCurrentOrDeleted(lookup: UnitLookup): lookup is Extract<UnitLookup, { state: "found" | "deleted" }> {
  return lookup.state === "found" || lookup.state === "deleted";
}

/** Hovedenheter hold roles (found or deleted); underenheter never do. */
function holdsRoles(lookup: UnitLookup): boolean {
  return isCurrentOrDeleted(lookup) && lookup.register === "enheter";
}

/** BRREG.STATUS over a range: Aktiv, "Slettet 2024-11-26", Konkurs, …, Fjernet; #N/A when not registered. */
export function statusGrid(data: BrregData, orgnrArg: unknown): MaybePromise<ResultGrid> {
  return unitGrid(data, orgnrArg, "status");
}

/** BRREG.GYLDIG over a range: TRUE/FALSE by the mod-11 rule, no request. */
export function validGrid(orgnrArg: unknown): ResultGrid {
  return toGrid(orgnrArg).map((row) => row.map(isValidOrgnr));
}

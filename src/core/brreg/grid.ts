import { isPromise, type MaybePromise } from "../maybePromise";

/**
 * What BRREG core functions hand back to the functions layer: a grid of cell values, where an
 * element may be an Error (a bad row carries its own error, mapped to a cell error in
 * src/functions only — core never imports the cell-error mapping).
 */
export type CellScalar = string | number | boolean;
export type GridCell = CellScalar | Error;
export type Grid = GridCell[][];

/** A scalar argument arrives as `x`, a range as `[[…]]`; always give a non-empty matrix. */
export function toMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  return value.map((row: unknown) => (Array.isArray(row) ? (row.length === 0 ? [null] : row) : [row]));
}

/**
 * A list argument (fields, role codes): one value, a comma/semicolon list, or a range of them.
 * Blank entries are dropped, so a range with empty cells works.
 */
export function listArg(value: unknown): string[] {
  const out: string[] = [];
  for (const row of toMatrix(value)) {
    for (const cell of row) {
      if (cell === null || cell === undefined) continue;
      for (const part of String(cell).split(/[,;\n]/)) {
        const trimmed = part.trim();
        if (trimmed !== "") out.push(trimmed);
      }
    }
  }
  return out;
}

/** The first cell of an argument that may arrive as a range (e.g. `[[x]]`). */
export function scalarArg(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const row: unknown = value[0];
  return Array.isArray(row) ? row[0] : row;
}

/** An Error for anything thrown (strings and odd values become Errors, never lost). */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/** Call `fn`, turning a synchronous throw into a rejected value so one bad key never aborts a batch. */
export function attempt<T>(fn: () => MaybePromise<T>): MaybePromise<T | Error> {
  try {
    const value = fn();
    return isPromise(value) ? value.then((ready) => ready, asError) : value;
  } catch (error) {
    return asError(error);
  }
}

/**
 * Wait for every value of a map, each settling to its value or its Error. Synchronous when every
 * value is ready (the warm-cache path: no promise at all).
 */
export function settleMap<K, T>(values: ReadonlyMap<K, MaybePromise<T | Error>>): MaybePromise<Map<K, T | Error>> {
  const pending: Promise<void>[] = [];
  const out = new Map<K, T | Error>();
  for (const [key, value] of values) {
    if (isPromise(value)) pending.push(value.then((ready) => void out.set(key, ready), (error: unknown) => void out.set(key, asError(error))));
    else out.set(key, value);
  }
  return pending.length === 0 ? out : Promise.all(pending).then(() => out);
}

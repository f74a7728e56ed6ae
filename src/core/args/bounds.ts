import { InvalidInputError } from "../errors";

/*
 * Upper bounds on what a cell argument may hold. Every look-up that takes a name (a field, a
 * column, a code, a variant, a filter key) compares it with short names, so anything longer than
 * MAX_NAME_LENGTH is a mistake (a pasted column, a whole document) and is answered #VALUE! at
 * once — before any matching, nearest-name ranking or request, whose cost grows with the length.
 */

/** The longest field name, column list, code, variant name or filter a cell may give. */
export const MAX_NAME_LENGTH = 1_000;

/**
 * The longest search text: Enhetsregisteret's `navn` takes 1 to 180 characters (its API
 * documentation), and KLASS.SEARCH keeps to the same cap so both searches behave alike.
 */
export const MAX_SEARCH_TEXT_LENGTH = 180;

/** A value as an error message may quote it: at most 40 characters, then "…". */
export function shown(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * `text` when it has at most `max` characters; else the #VALUE! naming the bound.
 *
 * @example checkLength("navn", "field", 1000) // → "navn"
 */
export function checkLength(text: string, name: string, max: number = MAX_NAME_LENGTH): string {
  if (text.length > max) {
    throw new InvalidInputError(
      `${name} is ${text.length.toLocaleString("en-US")} characters long; at most ${max.toLocaleString("en-US")} are allowed ("${shown(text)}")`,
    );
  }
  return text;
}

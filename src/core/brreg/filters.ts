import {
  checkLength,
  coerceBoolean,
  coerceDate,
  excelSerialToIso,
  isOmitted,
  MAX_SEARCH_TEXT_LENGTH,
  toGrid,
} from "../args";
import { didYouMean, nearestNames } from "../args/nearest";
import { InvalidInputError, type KbErrorOptions } from "../errors";
import { normaliseOrgnr } from "./orgnr";
import {
  findParam,
  MAX_NAME_LENGTH,
  MAX_ORGNR_FILTER,
  NAME_METHODS,
  PAGING_PARAMS,
  SEARCH_PARAMS,
  SORT_FIELDS,
  type ParamKind,
} from "./searchParams";
import type { BrregRegister } from "./types";

/*
 * BRREG.SOK's `filters`: `key=value;key=value` text, or a two-column range (key | value), with
 * the API's own parameter names. Keys are checked on the client, so a typo is a clear #VALUE!
 * naming the nearest valid keys instead of a 400 (or, worse, a silently ignored parameter).
 */

/** Longest filter cell: `organisasjonsnummer=` and MAX_ORGNR_FILTER numbers with separators. */
const FILTER_CELL_MAX_LENGTH = 64 + MAX_ORGNR_FILTER * 11;

/** Throw the #VALUE! for a bad filter (with the suggested keys, if any). */
function fail(message: string, suggestions: readonly string[] = [], coded: Partial<KbErrorOptions> = {}): never {
  throw new InvalidInputError(message, { api: "brreg", suggestions, ...coded });
}

/** A value of the wrong kind: the code lets the pane say what the field takes, in its language. */
function wrongValue(key: string, kind: ParamKind, message: string): never {
  return fail(message, [], { code: "invalid-filter", params: { name: key, expects: kind } });
}

function listItems(value: unknown): string[] {
  return (typeof value === "number" ? [value.toFixed(0)] : String(value).split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The parameter's text for a cell value, checked by kind. Booleans are read as everywhere in
 * the add-in (core/args' `coerceBoolean`: TRUE/FALSE, 1/0, true/false, ja/nei, …) and sent as
 * the API's "true"/"false"; an empty value is an error, not a default.
 *
 * Every rule the API documents is checked here, with a message naming the allowed values, so an
 * undocumented value is a #VALUE! and never a request (the API would answer 400).
 *
 * @example paramValue("konkurs", "boolean", "ja", "enheter") // → "true"
 * @example paramValue("kommunenummer", "digits4", 301, "enheter") // → "0301"
 */
function paramValue(key: string, kind: ParamKind, value: unknown, register: BrregRegister): string {
  const text = typeof value === "string" ? value.trim() : value;
  switch (kind) {
    case "boolean":
      if (isOmitted(text)) return wrongValue(key, kind, `Filter ${key} must be TRUE or FALSE, not ""`);
      return coerceBoolean(text, `Filter ${key}`, false) ? "true" : "false";
    case "fraAnsatte":
      return employees(key, kind, text, value, (n) => n === 0 || n === 1 || n > 4, "0, 1 or above 4 (5, 6, …)");
    case "tilAnsatte":
      return employees(key, kind, text, value, (n) => n === 0 || n >= 4, "0, 4 or above 4 (5, 6, …)");
    case "method": {
      const upper = String(text ?? "").toUpperCase();
      if (NAME_METHODS.includes(upper)) return upper;
      return fail(
        `Filter ${key} allows only ${NAME_METHODS.join(", ")} (the only method the API supports), not "${String(value)}"`,
      );
    }
    case "name": {
      const s = String(text ?? "");
      if (s === "") return fail(`Filter ${key} has no value`);
      if (s.length > MAX_NAME_LENGTH)
        return fail(`Filter ${key} is ${s.length} characters long: the API takes 1 to ${MAX_NAME_LENGTH}`);
      return s;
    }
    case "sort":
      return sortValue(key, String(text ?? ""), register);
    case "date":
      if (typeof text === "number") return excelSerialToIso(text, `Filter ${key}`);
      // Checked as every date argument is: a real day within Excel's range (core/args/dates.ts).
      if (typeof text === "string" && isCalendarDate(text)) return coerceDate(text, text, `Filter ${key}`);
      return wrongValue(key, kind, `Filter ${key} must be a date (yyyy-mm-dd), not "${String(value)}"`);
    case "digits4": {
      const items = listItems(text);
      if (items.length === 0) return fail(`Filter ${key} has no value`);
      return items
        .map((item) => {
          if (!/^\d{1,4}$/.test(item))
            wrongValue(key, kind, `Filter ${key} takes 4-digit codes (comma-separated), not "${item}"`);
          return item.padStart(4, "0");
        })
        .join(",");
    }
    case "year": {
      const items = listItems(text);
      if (items.length === 0) return fail(`Filter ${key} has no value`);
      return items
        .map((item) =>
          /^\d{4}$/.test(item) ? item : wrongValue(key, kind, `Filter ${key} takes years (yyyy), not "${item}"`),
        )
        .join(",");
    }
    case "orgnr": {
      const items = listItems(text);
      if (items.length === 0) return fail(`Filter ${key} has no value`);
      if (items.length > MAX_ORGNR_FILTER)
        return fail(`Filter ${key} lists ${items.length} numbers: the API takes at most ${MAX_ORGNR_FILTER}`);
      return items.map((item) => normaliseOrgnr(item)).join(",");
    }
    case "orgnr1": {
      const items = listItems(text);
      if (items.length !== 1)
        return fail(`Filter ${key} takes one organisasjonsnummer (9 digits), not "${String(value)}"`);
      return normaliseOrgnr(items[0]);
    }
    case "text": {
      const s = String(text ?? "");
      // navn is free text of 1 to 180 characters (the API's documentation); other text filters
      // (addresses, codes, sort) are names, bounded like every name argument.
      return s === ""
        ? wrongValue(key, kind, `Filter ${key} has no value`)
        : checkLength(s, `Filter ${key}`, key === "navn" ? MAX_SEARCH_TEXT_LENGTH : undefined);
    }
  }
}

/** yyyy-mm-dd naming a day that exists (the API refuses 2024-13-01 and 2023-02-29). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** fra/tilAntallAnsatte: a whole number the API allows (it documents only some small values). */
function employees(
  key: string,
  kind: ParamKind,
  text: unknown,
  value: unknown,
  allowed: (n: number) => boolean,
  allowedText: string,
): string {
  const s = typeof text === "number" ? String(text) : String(text ?? "");
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  if (Number.isSafeInteger(n) && allowed(n)) return String(n);
  return wrongValue(
    key,
    kind,
    `Filter ${key} must be a whole number of employees the API allows: ${allowedText}; not "${String(value)}"`,
  );
}

/** `field` or `field,ASC|DESC`, with a field the register documents as sortable. */
function sortValue(key: string, text: string, register: BrregRegister): string {
  const parts = text.split(",").map((p) => p.trim());
  const [field = "", direction = "ASC", ...rest] = parts;
  const fields = SORT_FIELDS[register];
  const canonical = fields.find((f) => f.toLowerCase() === field.toLowerCase());
  if (!canonical) {
    const suggestions = nearestNames(field, fields);
    return fail(
      `Filter ${key}: "${field}" is not a field ${register} can be sorted by.${didYouMean(suggestions)} Write field,ASC or field,DESC.`,
      suggestions,
    );
  }
  const dir = direction.toUpperCase();
  if ((dir !== "ASC" && dir !== "DESC") || rest.length > 0)
    return fail(`Filter ${key} takes field,ASC or field,DESC (e.g. ${canonical},ASC), not "${text}"`);
  return `${canonical},${dir}`;
}

/**
 * Key/value pairs from text ("a=1;b=2") or a two-column range. A 1-D array is one row (as in
 * core/args' `toGrid`), so `["konkurs", false]` is one pair.
 */
function pairs(arg: unknown): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const row of toGrid(arg)) {
    // A cell may list up to MAX_ORGNR_FILTER organisation numbers (the API's documented limit).
    for (const cell of row) if (typeof cell === "string") checkLength(cell, "filters", FILTER_CELL_MAX_LENGTH);
    const [first, second] = row;
    if (row.length === 2 && typeof first === "string" && !first.includes("=") && first.trim() !== "") {
      out.push([first, second]);
      continue;
    }
    for (const cell of row) {
      if (isOmitted(cell)) continue;
      for (const part of String(cell).split(";")) {
        if (part.trim() === "") continue;
        const eq = part.indexOf("=");
        if (eq <= 0) fail(`Filter "${part.trim()}" is not key=value (separate filters with ";")`);
        out.push([part.slice(0, eq), part.slice(eq + 1)]);
      }
    }
  }
  return out;
}

/**
 * Validated search parameters for `register`, keyed by the API's own names.
 *
 * @example parseFilters("kommunenummer=0301; konkurs=false", "enheter") // → { kommunenummer: "0301", konkurs: "false" }
 */
export function parseFilters(arg: unknown, register: BrregRegister): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [rawKey, value] of pairs(arg)) {
    const key = rawKey.trim();
    if (PAGING_PARAMS.has(key.toLowerCase()))
      fail(`Filter ${key} is set by BRREG.SOK itself: use the max argument instead`);
    const found = findParam(register, key);
    if (!found) {
      const suggestions = nearestNames(key, [...SEARCH_PARAMS[register].keys()]);
      fail(`Unknown search filter "${key}" for ${register}.${didYouMean(suggestions)}`, suggestions, {
        code: "unknown-filter",
        params: { name: key },
      });
    }
    const [name, kind] = found;
    if (name in params) fail(`Filter ${name} is given twice: give one value (lists are comma-separated)`);
    params[name] = paramValue(name, kind, value, register);
  }
  return params;
}

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
import { findParam, PAGING_PARAMS, SEARCH_PARAMS, type ParamKind } from "./searchParams";
import type { BrregRegister } from "./types";

/*
 * BRREG.SOK's `filters`: `key=value;key=value` text, or a two-column range (key | value), with
 * the API's own parameter names. Keys are checked on the client, so a typo is a clear #VALUE!
 * naming the nearest valid keys instead of a 400 (or, worse, a silently ignored parameter).
 */

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
 * @example paramValue("konkurs", "boolean", "ja") // → "true"
 * @example paramValue("kommunenummer", "digits4", 301) // → "0301"
 */
function paramValue(key: string, kind: ParamKind, value: unknown): string {
  const text = typeof value === "string" ? value.trim() : value;
  switch (kind) {
    case "boolean":
      if (isOmitted(text)) return wrongValue(key, kind, `Filter ${key} must be TRUE or FALSE, not ""`);
      return coerceBoolean(text, `Filter ${key}`, false) ? "true" : "false";
    case "count":
      if (/^\d+$/.test(String(text))) return String(text);
      return wrongValue(
        key,
        kind,
        `Filter ${key} must be a whole number of employees (0 or more), not "${String(value)}"`,
      );
    case "date":
      if (typeof text === "number") return excelSerialToIso(text, `Filter ${key}`);
      // Checked as every date argument is: a real day within Excel's range (core/args/dates.ts).
      if (typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text)) return coerceDate(text, text, `Filter ${key}`);
      return wrongValue(key, kind, `Filter ${key} must be a date (yyyy-mm-dd), not "${String(value)}"`);
    case "digits4":
      return listItems(text)
        .map((item) => {
          if (!/^\d{1,4}$/.test(item))
            wrongValue(key, kind, `Filter ${key} takes 4-digit codes (comma-separated), not "${item}"`);
          return item.padStart(4, "0");
        })
        .join(",");
    case "year":
      return listItems(text)
        .map((item) =>
          /^\d{4}$/.test(item) ? item : wrongValue(key, kind, `Filter ${key} takes years (yyyy), not "${item}"`),
        )
        .join(",");
    case "orgnr":
      return listItems(text)
        .map((item) => normaliseOrgnr(item))
        .join(",");
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

/**
 * Key/value pairs from text ("a=1;b=2") or a two-column range. A 1-D array is one row (as in
 * core/args' `toGrid`), so `["konkurs", false]` is one pair.
 */
function pairs(arg: unknown): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const row of toGrid(arg)) {
    for (const cell of row) if (typeof cell === "string") checkLength(cell, "filters");
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
    params[name] = paramValue(name, kind, value);
  }
  return params;
}

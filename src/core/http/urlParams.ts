/*
 * The last check before a value goes into a request URL. Arguments are validated where they are
 * read (core/args), so a NaN, an Infinity or the text "undefined" here is a bug in the add-in,
 * never the user's input: it throws a plain Error (a programming error, shown as such), so no
 * request like `/classifications/Infinity` or `from=0NaN-NaN-NaN` is ever sent and cached.
 */

/** A URL value: text, a number or a boolean; undefined leaves the parameter out. */
export type UrlValue = string | number | boolean | undefined;

/** What a number, a date or a name turns into when a NaN, Infinity or undefined slipped through. */
const BROKEN_TEXT = /NaN|Infinity|undefined/;

/**
 * `value` as URL text, or a thrown Error when it is a non-finite number, or text (other than free
 * text, which a user may type as they like) that holds "NaN", "Infinity" or "undefined".
 *
 * @example urlValue("date", "2024-01-01") // → "2024-01-01"
 * @example urlValue("id", Number.NaN) // throws Error: internal error: URL parameter id is NaN
 */
export function urlValue(name: string, value: string | number | boolean, freeText = false): string {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Error(`internal error: URL parameter ${name} is ${String(value)}`);
  const text = String(value);
  if (!freeText && BROKEN_TEXT.test(text)) throw new Error(`internal error: URL parameter ${name} is "${text}"`);
  return text;
}

/** A path segment that is an id: a safe positive integer, else a thrown Error (see the module comment). */
export function urlId(name: string, id: number): string {
  if (!Number.isSafeInteger(id) || id < 1) throw new Error(`internal error: URL id ${name} is ${String(id)}`);
  return String(id);
}

/**
 * `?a=1&b=2` from the defined parameters (each checked by {@link urlValue}), or "" when none is.
 * `freeText` names the parameters a user types freely (search text), which are only encoded.
 */
export function queryString(params: Readonly<Record<string, UrlValue>>, freeText: readonly string[] = []): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined)
      parts.push(`${name}=${encodeURIComponent(urlValue(name, value, freeText.includes(name)))}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

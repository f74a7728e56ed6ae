import type { UiLanguage } from "./language";
import { EN, type StringKey, type Strings } from "./strings.en";
import { NB } from "./strings.nb";

export type { StringKey } from "./strings.en";
export { EN } from "./strings.en";
export { NB } from "./strings.nb";

/** A translator: the string for a key in one language, with `{name}` placeholders filled. */
export type Translate = (key: StringKey, values?: Readonly<Record<string, string | number>>) => string;

const TABLES: Readonly<Record<UiLanguage, Strings>> = { en: EN, nb: NB };

/** Numbers as the language writes them (10 000 in nb, 10,000 in en). */
function formatNumber(value: number, language: UiLanguage): string {
  return value.toLocaleString(language === "nb" ? "nb-NO" : "en-US");
}

/** Fills `{name}` placeholders; numbers are formatted for the language, unknown names stay as written. */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
  language: UiLanguage = "en",
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, language) : value;
  });
}

/**
 * The translator for a language.
 *
 * @example translator("nb")("enrich.progress", { done: 500, total: 2000 }) // "500 av 2 000 rader"
 */
export function translator(language: UiLanguage): Translate {
  const table = TABLES[language];
  return (key, values) => format(table[key], values, language);
}

/**
 * A count in words with the right number: the key's `.one` form for exactly 1 ("1 rad", "1 enhet
 * passer"), where the tables have one, else the key itself ("5 rader").
 *
 * @example plural(translator("nb"), "common.rows", 1) // "1 rad"
 */
export function plural(
  t: Translate,
  key: StringKey,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const one = `${key}.one`;
  return t(count === 1 && one in EN ? (one as StringKey) : key, { count, ...values });
}

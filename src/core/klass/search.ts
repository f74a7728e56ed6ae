import { coerceBoolean, coerceText } from "../args";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { Cell } from "./columns";
import type { KlassEnv } from "./env";

/** The snippet as plain text: KLASS marks hits with `<strong>` and keeps line breaks. */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** KLASS.SEARCH: classifications (and code lists, if asked) matching `query`: id, name, snippet. */
export function klassSearch(env: KlassEnv, query: unknown, includeCodelists?: unknown): MaybePromise<Cell[][]> {
  const text = coerceText(query, "query", `"kommune"`);
  const withCodelists = coerceBoolean(includeCodelists, "includeCodelists", false);
  return mapMaybe(env.klass.search(text, withCodelists), (hits) => [
    ["id", "name", "snippet"],
    ...hits.map((hit): Cell[] => [hit.id, hit.name, stripHtml(hit.snippet)]),
  ]);
}

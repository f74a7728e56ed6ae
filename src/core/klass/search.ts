import { coerceBoolean, coerceText, MAX_SEARCH_TEXT_LENGTH } from "../args";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import type { KlassSearchResults } from "./types";

/** The snippet as plain text: KLASS marks hits with `<strong>` and keeps line breaks. */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The last row's text when the cap cut the list (as BRREG.SOK's note row). */
function searchCapNote(found: KlassSearchResults): string {
  const total = found.totalElements.toLocaleString("en-US");
  return `Showing the first ${found.results.length.toLocaleString("en-US")} of ${total}: KLASS.SEARCH returns at most ${found.limit.toLocaleString("en-US")} results. Use more specific words to see the rest.`;
}

/**
 * KLASS.SEARCH: classifications (and code lists, if asked) matching `query`: id, name, snippet,
 * best first, every page up to the cap (KLASS_SEARCH_MAX_RESULTS in ./klassData.ts, 500); when the cap cut the
 * list, a last row holds a note in its first cell.
 */
export function klassSearch(env: KlassEnv, query: unknown, includeCodelists?: unknown): MaybePromise<ResultCell[][]> {
  const text = coerceText(query, "query", `"kommune"`, MAX_SEARCH_TEXT_LENGTH);
  const withCodelists = coerceBoolean(includeCodelists, "includeCodelists", false);
  const found: MaybePromise<KlassSearchResults> = env.klass.searchResults
    ? env.klass.searchResults(text, withCodelists)
    : mapMaybe(env.klass.search(text, withCodelists), (results) => ({
        results,
        totalElements: results.length,
        limit: results.length,
        truncated: false,
      }));
  return mapMaybe(found, (hits) => {
    const rows: ResultCell[][] = [
      ["id", "name", "snippet"],
      ...hits.results.map((hit): ResultCell[] => [hit.id, hit.name, stripHtml(hit.snippet)]),
    ];
    if (hits.truncated) rows.push([searchCapNote(hits), "", ""]);
    return rows;
  });
}

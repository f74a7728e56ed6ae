import { coerceId, coerceLanguage } from "../args";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import { parseColumns, table } from "./columns";
import type { KlassEnv } from "./klassEnv";

/** The columns of a correspondence table by id (`correspondenceMaps`), all shown by default. */
export const CORRESPONDENCE_TABLE_FIELDS = ["sourceCode", "sourceName", "targetCode", "targetName"] as const;

/**
 * KLASS.CORRESPONDTABLE: a correspondence table by its id (`correspondencetables/{id}`, one cached
 * request) as a table, header row first, in the API's order. The ids are listed by
 * KLASS.INFO(classification, "correspondenceTables"). An unknown id is #N/A from the API.
 */
export function klassCorrespondTable(
  env: KlassEnv,
  tableId: unknown,
  columns?: unknown,
  language?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(tableId, "id", "84");
  const fields = parseColumns(columns, CORRESPONDENCE_TABLE_FIELDS, CORRESPONDENCE_TABLE_FIELDS);
  const lang = coerceLanguage(language);
  return mapMaybe(env.klass.correspondenceTable(id, lang), (t) => table(t.correspondenceMaps, fields));
}

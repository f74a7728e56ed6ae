/**
 * A document setting that holds a JSON list of records (frozen ranges, combined columns): the
 * records that pass `isRecord`. Anything unreadable is no records, so an undo has nothing to
 * restore rather than a wrong cell to write.
 */
export function parseRecordList<T>(text: string | undefined, isRecord: (x: unknown) => x is T): T[] {
  if (!text) return [];
  try {
    const raw = JSON.parse(text) as unknown;
    return Array.isArray(raw) ? raw.filter(isRecord) : [];
  } catch {
    return [];
  }
}

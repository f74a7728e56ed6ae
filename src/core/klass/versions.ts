import { NotFoundError } from "../errors";
import type { KlassClassification, KlassVersionRef } from "./types";

/**
 * Version selection by date. Versions are half-open ranges [validFrom, validTo): a version
 * without validTo lasts until the next one starts (or for ever).
 */
export interface VersionSpan {
  readonly version: KlassVersionRef;
  readonly from: string;
  /** Exclusive end; undefined = open. */
  readonly to: string | undefined;
}

const spansOf = new WeakMap<KlassClassification, readonly VersionSpan[]>();

/** The versions, oldest first, with their effective ranges (memoised per loaded object). */
export function versionSpans(meta: KlassClassification): readonly VersionSpan[] {
  let spans = spansOf.get(meta);
  if (!spans) {
    const sorted = [...(meta.versions ?? [])].sort((a, b) =>
      a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0,
    );
    spans = sorted.map((version, i) => ({
      version,
      from: version.validFrom,
      to: version.validTo ?? sorted[i + 1]?.validFrom ?? undefined,
    }));
    spansOf.set(meta, spans);
  }
  return spans;
}

/** The version valid at `date` (ISO), if any. */
export function findVersionAt(meta: KlassClassification, date: string): VersionSpan | undefined {
  const spans = versionSpans(meta);
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i];
    if (span && span.from <= date) return span.to === undefined || date < span.to ? span : undefined;
  }
  return undefined;
}

/** "2016-01-01 to 2026-…" — the dates the versions cover, for messages. */
function coverage(meta: KlassClassification): string {
  const spans = versionSpans(meta);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return "it has no versions";
  return `versions cover ${first.from} to ${last.to ? `${last.to} (exclusive)` : "now"}`;
}

/** The version valid at `date`, or NotFoundError saying which dates are covered. */
export function versionAt(meta: KlassClassification, date: string): VersionSpan {
  const span = findVersionAt(meta, date);
  if (!span) {
    throw new NotFoundError(`${meta.id} ${meta.name} has no version valid at ${date}; ${coverage(meta)}`, {
      api: "klass",
    });
  }
  return span;
}

/** NotFoundError when the version is not published in `language`. */
export function checkPublished(meta: KlassClassification, span: VersionSpan, language: string): void {
  const published = span.version.published;
  if (published && published.length > 0 && !published.includes(language)) {
    throw new NotFoundError(
      `${meta.id} version "${span.version.name}" is not published in language "${language}" (published: ${published.join(", ")})`,
      { api: "klass" },
    );
  }
}

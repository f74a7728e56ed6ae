/**
 * Which cached entries of a changed classification really changed, decided from its metadata
 * (`classifications/{id}`): every version carries its own `lastModified`, so a rename in one
 * version leaves the code lists of the others as they are. Pure: no I/O (./klassChanges.ts).
 */
import type { KlassClassification, KlassVersionRef } from "../klass/types";
import { parseKlassKey, rangeEndOf } from "../cacheKeys";

/** A changed classification's metadata now, and the copy cached before (if any). */
export interface KlassSnapshot {
  readonly now: KlassClassification;
  readonly before: KlassClassification | undefined;
  /** When `before` was fetched (our clock). */
  readonly beforeFetchedAt: number | undefined;
}

/** What to do with one cached entry. */
type KlassVerdict = "keep" | "refetch" | "evict";

/** `yyyy-MM-dd'T'HH:mm:ss.SSS+0000` (the API's format) → ms; NaN when absent or unreadable. */
export function klassTimeMs(text: string | undefined): number {
  if (typeof text !== "string") return NaN;
  return Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, "$1:$2"));
}

/** True when `value` looks like a classification's metadata (a version list to decide by). */
export function isClassification(value: unknown): value is KlassClassification {
  return typeof value === "object" && value !== null && Array.isArray((value as { versions?: unknown }).versions);
}

/**
 * True unless the version provably has not changed since the entry was fetched: either the copy of
 * the metadata cached before shows the same `lastModified` and the entry was fetched after that copy,
 * or the version was last modified before `since` (the last sync, when the entry was current).
 */
function versionChanged(version: KlassVersionRef, snap: KlassSnapshot, since: number, fetchedAt: number): boolean {
  const old = snap.before?.versions.find((v) => v.id === version.id);
  if (
    old?.lastModified !== undefined &&
    old.lastModified === version.lastModified &&
    snap.beforeFetchedAt !== undefined &&
    fetchedAt >= snap.beforeFetchedAt
  )
    return false;
  return !(klassTimeMs(version.lastModified) < since);
}

const overlaps = (v: KlassVersionRef, from: string, to: string | undefined) =>
  (to === undefined || v.validFrom <= to) && (!v.validTo || v.validTo > from);

function idsOf(c: KlassClassification | undefined): string {
  return (c?.versions ?? [])
    .map((v) => v.id)
    .sort((a, b) => a - b)
    .join(",");
}

/**
 * True when the classification changed somewhere its versions do not show (no version modified
 * since `since`, the same versions as before): a variant, a correspondence table, a change table.
 * Entries that are not plain code lists are then refetched, as the metadata cannot clear them.
 */
function unexplained(snap: KlassSnapshot, since: number): boolean {
  if (snap.before !== undefined && idsOf(snap.before) !== idsOf(snap.now)) return false;
  return snap.now.versions.every((v) => klassTimeMs(v.lastModified) < since);
}

/** True when a version valid at `date` (or overlapping `from`–`to`) changed; or the versions there are not the same as before. */
function changedIn(
  snap: KlassSnapshot,
  since: number,
  fetchedAt: number,
  from: string,
  to: string | undefined,
): boolean {
  const now = snap.now.versions.filter((v) => overlaps(v, from, to));
  if (now.some((v) => versionChanged(v, snap, since, fetchedAt))) return true;
  if (snap.before === undefined) return now.length === 0;
  const before = snap.before.versions
    .filter((v) => overlaps(v, from, to))
    .map((v) => v.id)
    .sort()
    .join(",");
  return (
    before !==
    now
      .map((v) => v.id)
      .sort()
      .join(",")
  );
}

/** Key parts after `klass/<id>/` (the key shapes of ../cacheKeys.ts). */
function verdictFor(parts: readonly string[], snap: KlassSnapshot, since: number, fetchedAt: number): KlassVerdict {
  const [kind, a, b, c] = parts;
  const plain = (changed: boolean): KlassVerdict => (changed ? "refetch" : "keep");
  const extra = (changed: boolean): KlassVerdict => (changed || unexplained(snap, since) ? "refetch" : "keep");
  switch (kind) {
    case "codesAt": {
      // codesAt/<versionValidFrom>/<language>
      const version = snap.now.versions.find((v) => v.validFrom === a);
      return version === undefined ? "evict" : plain(versionChanged(version, snap, since, fetchedAt));
    }
    case "codes": // codes/<from>/<to|open>/<language>
      return plain(changedIn(snap, since, fetchedAt, a ?? "", rangeEndOf(b)));
    case "changes": // changes/<from>/<to>
      return extra(changedIn(snap, since, fetchedAt, a ?? "", b));
    case "variant": // variant/<name>/<from>/<to|open>/<language>
      return extra(changedIn(snap, since, fetchedAt, b ?? "", rangeEndOf(c)));
    case "variantAt": // variantAt/<name>/<date>/<language>
      return extra(changedIn(snap, since, fetchedAt, b ?? "", b));
    default: // variants/<id> (no date to tie it to a version) and shapes this file does not know
      return extra(snap.now.versions.some((v) => versionChanged(v, snap, since, fetchedAt)));
  }
}

/** The metadata of a changed classification, or why there is none: "gone" (404/410), "unknown" (unusable answer). */
export type KlassChange = KlassSnapshot | "gone" | "unknown";

/**
 * The verdict on one cached entry (`klass/<id>/…`) given `changes`: every changed classification
 * with cached dependants, by id (unchanged ones are absent). Code lists follow their versions;
 * an entry of a classification that is gone is evicted; one whose metadata is unusable is
 * refetched. A correspondence (`klass/<source>/correspondsAt/<target>/<date>/…`) is refetched
 * when the version valid at its date changed on either side.
 */
export function klassVerdict(
  key: string,
  changes: ReadonlyMap<string, KlassChange>,
  since: number,
  fetchedAt: number,
): KlassVerdict {
  const parsed = parseKlassKey(key);
  if (parsed === undefined) return "refetch";
  const { id, kind, rest } = parsed;
  if (kind === "correspondsAt") {
    const [target = "", date = ""] = rest;
    const changed = (which: string): boolean => {
      const change = changes.get(which);
      if (change === undefined) return false;
      if (typeof change === "string") return true;
      return changedIn(change, since, fetchedAt, date, date) || unexplained(change, since);
    };
    return changed(id) || changed(target) ? "refetch" : "keep";
  }
  const change = changes.get(id);
  if (change === "gone") return "evict";
  if (change === undefined || change === "unknown") return "refetch";
  return verdictFor([kind, ...rest], change, since, fetchedAt);
}

import type { ApiName } from "../errors";
import type { CacheEntryMeta, ShapeCheck } from "./types";
import { coveredByFeed } from "../cacheKeys";

/** A cached value with its record (see {@link CacheEntryMeta}); `removed` marks a remembered 410. */
export interface CachedEntry<T = unknown> extends CacheEntryMeta {
  readonly value: T;
  /** The Accept header it was fetched with, so a refetch asks for the same representation. */
  readonly accept: string | undefined;
  /** Set for a remembered 410 Gone (the value is then undefined). */
  readonly removed: { readonly slettedato?: string } | undefined;
  /** True when the value is a transform of the body (so a refetch needs that transform). */
  readonly transformed: boolean;
  /**
   * True when a change feed covers the entry, so a successful revalidation keeps it fresh
   * (see {@link coveredByFeed}); false for roles, searches, "not registered" and the like.
   */
  readonly feed: boolean;
}

/** What an {@link Entry} is made of: its record, and the shape and transform a refetch applies (in memory only). */
interface EntryFields extends Omit<CachedEntry, "accept" | "removed"> {
  readonly accept?: string | undefined;
  readonly removed?: { readonly slettedato?: string } | undefined;
  readonly transform?: ((body: unknown) => unknown) | undefined;
  readonly shape?: ShapeCheck | undefined;
}

/** The in-memory entry. Mutable only in `transform` and `shape`, learnt from the first `get` that names a transform. */
export class Entry implements CachedEntry {
  readonly key: string;
  readonly api: ApiName;
  readonly url: string;
  readonly accept: string | undefined;
  readonly fetchedAt: number;
  readonly expiresAt: number;
  readonly bytes: number;
  readonly value: unknown;
  readonly removed: { readonly slettedato?: string } | undefined;
  readonly transformed: boolean;
  readonly feed: boolean;
  transform: ((body: unknown) => unknown) | undefined;
  /** The body's shape a refetch checks before `transform` (see ResourceRequest.shape). */
  shape: ShapeCheck | undefined;

  constructor(fields: EntryFields) {
    this.key = fields.key;
    this.api = fields.api;
    this.url = fields.url;
    this.accept = fields.accept;
    this.fetchedAt = fields.fetchedAt;
    this.expiresAt = fields.expiresAt;
    this.bytes = fields.bytes;
    this.value = fields.value;
    this.removed = fields.removed;
    this.transformed = fields.transformed;
    this.feed = fields.feed;
    this.transform = fields.transform;
    this.shape = fields.shape;
  }

  /** Learns how a refetch reads the body, from a request for this key (an entry read from the store knows neither). */
  learn(request: { readonly transform?: (body: never) => unknown; readonly shape?: ShapeCheck | undefined }): void {
    this.transform = request.transform as ((body: unknown) => unknown) | undefined;
    this.shape = request.shape;
  }
}

/** Size charged to the byte bound for an entry that holds no body (a remembered 410 or miss). */
export const EMPTY_ENTRY_BYTES = 128;

/** What the persistent store holds per key: plain data, versioned so a format change can be detected. */
interface StoredRecord {
  readonly format: 1;
  readonly api: ApiName;
  readonly url: string;
  readonly accept?: string;
  readonly fetchedAt: number;
  readonly expiresAt: number;
  readonly bytes: number;
  readonly value: unknown;
  readonly removed?: { readonly slettedato?: string };
  readonly transformed: boolean;
  readonly feed?: boolean;
}

/** The plain record the persistent store holds for an entry (its transform stays in memory). */
export function toRecord(entry: Entry): StoredRecord {
  return {
    format: 1,
    api: entry.api,
    url: entry.url,
    fetchedAt: entry.fetchedAt,
    expiresAt: entry.expiresAt,
    bytes: entry.bytes,
    value: entry.value,
    transformed: entry.transformed,
    feed: entry.feed,
    ...(entry.accept === undefined ? {} : { accept: entry.accept }),
    ...(entry.removed === undefined ? {} : { removed: entry.removed }),
  };
}

/** Reads a stored record back; anything unrecognised (another format, another app's key) is ignored. */
export function fromRecord(key: string, raw: unknown): Entry | undefined {
  const record = raw as Partial<StoredRecord> | null | undefined;
  if (!record || record.format !== 1 || (record.api !== "klass" && record.api !== "brreg")) return undefined;
  if (typeof record.url !== "string" || typeof record.fetchedAt !== "number" || typeof record.expiresAt !== "number")
    return undefined;
  return new Entry({
    key,
    api: record.api,
    url: record.url,
    accept: record.accept,
    fetchedAt: record.fetchedAt,
    expiresAt: record.expiresAt,
    bytes: record.bytes ?? 0,
    value: record.value,
    removed: record.removed,
    transformed: record.transformed === true,
    feed: record.feed ?? coveredByFeed(key),
  });
}

/** Approximate size for the byte bound: the JSON's UTF-16 code units, two bytes each (contract in ./types.ts). */
export function sizeOf(value: unknown): number {
  try {
    return 2 * (JSON.stringify(value)?.length ?? 8);
  } catch {
    return 2048;
  }
}

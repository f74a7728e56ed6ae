import type { RefreshOutcome, TieredCache } from "../cache/tieredCache";
import { isNotFoundError, isRemovedError } from "../errors";
import type { HttpClient } from "../http/types";
import { unexpectedBody } from "../http/unexpectedBody";
import { klassBodies } from "../klass/shapes";
import { isClassification, klassVerdict, type KlassChange } from "./klassVersions";
import type { Tally } from "./types";
import { KLASS_KEY_PREFIX, klassKeys } from "../cacheKeys";

/** Dependencies of {@link revalidateKlass}. */
export interface KlassRevalidationDeps {
  readonly http: HttpClient;
  readonly cache: TieredCache;
  readonly baseUrl: string;
  readonly pageSize: number;
}

/** KLASS wants `yyyy-MM-dd'T'HH:mm:ss.SSSZ` with a numeric zone (API guide §3.2), e.g. `…000+0000`. */
export function klassTime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+0000");
}

interface ClassificationsPage {
  readonly _embedded?: { readonly classifications?: ReadonlyArray<{ readonly id?: unknown }> };
  readonly _links?: { readonly next?: { readonly href?: string } };
}

/** Classification ids changed since `since`, following `next` links only when the answer is paged. */
async function changedIds(deps: KlassRevalidationDeps, since: number, tally: Tally): Promise<Set<string>> {
  const ids = new Set<string>();
  // includeCodelists: without it the list holds only "Klassifikasjon"s, and a changed code list
  // (e.g. a kodeliste used by a function) would never be refetched.
  let url: string | undefined =
    `${deps.baseUrl}/classifications?changedSince=${encodeURIComponent(klassTime(since))}&includeCodelists=true&size=${deps.pageSize}`;
  const seen = new Set<string>();
  while (url !== undefined && !seen.has(url)) {
    seen.add(url);
    const { body }: { body: ClassificationsPage | null } = await deps.http.getJson<ClassificationsPage | null>({
      api: "klass",
      url,
    });
    tally.feedRequests++;
    // A wrong shape fails this revalidation (an outage): nothing is evicted or kept fresh on its word.
    if (!klassBodies.changedSince(body)) throw unexpectedBody("klass", url);
    for (const item of body?._embedded?.classifications ?? []) {
      if (typeof item.id === "number" || typeof item.id === "string") ids.add(String(item.id));
    }
    url = body?._links?.next?.href;
  }
  return ids;
}

/**
 * True when `key` depends on a changed classification: its own id (`klass/<id>/…`), or, for a
 * correspondence (`klass/<source>/correspondsAt/<target>/…`), the target's id too — a renamed
 * target code changes the correspondence's target names.
 */
function dependsOn(key: string, ids: ReadonlySet<string>): boolean {
  const parts = key.split("/", 4);
  return ids.has(parts[1] ?? "") || (parts[2] === "correspondsAt" && ids.has(parts[3] ?? ""));
}

/**
 * The metadata of changed classification `id` (one request): the cached `klass/<id>/meta` is
 * refreshed in place (its old copy kept to compare against); otherwise it is fetched uncached.
 */
async function snapshot(deps: KlassRevalidationDeps, id: string, tally: Tally): Promise<KlassChange> {
  const key = klassKeys.meta(id);
  const before = await deps.cache.read<unknown>(key);
  let now: unknown;
  if (before !== undefined) {
    const outcome = await deps.cache.refresh(key);
    count(tally, outcome);
    if (outcome !== "refetched") return "gone";
    now = (await deps.cache.read<unknown>(key))?.value;
  } else {
    const url = `${deps.baseUrl}/classifications/${id}?includeFuture=true`;
    try {
      now = (await deps.http.getJson<unknown>({ api: "klass", url })).body;
    } catch (error) {
      if (isNotFoundError(error) || isRemovedError(error)) return "gone";
      throw error;
    }
    if (!klassBodies.classification(now)) throw unexpectedBody("klass", url);
  }
  if (!isClassification(now)) return "unknown";
  const old = isClassification(before?.value) ? before.value : undefined;
  return { now, before: old, beforeFetchedAt: old ? before?.fetchedAt : undefined };
}

function count(tally: Tally, outcome: RefreshOutcome): void {
  if (outcome === "refetched") tally.refetched++;
  else if (outcome === "evicted") tally.evicted++;
  else if (outcome === "removed") tally.removed++;
}

/**
 * One `classifications?changedSince=` request; then, per changed classification with cached
 * entries (see {@link dependsOn}), its metadata (one request), and only the entries whose
 * versions changed since (by each version's `lastModified`, ./klassVersions.ts) are refetched
 * from their stored URLs; entries of versions (or classifications) that no longer exist are
 * evicted.
 */
export async function revalidateKlass(deps: KlassRevalidationDeps, since: number, tally: Tally): Promise<void> {
  const cached = await deps.cache.keys(KLASS_KEY_PREFIX);
  if (cached.length === 0) return;
  const ids = await changedIds(deps, since, tally);
  tally.changed = ids.size;
  const targets = cached.filter((key) => dependsOn(key, ids));
  const wanted = new Set<string>();
  for (const key of targets) {
    const [, id = "", kind, target = ""] = key.split("/", 4);
    for (const one of kind === "correspondsAt" ? [id, target] : [id]) if (ids.has(one)) wanted.add(one);
  }
  const changes = new Map<string, KlassChange>(
    await Promise.all([...wanted].map(async (id) => [id, await snapshot(deps, id, tally)] as const)),
  );
  const work = targets
    .filter((key) => !/^klass\/[^/]+\/meta$/.test(key))
    .map(async (key) => {
      const entry = await deps.cache.read<unknown>(key);
      if (entry === undefined) return;
      const verdict = klassVerdict(key, changes, since, entry.fetchedAt);
      if (verdict === "refetch") count(tally, await deps.cache.refresh(key));
      else if (verdict === "evict") {
        await deps.cache.delete(key);
        tally.evicted++;
      }
    });
  await Promise.all(work);
}

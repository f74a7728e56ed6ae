import type { TieredCache } from "../cache/tieredCache";
import type { HttpClient } from "../http/types";
import type { Tally } from "./types";

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
    const { body }: { body: ClassificationsPage | null } = await deps.http.getJson<ClassificationsPage | null>({ api: "klass", url });
    tally.feedRequests++;
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
export function dependsOn(key: string, ids: ReadonlySet<string>): boolean {
  const parts = key.split("/", 4);
  return ids.has(parts[1] ?? "") || (parts[2] === "correspondsAt" && ids.has(parts[3] ?? ""));
}

/**
 * One `classifications?changedSince=` request; then only the cached entries of changed
 * classifications (see {@link dependsOn}) are refetched from their stored URLs.
 */
export async function revalidateKlass(deps: KlassRevalidationDeps, since: number, tally: Tally): Promise<void> {
  const cached = await deps.cache.keys("klass/");
  if (cached.length === 0) return;
  const ids = await changedIds(deps, since, tally);
  tally.changed = ids.size;
  const targets = cached.filter((key) => dependsOn(key, ids));
  const outcomes = await Promise.all(targets.map((key) => deps.cache.refresh(key)));
  for (const outcome of outcomes) {
    if (outcome === "refetched") tally.refetched++;
    else if (outcome === "evicted") tally.evicted++;
    else if (outcome === "removed") tally.removed++;
  }
}

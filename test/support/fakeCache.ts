import type { ResourceCache, ResourceRequest, CacheEntryMeta } from "../../src/core/cache/types";
import type { MaybePromise } from "../../src/core/maybePromise";

/**
 * A minimal ResourceCache for unit tests: memory only, synchronous on a hit, one shared promise
 * per key in flight, errors never stored. `fetches` logs every URL loaded.
 */
export interface FakeCache extends ResourceCache {
  readonly fetches: string[];
}

export function fakeCache(load: (url: string) => Promise<unknown>): FakeCache {
  const values = new Map<string, unknown>();
  const inFlight = new Map<string, Promise<unknown>>();
  const fetches: string[] = [];
  return {
    fetches,
    get<T>(request: ResourceRequest<T>): MaybePromise<T> {
      if (values.has(request.key)) return values.get(request.key) as T;
      let pending = inFlight.get(request.key) as Promise<T> | undefined;
      if (!pending) {
        fetches.push(request.url);
        pending = load(request.url)
          .then((body) => {
            const value = request.transform ? request.transform(body) : (body as T);
            values.set(request.key, value);
            return value;
          })
          .finally(() => inFlight.delete(request.key));
        inFlight.set(request.key, pending);
      }
      return pending;
    },
    peek: <T>(key: string) => values.get(key) as T | undefined,
    put: (meta, value) => void values.set(meta.key, value),
    meta: () => undefined as CacheEntryMeta | undefined,
    evictPrefix: async (prefix) => {
      let n = 0;
      for (const key of [...values.keys()])
        if (key.startsWith(prefix)) {
          values.delete(key);
          n++;
        }
      return n;
    },
    clear: async () => values.clear(),
  };
}

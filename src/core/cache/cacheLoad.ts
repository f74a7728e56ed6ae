import { isNotFoundError, isRemovedError } from "../errors";
import { isOutage } from "../http/outage";
import { unexpectedBody } from "../http/unexpectedBody";
import { CacheCore, removedError } from "./cacheCore";
import { EMPTY_ENTRY_BYTES, Entry } from "./entry";
import { coveredByFeed } from "../cacheKeys";
import type { ResourceRequest } from "./types";

/**
 * A miss (or a stale memory entry) of `get`: the store (records checked on read, ./cacheCore.ts),
 * then HTTP (the body checked against `request.shape` before it is transformed or stored; a wrong
 * shape is an outage like a 503). On a 410 the removal is remembered; on a 404 the stale copy is
 * dropped (the key no longer exists, so a later outage must not bring it back); on an outage a
 * stale copy is served and counted (stale-if-error).
 */
export async function loadResource<T>(
  core: CacheCore,
  request: ResourceRequest<T>,
  memory: Entry | undefined,
): Promise<T> {
  const known = memory ?? (await core.readStored(request.key));
  if (known !== undefined && core.freshness.isFresh(known)) {
    if (known.removed !== undefined) throw removedError(known);
    if (known.transform === undefined && request.transform) known.learn(request);
    core.metrics.hits++;
    return known.value as T;
  }
  core.metrics.misses++;
  try {
    const response = await core.http.getJson<unknown>({
      api: request.api,
      url: request.url,
      ...(request.accept ? { accept: request.accept } : {}),
    });
    // Before anything reads it: a wrong shape is an outage (caught below: a stale copy is served).
    if (request.shape !== undefined && !request.shape(response.body)) throw unexpectedBody(request.api, request.url);
    const transform = request.transform as ((body: unknown) => unknown) | undefined;
    const value = transform ? transform(response.body) : response.body;
    const now = core.clock.now();
    core.set(
      new Entry({
        key: request.key,
        api: request.api,
        url: request.url,
        accept: request.accept,
        fetchedAt: now,
        expiresAt: now + (request.ttlMs ?? core.ttlMs),
        bytes: response.bytes,
        value,
        transformed: transform !== undefined,
        feed: coveredByFeed(request.key),
        transform,
        shape: request.shape,
      }),
    );
    return value as T;
  } catch (error) {
    if (isRemovedError(error)) {
      const now = core.clock.now();
      const removed = error.slettedato === undefined ? {} : { slettedato: error.slettedato };
      core.set(
        new Entry({
          key: request.key,
          api: request.api,
          url: request.url,
          accept: request.accept,
          fetchedAt: now,
          expiresAt: now + (request.ttlMs ?? core.ttlMs),
          bytes: EMPTY_ENTRY_BYTES,
          value: undefined,
          removed,
          transformed: false,
          feed: coveredByFeed(request.key),
        }),
      );
      throw error;
    }
    if (isNotFoundError(error)) {
      if (known !== undefined) core.delete(request.key);
      throw error;
    }
    // Stale-if-error: an outage is no reason to hide what we knew; a 400/404 is an answer.
    if (known !== undefined && known.removed === undefined && isOutage(error)) {
      core.metrics.staleServes++;
      return known.value as T;
    }
    throw error;
  }
}

import { isPromise, type MaybePromise } from "./maybePromise";

/*
 * Settling several loads without letting one spoil the others. A vectorised custom function
 * loads one resource per distinct key (a code list per version, a unit per orgnr); a failure of
 * one (a 404, a service outage, a synchronous throw) must become that key's Error value — so its
 * cells show their own error — while every other key still answers. And when every load is a
 * cache hit, nothing here creates a promise: the warm recalculation stays synchronous.
 */

/** A settled load: its value, or the Error it failed with. */
export type Outcome<T> = T | Error;

/**
 * An Error for anything thrown or rejected: strings and odd values become Errors (message =
 * `String(thrown)`), never lost and never a bare string.
 */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Call `fn`, turning a synchronous throw or a rejection into the Error value, so that one bad key
 * never aborts a batch. Synchronous when `fn` answers synchronously.
 *
 * @example
 * const unit = attempt(() => data.unit("923609016")); // Unit | Error, or a promise of it; never rejects
 */
export function attempt<T>(fn: () => MaybePromise<T>): MaybePromise<Outcome<T>> {
  try {
    const value = fn();
    return isPromise(value) ? value.then((ready) => ready, asError) : value;
  } catch (error) {
    return asError(error);
  }
}

/**
 * Wait for every value of a map, each settling to its value or its own Error (a rejection
 * becomes an Error; keys keep the map's order). Synchronous — no promise at all — when every value
 * is ready, which is the warm-cache path. Start each value with {@link attempt} so that a
 * synchronous throw is also kept per key.
 *
 * @example
 * const loads = new Map<string, MaybePromise<Outcome<CodeList>>>();
 * for (const version of versions) loads.set(version.id, attempt(() => data.codes(version.id)));
 * return mapMaybe(settleMap(loads), (lists) => lists.get(id)); // CodeList | Error per key
 */
export function settleMap<K, T>(values: ReadonlyMap<K, MaybePromise<T>>): MaybePromise<Map<K, Outcome<T>>> {
  const out = new Map<K, Outcome<T>>();
  let pending: Promise<void>[] | undefined;
  for (const [key, value] of values) {
    // Reserve the slot first, so the settled map iterates in the order of `values`.
    out.set(key, value as Outcome<T>);
    if (isPromise(value)) {
      (pending ??= []).push(
        value.then(
          (ready) => void out.set(key, ready),
          (error: unknown) => void out.set(key, asError(error)),
        ),
      );
    }
  }
  return pending ? Promise.all(pending).then(() => out) : out;
}

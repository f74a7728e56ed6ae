import { isPromise, type MaybePromise } from "../maybePromise";

/**
 * Load several resources and keep each outcome apart: a failure of one (a 404, or the service
 * down) becomes that key's Error, never the others'. Synchronous when every load is a cache hit.
 */
export type Outcome<T> = T | Error;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Run every load; each key gets its value or its own Error. */
export function settleMap<K, T>(loads: ReadonlyMap<K, () => MaybePromise<T>>): MaybePromise<Map<K, Outcome<T>>> {
  const out = new Map<K, Outcome<T>>();
  const pending: Promise<void>[] = [];
  for (const [key, load] of loads) {
    try {
      const value = load();
      if (isPromise(value)) {
        pending.push(value.then((v) => void out.set(key, v), (e: unknown) => void out.set(key, asError(e))));
      } else {
        out.set(key, value);
      }
    } catch (error) {
      out.set(key, asError(error));
    }
  }
  return pending.length ? Promise.all(pending).then(() => out) : out;
}

/** Run `fn` now or when `value` resolves, and turn a throw into the Error value. */
export function settle<T>(value: () => MaybePromise<T>): MaybePromise<Outcome<T>> {
  try {
    const v = value();
    return isPromise(v) ? v.then((x) => x, asError) : v;
  } catch (error) {
    return asError(error);
  }
}

/**
 * A value that is either ready now or later. The fetch layer answers a cache hit synchronously
 * (the hot path of a warm recalculation: no promise, no microtask), and a miss with a promise.
 */
export type MaybePromise<T> = T | Promise<T>;

/** True when `value` is still to come (a thenable); false for a value ready now. */
export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** Apply `fn` now when `value` is ready, else when it resolves: keeps hits synchronous. */
export function mapMaybe<T, U>(value: MaybePromise<T>, fn: (ready: T) => MaybePromise<U>): MaybePromise<U> {
  return isPromise(value) ? value.then(fn) : fn(value);
}

/** Like Promise.all, but synchronous when every part is ready. */
export function allMaybe<T>(values: readonly MaybePromise<T>[]): MaybePromise<T[]> {
  return values.some(isPromise) ? Promise.all(values) : (values as T[]);
}

import { isPromise, type MaybePromise } from "../../../../src/core/maybePromise";

/** Await a MaybePromise (tests of the cold path). */
export async function resolved<T>(value: MaybePromise<T>): Promise<T> {
  return isPromise(value) ? await value : value;
}

/** Assert the value is ready now (the warm path) and return it. */
export function sync<T>(value: MaybePromise<T>): T {
  if (isPromise(value)) throw new Error("expected a synchronous answer");
  return value;
}

/** The message of an Error element, or a failure. */
export function errorOf(value: unknown, kind: string): string {
  expect(value).toBeInstanceOf(Error);
  expect((value as { kind?: string }).kind).toBe(kind);
  return (value as Error).message;
}

/**
 * An array that counts its element reads (a Proxy, the same one for the same array): work done
 * per look-up shows as reads, without timing anything. `reads()` since the last `reset()`.
 */
export function counted<T>(items: readonly T[]): { items: readonly T[]; reads: () => number; reset: () => void } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads, reset: () => void (reads = 0) };
}

import { isPromise, type MaybePromise } from "../../core/maybePromise";
import { TimeoutError } from "../../core/errors";
import { toCellError } from "./cellError";

/**
 * Every custom function answers through `answer`, so that
 * - a synchronous (cached) result is returned as is — no promise on the hot path;
 * - an error, thrown or rejected, reaches Excel as a cell error (`CustomFunctions.Error`): thrown
 *   synchronously, or as the rejection of the returned promise, as Excel expects for a scalar
 *   result. (Inside a spilled array, the adapter puts per-element errors in the array itself.)
 * - a promise that has not settled after `deadlineMs` rejects with #VALUE! "no answer within …",
 *   so a cell never stays at #BUSY! forever, whatever happens below (the HTTP layer has its own
 *   timeouts; this is the last line of defence).
 */
export const DEFAULT_DEADLINE_MS = 120_000;

export function answer<T>(compute: () => MaybePromise<T>, deadlineMs = DEFAULT_DEADLINE_MS): MaybePromise<T> {
  let result: MaybePromise<T>;
  try {
    result = compute();
  } catch (error) {
    throw toCellError(error);
  }
  if (!isPromise(result)) return result;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(toCellError(new TimeoutError(`no answer within ${Math.round(deadlineMs / 1000)} s; recalculate to try again`))),
      deadlineMs,
    );
    result.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toCellError(error));
      },
    );
  });
}

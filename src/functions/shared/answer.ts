import { systemClock, type Clock } from "../../core/clock";
import { isPromise, type MaybePromise } from "../../core/maybePromise";
import { TimeoutError } from "../../core/errors";
import { toCellError } from "./cellError";
import { addDeadline } from "./deadlines";

/** How long a cell may wait before it shows "no answer" (the HTTP layer settles well within it). */
const DEFAULT_DEADLINE_MS = 120_000;

/**
 * Every custom function answers through `answer`, so that
 * - a synchronous (cached) result is returned as is — no promise on the hot path;
 * - an error, thrown or rejected, reaches Excel as a cell error (`CustomFunctions.Error`): thrown
 *   synchronously, or as the rejection of the returned promise, as Excel expects for a scalar
 *   result. (Inside a spilled array, the adapter puts per-element errors in the array itself.)
 * - a promise that has not settled after `deadlineMs` rejects with #VALUE! "no answer within …",
 *   so a cell never stays at #BUSY! forever, whatever happens below (the HTTP layer has its own
 *   timeouts; this is the last line of defence).
 *
 * `clock` (default: the system clock) runs the deadlines, so tests drive them by hand. All
 * pending cells share one timer per deadline length (./deadlines.ts), not one timer each.
 *
 * @example
 * return answer(() => mapMaybe(getServices().brreg.unit(orgnr), (lookup) => field(lookup, "navn")));
 */
export function answer<T>(
  compute: () => MaybePromise<T>,
  deadlineMs = DEFAULT_DEADLINE_MS,
  clock: Pick<Clock, "now" | "setTimeout" | "clearTimeout"> = systemClock,
): MaybePromise<T> {
  let result: MaybePromise<T>;
  try {
    result = compute();
  } catch (error) {
    throw toCellError(error);
  }
  if (!isPromise(result)) return result;
  return new Promise<T>((resolve, reject) => {
    const deadline = addDeadline(clock, deadlineMs, () =>
      reject(
        toCellError(new TimeoutError(`no answer within ${Math.round(deadlineMs / 1000)} s; recalculate to try again`)),
      ),
    );
    result.then(
      (value) => {
        deadline.cancel();
        resolve(value);
      },
      (error: unknown) => {
        deadline.cancel();
        reject(toCellError(error));
      },
    );
  });
}

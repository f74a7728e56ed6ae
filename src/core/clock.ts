/**
 * Time, injected. Every timer the core starts goes through a {@link Clock}, so tests drive time
 * by hand instead of sleeping, and so every timer can be found and cleared (as ky injects its
 * timers and node-lru-cache its clock).
 */
export interface Clock {
  /** Milliseconds since the epoch (as `Date.now()`). */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock: `Date.now` and the global timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs a callback after a delay and can cancel it. The micro-batcher flushes through it, so a
 * test can flush a batch window at a moment of its choosing.
 */
export interface Scheduler {
  /** Calls `callback` once after `delayMs`; the returned function cancels it. */
  schedule(callback: () => void, delayMs: number): () => void;
}

/** A scheduler over a clock's timers. */
export function schedulerFromClock(clock: Clock): Scheduler {
  return {
    schedule(callback, delayMs) {
      const handle = clock.setTimeout(callback, delayMs);
      return () => clock.clearTimeout(handle);
    },
  };
}

/** Waits `ms` on `clock`; rejects with the signal's reason when `signal` aborts first. Always clears its timer. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clock.clearTimeout(handle);
      reject(signal?.reason);
    };
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

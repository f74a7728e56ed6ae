import type { Clock } from "../clock";

/** A signal that aborts with `parent`'s reason, or with `reason()` after `ms`; `clear` drops the timer and the link. */
interface LinkedTimeout {
  readonly signal: AbortSignal;
  clear(): void;
}

/**
 * Derives a signal from `parent` that also aborts after `ms` on `clock` (AbortSignal.any and
 * AbortSignal.timeout would use the global timers, which tests cannot drive).
 */
export function linkedTimeout(clock: Clock, parent: AbortSignal, ms: number, reason: () => unknown): LinkedTimeout {
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { signal: controller.signal, clear: () => undefined };
  }
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener("abort", onAbort, { once: true });
  const timer = clock.setTimeout(() => controller.abort(reason()), ms);
  return {
    signal: controller.signal,
    clear: () => {
      clock.clearTimeout(timer);
      parent.removeEventListener("abort", onAbort);
    },
  };
}

/** `ms` as seconds with one decimal, for messages. */
export function secondsOf(ms: number): number {
  return Math.round(ms / 100) / 10;
}

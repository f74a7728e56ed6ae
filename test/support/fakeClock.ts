import type { Clock, Scheduler } from "../../src/core/clock";

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

/** Lets every pending promise callback run (a real macrotask turn). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A hand-driven clock: timers run only inside {@link FakeClock.advance}, in time order, with
 * promise callbacks flushed between them — no sleeps, no jest fake timers.
 */
export class FakeClock implements Clock, Scheduler {
  #now: number;
  #seq = 0;
  readonly #timers = new Map<number, Timer>();

  constructor(start = Date.UTC(2026, 0, 15, 12, 0, 0)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.#seq;
    this.#timers.set(id, { id, at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  schedule(callback: () => void, delayMs: number): () => void {
    const handle = this.setTimeout(callback, delayMs);
    return () => this.clearTimeout(handle);
  }

  /** Timers not yet run or cleared. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves time forward by `ms`, running due timers in order. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      await settle();
      let next: Timer | undefined;
      for (const timer of this.#timers.values()) if (timer.at <= target && (!next || timer.at < next.at)) next = timer;
      if (!next) break;
      this.#timers.delete(next.id);
      this.#now = next.at;
      next.callback();
    }
    this.#now = target;
    await settle();
  }

  /**
   * Moves time forward in steps of `stepMs` until `work` settles, then returns its outcome: for
   * code that waits on this clock an unknown number of times. Fails after `maxMs` of clock time.
   */
  async run<T>(work: Promise<T>, stepMs = 1, maxMs = 60_000): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let elapsed = 0; !settled; elapsed += stepMs) {
      if (elapsed >= maxMs) throw new Error(`still pending after ${maxMs} ms on the fake clock`);
      await this.advance(stepMs);
    }
    return work;
  }

  /** Sets the time without running timers (for freshness tests). */
  jump(ms: number): void {
    this.#now += ms;
  }
}

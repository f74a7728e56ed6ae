import type { Clock } from "../../core/clock";

/**
 * Cell deadlines on one timer. Excel calls a custom function once per cell, so a cold burst has
 * up to 100,000 pending promises; a timer each (setTimeout + clearTimeout per call) is measurable
 * work and memory on that path (bench: klass-cold). Deadlines of one length arrive in the order
 * they are set, so each length keeps a FIFO queue and one timer for its oldest live entry.
 * Settled entries are dropped lazily; when none is live, the timer is cancelled.
 */
interface Deadline {
  /** The answer arrived: the deadline will not fire. */
  cancel(): void;
}

interface Entry extends Deadline {
  readonly at: number;
  readonly fire: () => void;
  done: boolean;
}

class DeadlineQueue {
  readonly #clock: Pick<Clock, "now" | "setTimeout" | "clearTimeout">;
  #entries: Entry[] = [];
  #head = 0;
  #live = 0;
  #timer: unknown = undefined;

  constructor(clock: Pick<Clock, "now" | "setTimeout" | "clearTimeout">) {
    this.#clock = clock;
  }

  add(ms: number, fire: () => void): Deadline {
    const entry: Entry = {
      at: this.#clock.now() + ms,
      fire,
      done: false,
      cancel: () => {
        if (entry.done) return;
        entry.done = true;
        if (--this.#live === 0) this.#reset();
      },
    };
    this.#entries.push(entry);
    this.#live++;
    if (this.#timer === undefined) this.#schedule(ms);
    return entry;
  }

  #schedule(delayMs: number): void {
    this.#timer = this.#clock.setTimeout(() => this.#run(), Math.max(0, delayMs));
  }

  #reset(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#entries = [];
    this.#head = 0;
  }

  #run(): void {
    this.#timer = undefined;
    const now = this.#clock.now();
    while (this.#head < this.#entries.length) {
      const entry = this.#entries[this.#head] as Entry;
      if (!entry.done && entry.at > now) break;
      this.#head++;
      if (entry.done) continue;
      entry.done = true;
      this.#live--;
      entry.fire();
    }
    if (this.#live === 0) return this.#reset();
    // Drop the settled prefix now and then, so a long session does not keep old entries.
    if (this.#head > 4096 && this.#head * 2 > this.#entries.length) {
      this.#entries = this.#entries.slice(this.#head);
      this.#head = 0;
    }
    this.#schedule((this.#entries[this.#head] as Entry).at - now);
  }
}

const queues = new WeakMap<object, Map<number, DeadlineQueue>>();

/** Calls `fire` after `ms` on `clock` unless cancelled first; one timer per clock and length. */
export function addDeadline(
  clock: Pick<Clock, "now" | "setTimeout" | "clearTimeout">,
  ms: number,
  fire: () => void,
): Deadline {
  let byLength = queues.get(clock);
  if (!byLength) queues.set(clock, (byLength = new Map()));
  let queue = byLength.get(ms);
  if (!queue) byLength.set(ms, (queue = new DeadlineQueue(clock)));
  return queue.add(ms, fire);
}

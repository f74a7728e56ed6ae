interface Waiter {
  readonly grant: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
  done: boolean;
}

interface HostQueue {
  active: number;
  readonly waiting: Waiter[];
  head: number;
}

/** Release function handed to the holder of a slot; calling it twice is harmless. */
export type Release = () => void;

/**
 * At most `limit` requests in flight per host; the rest wait in arrival order. Browsers cap
 * connections per host at about six anyway; queueing here keeps our own timeouts honest and
 * keeps a recalculation storm from flooding the services.
 *
 * @example
 * const limiter = new HostLimiter(6);
 * const release = await limiter.acquire("data.brreg.no", signal);
 * try { await send(); } finally { release(); }
 */
export class HostLimiter {
  readonly #limit: number;
  readonly #hosts = new Map<string, HostQueue>();

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`Option "concurrencyPerHost" must be an integer ≥ 1; got ${limit}.`);
    this.#limit = limit;
  }

  /** Requests in flight for `host`. */
  active(host: string): number {
    return this.#hosts.get(host)?.active ?? 0;
  }

  /**
   * Resolves with a release function once a slot is free; rejects with the signal's reason on abort.
   * `jump`: take a slot at once, even past the limit (the base-URL probe, which must not wait
   * behind the requests it checks); it counts as active, so the queue resumes once it is released.
   */
  acquire(host: string, signal?: AbortSignal, jump = false): Promise<Release> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let queue = this.#hosts.get(host);
    if (!queue) {
      queue = { active: 0, waiting: [], head: 0 };
      this.#hosts.set(host, queue);
    }
    const q = queue;
    if (jump || q.active < this.#limit) {
      q.active++;
      return Promise.resolve(this.#releaser(host, q));
    }
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => resolve(this.#releaser(host, q)),
        reject,
        signal,
        onAbort: () => {
          if (waiter.done) return;
          waiter.done = true;
          reject(signal?.reason);
        },
        done: false,
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      q.waiting.push(waiter);
    });
  }

  #releaser(host: string, queue: HostQueue): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      queue.active--;
      this.#next(host, queue);
    };
  }

  #next(host: string, queue: HostQueue): void {
    while (queue.active < this.#limit && queue.head < queue.waiting.length) {
      const waiter = queue.waiting[queue.head++] as Waiter;
      if (waiter.done) continue;
      waiter.done = true;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      queue.active++;
      waiter.grant();
    }
    if (queue.head === queue.waiting.length) {
      queue.waiting.length = 0;
      queue.head = 0;
      if (queue.active === 0) this.#hosts.delete(host);
    }
  }
}

/**
 * How the services have answered lately, for the connection badge: the outcomes of the last
 * minute's requests (a success, or an outage after retries) and the last failure. A badge that
 * counted only since the page opened would say "online" while every request fails.
 */
export type ConnectionState = "online" | "degraded" | "offline";

export interface ConnectionHealth {
  readonly state: ConnectionState;
  /** Outages in the window. */
  readonly failures: number;
  readonly successes: number;
  /** The last outage in the window, if any. */
  readonly lastError?: Error;
}

/** The window the badge looks back over. */
export const HEALTH_WINDOW_MS = 60_000;
/** Outcomes kept at most (the oldest go first). */
const MAX_OUTCOMES = 500;

export class RecentOutcomes {
  #outcomes: { at: number; ok: boolean }[] = [];
  #lastError: { at: number; error: Error } | undefined;

  record(ok: boolean, at: number, error?: Error): void {
    this.#outcomes.push({ at, ok });
    if (this.#outcomes.length > MAX_OUTCOMES) this.#outcomes.splice(0, this.#outcomes.length - MAX_OUTCOMES);
    if (!ok && error) this.#lastError = { at, error };
  }

  /** Online: no outage in the window; degraded: outages and successes; offline: only outages. */
  health(now: number, windowMs = HEALTH_WINDOW_MS): ConnectionHealth {
    const since = now - windowMs;
    let failures = 0;
    let successes = 0;
    for (const o of this.#outcomes) {
      if (o.at < since) continue;
      if (o.ok) successes++;
      else failures++;
    }
    const state: ConnectionState = failures === 0 ? "online" : successes > 0 ? "degraded" : "offline";
    const last = this.#lastError && this.#lastError.at >= since ? this.#lastError.error : undefined;
    return { state, failures, successes, ...(last ? { lastError: last } : {}) };
  }

  clear(): void {
    this.#outcomes = [];
    this.#lastError = undefined;
  }
}

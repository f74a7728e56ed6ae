/**
 * When to try again. Exponential backoff with "equal jitter" (half fixed, half random), so a
 * burst of failed calls from one workbook does not come back in lockstep.
 */
interface BackoffOptions {
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
}

/** Delay before retry number `attempt` (0 = the first retry). `random` is in [0, 1). */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.retryMaxDelayMs, options.retryBaseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * `Retry-After` in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent
 * or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

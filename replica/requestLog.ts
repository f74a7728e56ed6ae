/** The request log and per-template counters behind {@link Replica.requests} and counts(). */
import type { RequestLogEntry } from "./index";

/** Holds the live log; the array is cleared in place so references handed out stay valid. */
export class RequestLog {
  readonly entries: RequestLogEntry[] = [];
  readonly #templates = new WeakMap<RequestLogEntry, string>();

  /** Adds an entry with its path template (for counts). */
  add(entry: RequestLogEntry, template: string): RequestLogEntry {
    this.entries.push(entry);
    this.#templates.set(entry, template);
    return entry;
  }

  /** Requests per "api template", GET and HEAD only (preflights are not API calls). */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) {
      if (e.method !== "GET" && e.method !== "HEAD") continue;
      const key = `${e.api} ${this.#templates.get(e) ?? e.path}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  /** Empties the log. */
  reset(): void {
    this.entries.length = 0;
  }
}

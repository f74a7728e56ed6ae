/**
 * Fault decisions per request. Deterministic: one-shot `failNext` entries first, then the random
 * knobs drawn from the seeded PRNG, so a seed gives the same fault sequence every run.
 */
import type { FaultConfig, WrongBody } from "./index";
import type { Random } from "./util/prng";

/** What to do with one request. */
export type FaultDecision =
  | { kind: "none" }
  | { kind: "status"; status: number; retryAfterSeconds?: number; html: boolean }
  | { kind: "hang" }
  | { kind: "html" }
  | { kind: "truncate" }
  | { kind: "wrong-body"; body: WrongBody }
  | { kind: "uri-too-long" }
  | { kind: "redirect"; to: "loop" | string }
  | { kind: "huge"; bytes: number };

/** Checks a FaultConfig eagerly, naming the bad option. */
export function validateFaults(f: FaultConfig): FaultConfig {
  const rate = (name: string, v: number | undefined): void => {
    if (v !== undefined && !(v >= 0 && v <= 1))
      throw new RangeError(`faults.${name} must be between 0 and 1, got ${v}`);
  };
  for (const [status, v] of Object.entries(f.errorRates ?? {})) rate(`errorRates.${status}`, v);
  rate("hangRate", f.hangRate);
  rate("truncateRate", f.truncateRate);
  rate("htmlRate", f.htmlRate);
  if (f.hugeBody && !(Number.isInteger(f.hugeBody.bytes) && f.hugeBody.bytes > 0))
    throw new RangeError(`faults.hugeBody.bytes must be a whole number above 0, got ${f.hugeBody.bytes}`);
  if (f.redirect && f.redirect.to !== "loop" && !/^https?:\/\/[^/]+$/.test(f.redirect.to))
    throw new RangeError(
      `faults.redirect.to must be "loop" or an origin such as http://127.0.0.1:4001, got ${f.redirect.to}`,
    );
  return { ...f, failNext: [...(f.failNext ?? [])], wrongBodies: [...(f.wrongBodies ?? [])] };
}

/** Decides the fault for a request to `api` at `path` with the full `url`. */
export function decideFault(
  f: FaultConfig,
  api: "klass" | "brreg",
  path: string,
  url: string,
  random: Random,
): FaultDecision {
  if (f.maxUrlLength !== undefined && url.length > f.maxUrlLength) return { kind: "uri-too-long" };
  const queue = f.failNext ?? [];
  const i = queue.findIndex((x) => !x.pathPattern || x.pathPattern.test(path));
  const one = i >= 0 ? queue.splice(i, 1)[0] : undefined;
  if (one) {
    const throttled = one.status === 429 || one.status === 503;
    const retry = one.retryAfterSeconds ?? (throttled ? (f.retryAfterSeconds ?? 1) : undefined);
    return { kind: "status", status: one.status, retryAfterSeconds: retry, html: one.html === true };
  }
  const wrong = f.wrongBodies?.find((x) => (!x.api || x.api === api) && x.pathPattern.test(path));
  if (wrong) return { kind: "wrong-body", body: wrong.body };
  if (f.api && f.api !== api) return { kind: "none" };
  if (f.html404Paths?.some((re) => re.test(path))) return { kind: "status", status: 404, html: true };
  const matches = (pattern: RegExp | undefined) => !pattern || pattern.test(path);
  if (f.redirect && matches(f.redirect.pathPattern)) return { kind: "redirect", to: f.redirect.to };
  if (f.hugeBody && matches(f.hugeBody.pathPattern)) return { kind: "huge", bytes: f.hugeBody.bytes };
  for (const [statusText, rate] of Object.entries(f.errorRates ?? {})) {
    if (rate !== undefined && rate > 0 && random() < rate) {
      const status = Number(statusText);
      const retry = status === 429 || status === 503 ? (f.retryAfterSeconds ?? 1) : undefined;
      return { kind: "status", status, retryAfterSeconds: retry, html: false };
    }
  }
  if (f.hangRate && (!f.hangPaths || f.hangPaths.some((re) => re.test(path))) && random() < f.hangRate)
    return { kind: "hang" };
  if (f.htmlRate && random() < f.htmlRate) return { kind: "html" };
  if (f.truncateRate && random() < f.truncateRate) return { kind: "truncate" };
  return { kind: "none" };
}

/** Summary of repeated measurements: benchmarks report medians with their spread, never one run. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error("median() needs at least one sample");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function spread(samples: readonly number[], digits = 2): Spread {
  if (samples.length === 0) throw new Error("spread() needs at least one sample");
  return {
    median: round(median(samples), digits),
    min: round(Math.min(...samples), digits),
    max: round(Math.max(...samples), digits),
  };
}

/** Every figure of a spread multiplied by `factor` (e.g. a sample's time projected to the full size). */
export function scaled(s: Spread, factor: number, digits = 0): Spread {
  return {
    median: round(s.median * factor, digits),
    min: round(s.min * factor, digits),
    max: round(s.max * factor, digits),
  };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Wall time of an async action in milliseconds (monotonic clock). */
export async function timeMs(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Wall time and result of an async action. */
export async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await action();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

import { isPromise } from "../src/core/maybePromise";

/**
 * Invoking custom functions as Excel does on a recalculation: every cell's call in one
 * synchronous burst, then waiting for the ones that answered with a promise.
 */
export interface BurstResult {
  readonly wallMs: number;
  /** Time of the synchronous loop alone. */
  readonly syncMs: number;
  /** Calls that answered with a promise (the rest answered synchronously, from the cache). */
  readonly promises: number;
  /** Answers whose cells are not all plain text/number/boolean (cell errors, rejections). */
  readonly errors: number;
}

type Answer = unknown[][] | Promise<unknown[][]>;

function badCells(grid: unknown): number {
  if (!Array.isArray(grid)) return 1;
  let bad = 0;
  for (const row of grid) {
    if (!Array.isArray(row)) return bad + 1;
    for (const cell of row) if (typeof cell === "object" && cell !== null) bad++;
  }
  return bad;
}

/** Calls `invoke(i)` for i < calls in one synchronous loop, then awaits every promise returned. */
export async function burst(calls: number, invoke: (i: number) => Answer): Promise<BurstResult> {
  const answers: Answer[] = new Array(calls);
  const start = process.hrtime.bigint();
  let promises = 0;
  for (let i = 0; i < calls; i++) {
    const answer = invoke(i);
    answers[i] = answer;
    if (isPromise(answer)) promises++;
  }
  const syncMs = Number(process.hrtime.bigint() - start) / 1e6;
  let errors = 0;
  const settled = await Promise.allSettled(answers);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  for (const outcome of settled) errors += outcome.status === "rejected" ? 1 : badCells(outcome.value);
  return { wallMs, syncMs, promises, errors };
}

/**
 * The warm path: the same synchronous loop, timed alone, in nanoseconds per call. Any call that
 * answers with a promise is counted (it would mean the cache missed).
 */
export function warmLoop(
  calls: number,
  invoke: (i: number) => Answer,
): { nsPerCall: number; promises: number; sink: number } {
  let promises = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    const answer = invoke(i);
    if (isPromise(answer)) promises++;
    else sink += answer.length; // keeps the answer observable, so nothing is optimised away
  }
  const ns = Number(process.hrtime.bigint() - start);
  return { nsPerCall: ns / calls, promises, sink };
}

/** Full garbage collection when node runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

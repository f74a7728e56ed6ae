import { isPromise, type MaybePromise } from "../src/core/maybePromise";
import { collectGarbage } from "./burst";
import type { ServicesOptions } from "../src/core/services";
import type { RemoteReplica } from "./replica/remote";
import { median, spread, timed, type Spread } from "./stats";
import { brregBatchMax, countRequests, dropServices, freshServices } from "./world";

/** One fresh services instance: the call cold (timed, requests counted), then again warm. */
export interface ColdWarmRun<T> {
  readonly ms: number;
  readonly requests: number;
  /** What the cold call answered. */
  readonly answer: T;
  readonly warmRequests: number;
  /** The warm call answered without a promise (everything from memory). */
  readonly warmSynchronous: boolean;
  /** The most organisasjonsnumre one list request carries with this instance's limits. */
  readonly batchMax: number;
}

/**
 * `repeats` times on a fresh services instance over an empty cache: `call` cold, then the same
 * call warm — the measurement the range-call scenarios (roles, counts, unregistered numbers)
 * share.
 */
export async function coldThenWarm<T>(
  replica: RemoteReplica,
  repeats: number,
  call: () => MaybePromise<T>,
  options: ServicesOptions = {},
): Promise<ColdWarmRun<T>[]> {
  const runs: ColdWarmRun<T>[] = [];
  for (let r = 0; r < repeats; r++) {
    collectGarbage();
    const services = freshServices(replica, options);
    const batchMax = brregBatchMax(services);
    const cold = await countRequests(replica, () => timed(async () => call()));
    let warmSynchronous = false;
    const warm = await countRequests(replica, async () => {
      const answer = call();
      warmSynchronous = !isPromise(answer);
      return answer;
    });
    runs.push({
      ms: cold.result.ms,
      requests: cold.requests,
      answer: cold.result.result,
      warmRequests: warm.requests,
      warmSynchronous,
      batchMax,
    });
    await dropServices(services);
  }
  return runs;
}

/** What every cold/warm scenario reports: requests (median and each run), wall time, the warm pass. */
export function coldWarmFigures(runs: readonly ColdWarmRun<unknown>[]): {
  requests: number;
  requestsPerRun: number[];
  wallMs: Spread;
  warmRequests: number;
  warmSynchronous: boolean;
} {
  return {
    requests: median(runs.map((r) => r.requests)),
    requestsPerRun: runs.map((r) => r.requests),
    wallMs: spread(runs.map((r) => r.ms)),
    warmRequests: Math.max(...runs.map((r) => r.warmRequests)),
    warmSynchronous: runs.every((r) => r.warmSynchronous),
  };
}

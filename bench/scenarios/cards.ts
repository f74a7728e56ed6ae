import { kort } from "../../src/functions/brreg/cards";
import { isPromise, type MaybePromise } from "../../src/core/maybePromise";
import { coldThenWarm, coldWarmFigures } from "../coldWarm";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { round, spread } from "../stats";
import { activeOrgnrs } from "../workloads";

/**
 * Entity cards: `BRREG.KORT(orgnr)` in each of 10,000 cells (one invocation per cell, as a column
 * filled down), for distinct active enheter, in one synchronous burst, cold; then the same burst
 * warm. A card carries the unit's roles, and roles have no list endpoint, so the minimum is one
 * `enheter/{orgnr}/roller` request per unit plus the units' list requests; warm, none at all and
 * every call synchronous. (One range call of 10,000 cards would be over the runtime's result
 * slice: ~1.7 KB a card; see src/functions/shared/resultSize.ts.)
 *
 * 10,000 roles requests at 6 connections per host take longer than the default wait for a free
 * connection (`queueTimeoutMs`, 60 s): at the defaults the last of them fail as "too busy" (the
 * cells show #VALUE!, and a recalculation fetches them). So this burst runs with a longer queue
 * bound (`cardQueueTimeoutMs`, default 5 minutes; the functions' own deadline is 120 s), and
 * `BENCH_CARD_QUEUE_MS=0` runs it at the defaults, to see that limit.
 */
export async function cardsScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const orgnrs = activeOrgnrs(replica, config.cardUnits);
  const cells = orgnrs.map((o) => [[o]]);
  const burst = (): MaybePromise<unknown[][][]> => {
    const answers = cells.map((cell) => kort(cell));
    return answers.some(isPromise) ? Promise.all(answers) : (answers as unknown[][][]);
  };
  // Each run calls `burst` twice, cold then warm: the second call of a run is timed per call.
  const warmNs: number[] = [];
  let calls = 0;
  const runs = await coldThenWarm(
    replica,
    config.repeats,
    () => {
      const warm = calls++ % 2 === 1;
      const started = process.hrtime.bigint();
      const answer = burst();
      if (!warm) return answer;
      const record = () => warmNs.push(Number(process.hrtime.bigint() - started) / cells.length);
      return isPromise(answer) ? answer.finally(record) : (record(), answer);
    },
    config.cardQueueTimeoutMs > 0 ? { queueTimeoutMs: config.cardQueueTimeoutMs } : {},
  );
  const batchMax = runs[0]!.batchMax;
  const figures = coldWarmFigures(runs);
  const notCards = (answers: unknown[][][]) =>
    answers.filter((grid) => (grid[0]?.[0] as { type?: string } | undefined)?.type !== "Entity").length;
  const firstProblem = (answers: unknown[][][]) =>
    answers.map((grid) => grid[0]?.[0]).find((cell) => (cell as { type?: string } | undefined)?.type !== "Entity");
  const lists = Math.ceil(orgnrs.length / batchMax);
  const minimum = orgnrs.length + lists;
  return {
    name: "brreg-cards",
    cells: orgnrs.length,
    calls: orgnrs.length,
    ...figures,
    minimumRequests: minimum,
    minimumNote: `${orgnrs.length} roles requests (one per unit: there is no list endpoint) + ceil(${orgnrs.length} / ${batchMax}) unit list requests`,
    rolesRequests: orgnrs.length,
    requestRatio: round(figures.requests / minimum, 2),
    errors: Math.max(...runs.map((r) => notCards(r.answer))),
    warmNsPerCall: spread(warmNs),
    queueTimeoutMs: config.cardQueueTimeoutMs > 0 ? config.cardQueueTimeoutMs : "default",
    firstProblem: JSON.stringify(firstProblem(runs[0]!.answer) ?? null).slice(0, 300),
  };
}

import { burst, collectGarbage, warmLoop } from "../burst";
import type { BenchConfig } from "../config";
import type { NaiveRun } from "../naiveClient";
import type { RemoteReplica } from "../replica/remote";
import type { NaiveResult, ScenarioResult } from "../results";
import { median, round, scaled, spread, timed } from "../stats";
import { countRequests, dropServices, freshServices } from "../world";

/**
 * Scenarios 1–4 for one API: cold (one call per cell, in a burst), vectorised (one range call),
 * warm (the cells again, on the warm cache), and the naive per-cell client beside cold.
 */
export interface CellWorkload {
  /** Scenario name prefix: "klass" or "brreg". */
  readonly prefix: string;
  readonly calls: number;
  readonly minimumRequests: number;
  /** What the minimum is made of, for the reader. */
  readonly minimumNote: string;
  /** Cell i's call, as Excel makes it (arguments prepared outside the timing). */
  readonly cell: (i: number) => unknown[][] | Promise<unknown[][]>;
  /** The whole workload as one range call. */
  readonly range: () => unknown[][] | Promise<unknown[][]>;
  /** The naive client over the first n cells. */
  readonly naive: (n: number) => Promise<NaiveRun>;
  /** The minimum requests alone, by a bare client (see naiveClient.fetchFloor). */
  readonly floor: () => Promise<void>;
}

interface Run {
  coldMs: number;
  coldRequests: number;
  coldErrors: number;
  coldSyncMs: number;
  warmNs: number[];
  warmRequests: number;
  warmPromises: number;
  warmRangeNsPerCell: number;
  naiveMs: number;
  naiveRequests: number;
  floorMs: number;
  naiveFailures: number;
  vectorMs: number;
  vectorRequests: number;
  vectorErrors: number;
}

async function oneRun(replica: RemoteReplica, config: BenchConfig, w: CellWorkload, sample: number): Promise<Run> {
  collectGarbage();
  let services = freshServices(replica);
  const cold = await countRequests(replica, () => burst(w.calls, w.cell));
  const warm = await countRequests(replica, async () => {
    // Untimed: a warm recalculation runs in a runtime that has run these functions before, and
    // the cold burst's garbage is not the warm path's cost.
    warmLoop(w.calls, w.cell);
    collectGarbage();
    const loops = Array.from({ length: config.warmLoops }, () => warmLoop(w.calls, w.cell));
    const range = warmLoop(1, w.range);
    return { loops, range };
  });
  await dropServices(services);

  collectGarbage();
  const naive = await countRequests(replica, () => timed(() => w.naive(sample)));
  const floor = await timed(w.floor);

  collectGarbage();
  services = freshServices(replica);
  const vector = await countRequests(replica, () => burst(1, w.range));
  await dropServices(services);

  return {
    coldMs: cold.result.wallMs,
    coldRequests: cold.requests,
    coldErrors: cold.result.errors,
    coldSyncMs: cold.result.syncMs,
    warmNs: warm.result.loops.map((l) => l.nsPerCall),
    warmRequests: warm.requests,
    warmPromises: warm.result.loops.reduce((n, l) => n + l.promises, 0) + warm.result.range.promises,
    warmRangeNsPerCell: warm.result.range.nsPerCall / w.calls,
    naiveMs: naive.result.ms,
    naiveRequests: naive.requests,
    floorMs: floor.ms,
    naiveFailures: naive.result.result.failures,
    vectorMs: vector.result.wallMs,
    vectorRequests: vector.requests,
    vectorErrors: vector.result.errors,
  };
}

/** Runs the four scenarios `config.repeats` times, each on fresh services instances. */
export async function cellScenarios(
  replica: RemoteReplica,
  config: BenchConfig,
  w: CellWorkload,
): Promise<ScenarioResult[]> {
  const sample = Math.min(w.calls, config.naiveSample);
  const runs: Run[] = [];
  for (let r = 0; r < config.repeats; r++) runs.push(await oneRun(replica, config, w, sample));

  const pick = (f: (run: Run) => number) => runs.map(f);
  const requestFigures = (counts: number[]) => {
    const requests = median(counts);
    return {
      requests,
      requestsPerRun: counts,
      minimumRequests: w.minimumRequests,
      requestRatio: round(requests / w.minimumRequests, 2),
    };
  };
  const coldMs = spread(pick((r) => r.coldMs));
  const naiveMs = spread(pick((r) => r.naiveMs));
  const sampled = sample < w.calls;
  const naive: NaiveResult = {
    sampleCalls: sample,
    requests: median(pick((r) => r.naiveRequests)),
    wallMs: naiveMs,
    ...(sampled
      ? {
          projectedWallMs: scaled(naiveMs, w.calls / sample),
          projectedRequests: w.calls,
          note: `measured on the first ${sample} of ${w.calls} cells; projectedWallMs = sample time × ${w.calls}/${sample} (projected, not measured: the naive client is bound by latency at 6 connections, so its time grows linearly with cells)`,
        }
      : {}),
    ...(pick((r) => r.naiveFailures).some((n) => n > 0) ? { failures: pick((r) => r.naiveFailures) } : {}),
  } as NaiveResult;
  const naiveFull = naive.projectedWallMs?.median ?? naive.wallMs.median;

  return [
    {
      name: `${w.prefix}-cold`,
      calls: w.calls,
      ...requestFigures(pick((r) => r.coldRequests)),
      minimumNote: w.minimumNote,
      wallMs: coldMs,
      burstLoopMs: spread(pick((r) => r.coldSyncMs)),
      errors: Math.max(...pick((r) => r.coldErrors)),
      floorMs: spread(pick((r) => r.floorMs)),
      floorNote:
        "the minimum requests alone, fetched and parsed by a bare client (6 in flight): the replica's and the network's share",
      naive,
      naiveOverOurs: round(naiveFull / coldMs.median, 0),
      ...(sampled ? { naiveOverOursNote: "naive time projected from the sample (see naive.note)" } : {}),
    },
    {
      name: `${w.prefix}-vector`,
      calls: 1,
      cells: w.calls,
      ...requestFigures(pick((r) => r.vectorRequests)),
      wallMs: spread(pick((r) => r.vectorMs)),
      errors: Math.max(...pick((r) => r.vectorErrors)),
    },
    {
      name: `${w.prefix}-warm`,
      calls: w.calls,
      requests: Math.max(...pick((r) => r.warmRequests)),
      promises: Math.max(...pick((r) => r.warmPromises)),
      nsPerCall: spread(
        runs.flatMap((r) => r.warmNs),
        0,
      ),
      loops: runs.length * config.warmLoops,
      rangeNsPerCell: spread(
        pick((r) => r.warmRangeNsPerCell),
        0,
      ),
    },
  ];
}

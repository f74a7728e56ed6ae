import { codename } from "../../src/functions/klass/codes";
import { enhet } from "../../src/functions/brreg/units";
import type { Mutation } from "../../replica";
import { burst, collectGarbage } from "../burst";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { median, round, spread, timed } from "../stats";
import { activeOrgnrs, klassWorkload } from "../workloads";
import { countRequests, dropServices, freshServices } from "../world";

/**
 * Scenario 5: load the BRREG and KLASS workloads (cold: that is "refetching everything"), change
 * 1 % of the loaded units and one code of 131 in the replica, then `services.revalidate()`: one
 * change-feed request per API, then refetches of exactly the changed cached entries.
 */
interface Run {
  loadMs: number;
  loadRequests: number;
  revalidateMs: number;
  revalidateRequests: number;
  feedRequests: number;
  refetched: number;
  klassEntries: number;
  verified: boolean;
}

export async function revalidateScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const orgnrs = activeOrgnrs(replica, config.brregCells);
  const column = orgnrs.map((o) => [o]);
  // One cell per date is enough to load every version list 131's dates touch.
  const k = await klassWorkload(replica, 131, config.klassDates, config.klassDates);
  const codes = k.cells.map((c) => [c.code]);
  const dates = k.cells.map((c) => [c.date]);
  const every = Math.max(1, Math.round(1 / config.mutateShare));
  const runs: Run[] = [];

  for (let r = 0; r < config.repeats; r++) {
    collectGarbage();
    const services = freshServices(replica);
    const load = await countRequests(replica, () =>
      timed(() =>
        Promise.all([burst(1, () => enhet(column, [["navn"]])), burst(1, () => codename(131, codes, dates))]),
      ),
    );
    const klassEntries = (await services.cache.keys("klass/131/")).length;

    // Different units each run, so every run's changes are its own.
    const changed = orgnrs.filter((_, i) => i % every === r % every);
    const cell = k.cells[r % k.cells.length] as { code: string; date: string };
    const mutations: Mutation[] = [
      ...changed.map((orgnr): Mutation => ({ kind: "brreg-unit", orgnr, patch: { navn: `BENCH ${r} ${orgnr}` } })),
      { kind: "klass-rename", classificationId: 131, code: cell.code, name: `Bench ${r}`, versionValidFrom: cell.date },
    ];
    await replica.mutate(mutations);

    const revalidation = await countRequests(replica, () => timed(() => services.revalidate()));
    const report = revalidation.result.result;
    const first = changed[0] as string;
    const unitName = enhet([[first]], [["navn"]]);
    const codeName = codename(131, [[cell.code]], [[cell.date]]);
    const verified =
      !(unitName instanceof Promise) &&
      unitName[0]?.[0] === `BENCH ${r} ${first}` &&
      !(codeName instanceof Promise) &&
      codeName[0]?.[0] === `Bench ${r}`;
    runs.push({
      loadMs: load.result.ms,
      loadRequests: load.requests,
      revalidateMs: revalidation.result.ms,
      revalidateRequests: revalidation.requests,
      feedRequests: report.klass.feedRequests + report.brreg.feedRequests,
      refetched: report.klass.refetched + report.brreg.refetched,
      klassEntries,
      verified,
    });
    await dropServices(services);
  }

  const changedUnits = Math.ceil(orgnrs.length / every);
  const klassEntries = median(runs.map((r) => r.klassEntries));
  const requests = median(runs.map((r) => r.revalidateRequests));
  const wallMs = spread(runs.map((r) => r.revalidateMs));
  const refetchAllMs = spread(runs.map((r) => r.loadMs));
  return {
    name: "revalidate",
    loadedUnits: orgnrs.length,
    changedUnits,
    changedClassifications: 1,
    cachedEntriesOfChangedClassification: klassEntries,
    requests,
    requestsPerRun: runs.map((r) => r.revalidateRequests),
    feedRequests: median(runs.map((r) => r.feedRequests)),
    refetched: median(runs.map((r) => r.refetched)),
    targetRequests: 2 + changedUnits + klassEntries,
    targetNote:
      "issue #7's bound: 2 feed requests + the changed entries (each changed unit, and every cached entry of the changed classification); the batched revalidation needs far fewer: 1 feed per API, ceil(changed units / batch max) list requests, the changed classification's metadata and its changed version lists",
    wallMs,
    refetchAll: {
      requests: median(runs.map((r) => r.loadRequests)),
      wallMs: refetchAllMs,
      note: "the same entries loaded cold on a fresh instance (batched list requests)",
    },
    refetchAllOverRevalidate: round(refetchAllMs.median / wallMs.median, 2),
    verified: runs.every((r) => r.verified),
  };
}

import { enhet } from "../../src/functions/brreg/units";
import { isPromise } from "../../src/core/maybePromise";
import { collectGarbage } from "../burst";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { median, round, spread, timed } from "../stats";
import { activeOrgnrs } from "../workloads";
import { brregBatchMax, countRequests, dropServices, freshServices } from "../world";

interface Run {
  ms: number;
  requests: number;
  errors: number;
  warmRequests: number;
  warmSynchronous: boolean;
}

const ROLE_FIELDS = [["dagligLeder", "styreleder", "revisor"]];

/**
 * Roles over a column: `BRREG.ENHET(range, "dagligLeder, styreleder, revisor")` for distinct
 * active enheter, as one range call, cold; then the same call on the warm cache. Roles have no
 * list endpoint, so the minimum is one `enheter/{orgnr}/roller` request per unit, plus the units'
 * list requests; the three role fields share each unit's one roles answer.
 */
export async function rolesScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const orgnrs = activeOrgnrs(replica, config.roleUnits);
  const column = orgnrs.map((o) => [o]);
  const runs: Run[] = [];
  let batchMax = 0;
  for (let r = 0; r < config.repeats; r++) {
    collectGarbage();
    const services = freshServices(replica);
    batchMax = brregBatchMax(services);
    const cold = await countRequests(replica, () => timed(async () => enhet(column, ROLE_FIELDS)));
    const grid = cold.result.result;
    let warmSynchronous = false;
    const warm = await countRequests(replica, async () => {
      const answer = enhet(column, ROLE_FIELDS);
      warmSynchronous = !isPromise(answer);
      return answer;
    });
    runs.push({
      ms: cold.result.ms,
      requests: cold.requests,
      errors: grid.flat().filter((cell) => typeof cell === "object" && cell !== null).length,
      warmRequests: warm.requests,
      warmSynchronous,
    });
    await dropServices(services);
  }
  const lists = Math.ceil(orgnrs.length / batchMax);
  const minimum = orgnrs.length + lists;
  const requests = median(runs.map((r) => r.requests));
  return {
    name: "brreg-roles",
    cells: orgnrs.length * ROLE_FIELDS[0]!.length,
    calls: orgnrs.length,
    requests,
    requestsPerRun: runs.map((r) => r.requests),
    minimumRequests: minimum,
    minimumNote: `${orgnrs.length} roles requests (one per unit: there is no list endpoint) + ceil(${orgnrs.length} / ${batchMax}) unit list requests`,
    rolesRequests: orgnrs.length,
    requestRatio: round(requests / minimum, 2),
    wallMs: spread(runs.map((r) => r.ms)),
    errors: Math.max(...runs.map((r) => r.errors)),
    warmRequests: Math.max(...runs.map((r) => r.warmRequests)),
    warmSynchronous: runs.every((r) => r.warmSynchronous),
  };
}

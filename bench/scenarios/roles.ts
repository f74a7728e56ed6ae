import { enhet } from "../../src/functions/brreg/units";
import { coldThenWarm, coldWarmFigures } from "../coldWarm";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { round } from "../stats";
import { activeOrgnrs } from "../workloads";

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
  const runs = await coldThenWarm(replica, config.repeats, () => enhet(column, ROLE_FIELDS));
  const batchMax = runs[0]!.batchMax;
  const figures = coldWarmFigures(runs);
  const errors = (grid: unknown[][]) => grid.flat().filter((cell) => typeof cell === "object" && cell !== null).length;
  const lists = Math.ceil(orgnrs.length / batchMax);
  const minimum = orgnrs.length + lists;
  const requests = figures.requests;
  return {
    name: "brreg-roles",
    cells: orgnrs.length * ROLE_FIELDS[0]!.length,
    calls: orgnrs.length,
    ...figures,
    minimumRequests: minimum,
    minimumNote: `${orgnrs.length} roles requests (one per unit: there is no list endpoint) + ceil(${orgnrs.length} / ${batchMax}) unit list requests`,
    rolesRequests: orgnrs.length,
    requestRatio: round(requests / minimum, 2),
    errors: Math.max(...runs.map((r) => errors(r.answer))),
  };
}

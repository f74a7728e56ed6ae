import { antall } from "../../src/functions/brreg/tables";
import { isPromise } from "../../src/core/maybePromise";
import { collectGarbage } from "../burst";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { median, round, spread, timed } from "../stats";
import { countRequests, dropServices, freshServices } from "../world";

interface Run {
  ms: number;
  requests: number;
  errors: number;
  warmRequests: number;
  warmSynchronous: boolean;
}

/** The kommunenumre of KLASS 131 valid on 2024-01-01, from the replica (untimed). */
async function kommuner(replica: RemoteReplica): Promise<string[]> {
  const res = await fetch(`${replica.klassBaseUrl}/classifications/131/codesAt?date=2024-01-01`, {
    headers: { accept: "application/json" },
  });
  const body = (await res.json()) as { codes: Array<{ code: string }> };
  return body.codes.map((c) => c.code);
}

/**
 * Counts over a column: `BRREG.ANTALL("kommunenummer", <every kommune of 2024>, "organisasjonsform",
 * "AS")` as one range call, cold; then the same call warm. The minimum is one `enheter?…&size=1`
 * request per kommune.
 */
export async function countsScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const codes = await kommuner(replica);
  const column = codes.map((c) => [c]);
  const runs: Run[] = [];
  for (let r = 0; r < config.repeats; r++) {
    collectGarbage();
    const services = freshServices(replica);
    const cold = await countRequests(replica, () =>
      timed(async () => antall("kommunenummer", column, "organisasjonsform", [["AS"]])),
    );
    const grid = cold.result.result;
    let warmSynchronous = false;
    const warm = await countRequests(replica, async () => {
      const answer = antall("kommunenummer", column, "organisasjonsform", [["AS"]]);
      warmSynchronous = !isPromise(answer);
      return answer;
    });
    runs.push({
      ms: cold.result.ms,
      requests: cold.requests,
      errors: grid.flat().filter((cell) => typeof cell !== "number").length,
      warmRequests: warm.requests,
      warmSynchronous,
    });
    await dropServices(services);
  }
  const requests = median(runs.map((r) => r.requests));
  return {
    name: "brreg-counts",
    calls: codes.length,
    requests,
    requestsPerRun: runs.map((r) => r.requests),
    minimumRequests: codes.length,
    minimumNote: `one enheter?kommunenummer=…&organisasjonsform=AS&size=1 request per kommune (${codes.length})`,
    requestRatio: round(requests / codes.length, 2),
    wallMs: spread(runs.map((r) => r.ms)),
    errors: Math.max(...runs.map((r) => r.errors)),
    warmRequests: Math.max(...runs.map((r) => r.warmRequests)),
    warmSynchronous: runs.every((r) => r.warmSynchronous),
  };
}

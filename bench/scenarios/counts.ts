import { antall } from "../../src/functions/brreg/tables";
import { coldThenWarm, coldWarmFigures } from "../coldWarm";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { round } from "../stats";

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
  const runs = await coldThenWarm(replica, config.repeats, () =>
    antall("kommunenummer", column, "organisasjonsform", [["AS"]]),
  );
  const figures = coldWarmFigures(runs);
  const requests = figures.requests;
  return {
    name: "brreg-counts",
    calls: codes.length,
    ...figures,
    minimumRequests: codes.length,
    minimumNote: `one enheter?kommunenummer=…&organisasjonsform=AS&size=1 request per kommune (${codes.length})`,
    requestRatio: round(requests / codes.length, 2),
    errors: Math.max(
      ...runs.map((r) => (r.answer as unknown[][]).flat().filter((cell) => typeof cell !== "number").length),
    ),
  };
}

import { enhet } from "../../src/functions/brreg/units";
import { isValidOrgnr } from "../../src/core/brreg/orgnr";
import { coldThenWarm, coldWarmFigures } from "../coldWarm";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { round } from "../stats";

/**
 * `n` valid organisasjonsnumre (mod-11) that no register holds: below 800,000,000, where the
 * replica generates none (its numbers are 8xx and 9xx, as Brreg's) and no recorded unit lives.
 */
function unregisteredOrgnrs(n: number): string[] {
  const out: string[] = [];
  for (let x = 700_000_000; out.length < n; x++) if (isValidOrgnr(String(x))) out.push(String(x));
  return out;
}

/** True for a #N/A cell. */
function notAvailable(cell: unknown): boolean {
  return typeof cell === "object" && cell !== null && (cell as { code?: unknown }).code === "#N/A";
}

/**
 * A column of valid but unregistered numbers as one `BRREG.ENHET(range, "navn")` call, cold, then
 * again on the warm cache: the list requests alone (one `enheter` and one `underenheter` list per
 * batch), every cell #N/A, and a warm recalculation with no request.
 */
export async function unregisteredScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const orgnrs = unregisteredOrgnrs(config.unregisteredCells);
  const column = orgnrs.map((o) => [Number(o)]);
  const fields = [["navn"]];
  // One range call, as Excel hands a column to the function: cold, over an empty cache, then warm.
  const runs = await coldThenWarm(replica, config.repeats, () => enhet(column, fields));
  const batchMax = runs[0]!.batchMax;
  const figures = coldWarmFigures(runs);
  const bound = 2 * Math.ceil(orgnrs.length / batchMax);
  const requests = figures.requests;
  return {
    name: "brreg-unregistered",
    calls: orgnrs.length,
    ...figures,
    minimumRequests: bound,
    minimumNote: `2 × ceil(${orgnrs.length} / ${batchMax}): one enheter and one underenheter list request per batch; no single look-up (a batch with more than SINGLE_CHECKS_PER_BATCH absent numbers is not asked for singly)`,
    requestRatio: round(requests / bound, 2),
    notAvailableCells: Math.min(...runs.map((r) => r.answer.filter((row) => notAvailable(row[0])).length)),
  };
}

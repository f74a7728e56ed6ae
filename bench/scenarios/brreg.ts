import { enhet } from "../../src/functions/brreg/units";
import type { BenchConfig } from "../config";
import { chunkKeys } from "../../src/core/batch";
import { fetchFloor, naiveEnheter } from "../naiveClient";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { activeOrgnrs } from "../workloads";
import { brregBatchMax, dropServices, freshServices } from "../world";
import { cellScenarios } from "./cells";

/** The BRREG workload's numbers, its minimum requests (and what they are), and the floor: those requests alone. */
export async function brregMinimum(
  replica: RemoteReplica,
  config: BenchConfig,
): Promise<{
  orgnrs: string[];
  batchMax: number;
  minimum: { minimumRequests: number; minimumNote: string; floor: () => Promise<void> };
}> {
  const orgnrs = activeOrgnrs(replica, config.brregCells);
  const probe = freshServices(replica);
  const batchMax = brregBatchMax(probe);
  const publicBatchMax = brregBatchMax(probe, "https://data.brreg.no/enhetsregisteret/api");
  await dropServices(probe);
  const lists = chunkKeys(orgnrs, { maxKeys: batchMax, maxUrlBytes: Number.MAX_SAFE_INTEGER, baseBytes: 0 }).map(
    (keys) => `${replica.brregBaseUrl}/enheter?size=${keys.length}&organisasjonsnummer=${keys.join(",")}`,
  );
  return {
    orgnrs,
    batchMax,
    minimum: {
      minimumRequests: Math.ceil(orgnrs.length / batchMax),
      minimumNote: `ceil(${orgnrs.length} / ${batchMax}): ${batchMax} numbers fit one list URL under batchMaxUrlBytes (effectiveBatchMax; ${publicBatchMax} against data.brreg.no)`,
      floor: () => fetchFloor([lists], "application/vnd.brreg.enhetsregisteret.enhet.v2+json"),
    },
  };
}

/** Scenarios 2, 3 and 4 for BRREG: =BRREG.ENHET(orgnr, "navn") for distinct active enheter. */
export async function brregScenarios(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult[]> {
  const { orgnrs, batchMax, minimum } = await brregMinimum(replica, config);
  // Number cells, as a column of organisasjonsnumre usually is in Excel (Excel hands the function
  // a number; text cells are no cheaper).
  const cells = orgnrs.map((o) => [[Number(o)]]);
  const column = orgnrs.map((o) => [Number(o)]);
  const fields = [["navn"]];
  const results = await cellScenarios(replica, config, {
    prefix: "brreg",
    calls: orgnrs.length,
    ...minimum,
    cell: (i) => enhet(cells[i] as unknown[][], fields),
    range: () => enhet(column, fields),
    naive: (n) => naiveEnheter(replica.brregBaseUrl, orgnrs.slice(0, n)),
  });
  return results.map((r) => (r.name === "brreg-cold" ? { ...r, effectiveBatchMax: batchMax } : r));
}

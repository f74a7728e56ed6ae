import { codename } from "../../src/functions/klass/codes";
import type { BenchConfig } from "../config";
import { fetchFloor, naiveCodenames } from "../naiveClient";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { klassWorkload, type KlassCell } from "../workloads";
import { cellScenarios } from "./cells";

const CLASSIFICATION = 131;

/** The KLASS workload's cells, its minimum requests (and what they are), and the floor: those requests alone. */
export async function klassMinimum(
  replica: RemoteReplica,
  config: BenchConfig,
): Promise<{
  cells: readonly KlassCell[];
  minimum: { minimumRequests: number; minimumNote: string; floor: () => Promise<void> };
}> {
  const w = await klassWorkload(replica, CLASSIFICATION, config.klassCells, config.klassDates);
  return {
    cells: w.cells,
    minimum: {
      minimumRequests: w.minimumRequests,
      minimumNote: `${w.versionsTouched.length} versions touched by ${w.dates.length} dates (${w.dates[0]} … ${w.dates[w.dates.length - 1]}; versions from ${w.versionsTouched.join(", ")}) + 1 metadata request`,
      floor: () =>
        fetchFloor(
          [
            [`${replica.klassBaseUrl}/classifications/${CLASSIFICATION}?includeFuture=true`],
            w.versionsTouched.map(
              (from) => `${replica.klassBaseUrl}/classifications/${CLASSIFICATION}/codesAt?date=${from}&language=nb`,
            ),
          ],
          "application/json",
        ),
    },
  };
}

/** Scenarios 1, 3 and 4 for KLASS: =KLASS.CODENAME(131, code, date) over 20 dates spanning 131's versions. */
export async function klassScenarios(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult[]> {
  const { cells, minimum } = await klassMinimum(replica, config);
  // Excel hands a scalar to an `any[][]` parameter as [[x]]: built once, outside the timing.
  const codes = cells.map((c) => [[c.code]]);
  const dates = cells.map((c) => [[c.date]]);
  const codeColumn = cells.map((c) => [c.code]);
  const dateColumn = cells.map((c) => [c.date]);
  return cellScenarios(replica, config, {
    prefix: "klass",
    calls: cells.length,
    ...minimum,
    cell: (i) => codename(CLASSIFICATION, codes[i] as unknown[][], dates[i] as unknown[][]),
    range: () => codename(CLASSIFICATION, codeColumn, dateColumn),
    naive: (n) => naiveCodenames(replica.klassBaseUrl, CLASSIFICATION, cells.slice(0, n)),
  });
}

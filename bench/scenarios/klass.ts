import { codename } from "../../src/functions/klass/codes";
import type { BenchConfig } from "../config";
import { fetchFloor, naiveCodenames } from "../naiveClient";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { klassWorkload } from "../workloads";
import { cellScenarios } from "./cells";

const CLASSIFICATION = 131;

/** Scenarios 1, 3 and 4 for KLASS: =KLASS.CODENAME(131, code, date) over 20 dates spanning 131's versions. */
export async function klassScenarios(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult[]> {
  const w = await klassWorkload(replica, CLASSIFICATION, config.klassCells, config.klassDates);
  // Excel hands a scalar to an `any[][]` parameter as [[x]]: built once, outside the timing.
  const codes = w.cells.map((c) => [[c.code]]);
  const dates = w.cells.map((c) => [[c.date]]);
  const codeColumn = w.cells.map((c) => [c.code]);
  const dateColumn = w.cells.map((c) => [c.date]);
  return cellScenarios(replica, config, {
    prefix: "klass",
    calls: w.cells.length,
    minimumRequests: w.minimumRequests,
    minimumNote: `${w.versionsTouched.length} versions touched by ${w.dates.length} dates (${w.dates[0]} … ${w.dates[w.dates.length - 1]}; versions from ${w.versionsTouched.join(", ")}) + 1 metadata request`,
    cell: (i) => codename(CLASSIFICATION, codes[i] as unknown[][], dates[i] as unknown[][]),
    range: () => codename(CLASSIFICATION, codeColumn, dateColumn),
    naive: (n) => naiveCodenames(replica.klassBaseUrl, CLASSIFICATION, w.cells.slice(0, n)),
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
  });
}

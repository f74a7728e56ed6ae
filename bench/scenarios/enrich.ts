import { brregEnrichJob, fetchChunkRows, runEnrich } from "../../src/core/enrich";
import { createMemoryWorkbook } from "../../src/office/memoryWorkbook";
import { collectGarbage } from "../burst";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { median, round, spread, timed } from "../stats";
import { activeOrgnrs } from "../workloads";
import { brregBatchMax, countRequests, dropServices, freshServices } from "../world";

/**
 * Scenario 7: the taskpane's enrichment (src/core/enrich, as useEnrich drives it) of a column of
 * organisasjonsnumre with three fields, through the in-memory workbook gateway, which records
 * every write and its payload.
 */
const SHEET = "Sheet1";

export async function enrichScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const orgnrs = activeOrgnrs(replica, config.enrichRows);
  const runs = [];
  let batchMax = 0;
  let chunkRows = 0;
  for (let r = 0; r < config.repeats; r++) {
    collectGarbage();
    const services = freshServices(replica);
    batchMax = brregBatchMax(services);
    const workbook = createMemoryWorkbook(SHEET);
    workbook.setValues(
      SHEET,
      0,
      0,
      orgnrs.map((o) => [o]),
    );
    const keys = (await workbook.readRange(SHEET, 0, 0, orgnrs.length, 1)).map((row) => row[0] ?? null);
    const job = brregEnrichJob(services.brreg, config.enrichFields, services.config);
    chunkRows = fetchChunkRows(job.batching, config.enrichChunkRows);
    const before = workbook.writes.length;
    const run = await countRequests(replica, () =>
      timed(() =>
        runEnrich(
          keys,
          job,
          (block) =>
            workbook.write({
              sheet: SHEET,
              row: block.offset,
              column: 1,
              values: block.values,
              numberFormats: block.numberFormats,
            }),
          config.enrichChunkRows === undefined ? {} : { chunkRows: config.enrichChunkRows },
        ),
      ),
    );
    const writes = workbook.writes.slice(before);
    // Failed rows (their reason in the note column), as runEnrich counts them.
    const errors = run.result.result.failed;
    runs.push({
      ms: run.result.ms,
      requests: run.requests,
      rows: run.result.result.rows,
      writes: writes.length,
      maxPayloadBytes: Math.max(...writes.map((w) => w.bytes)),
      errors,
    });
    await dropServices(services);
  }
  const wallMs = spread(runs.map((r) => r.ms));
  return {
    name: "enrich",
    rows: orgnrs.length,
    fields: config.enrichFields,
    wallMs,
    rowsPerSecond: round((orgnrs.length / wallMs.median) * 1000, 0),
    writes: median(runs.map((r) => r.writes)),
    maxPayloadBytes: Math.max(...runs.map((r) => r.maxPayloadBytes)),
    requests: median(runs.map((r) => r.requests)),
    requestsPerRun: runs.map((r) => r.requests),
    minimumRequests: Math.ceil(orgnrs.length / batchMax),
    chunkRows,
    chunkNote:
      "fetch chunk: the batch maximum × the connections per host; one write per chunk (split further only past the payload budget)",
    errors: Math.max(...runs.map((r) => r.errors)),
    driver:
      "src/core/enrich runEnrich + brregEnrichJob (as the taskpane's useEnrich calls them) over src/office/memoryWorkbook",
  };
}

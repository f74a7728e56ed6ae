import { runWorkbookCheck, type CheckReport, type SheetRange } from "../../src/core/check";
import { brregBatching } from "../../src/core/enrich";
import { collectGarbage } from "../burst";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { median, round, spread, timed } from "../stats";
import { activeOrgnrs } from "../workloads";
import { brregBatchMax, countRequests, dropServices, freshServices } from "../world";

const CLASSIFICATION = 131;
/** Source versions of the code columns ("a few versions"). */
const SOURCE_VERSIONS = 4;

type Versions = RemoteReplica["classifications"][number]["versions"];

/** Every `SOURCE_VERSIONS`-th version of 131 that has started, spread from the first to the latest. */
function sourceVersions(versions: Versions, today: string): Versions {
  const started = versions.filter((v) => v.validFrom <= today);
  const step = Math.max(1, (started.length - 1) / (SOURCE_VERSIONS - 1));
  const picked = new Set<number>();
  for (let i = 0; i < SOURCE_VERSIONS; i++) picked.add(Math.min(started.length - 1, Math.round(i * step)));
  return [...picked].map((i) => started[i]!);
}

/** The code list of one version, fetched once outside any measurement. */
async function codesOf(replica: RemoteReplica, from: string): Promise<string[]> {
  const response = await fetch(
    `${replica.klassBaseUrl}/classifications/${CLASSIFICATION}/codesAt?date=${from}&language=nb`,
    { headers: { accept: "application/json" } },
  );
  const body = (await response.json()) as { codes?: Array<{ code: string }> };
  return (body.codes ?? []).map((c) => c.code);
}

/**
 * The workbook check (src/core/check) over 50,000 cells: four sheets of 10,000 municipality codes
 * (header "kommunenr"), each typed from another version of 131, and one of 10,000 distinct active
 * enheter (header "orgnr"), checked at today's date on a fresh services instance (cold), then
 * again on the warm cache. Requests against two minimums: the design's (131's metadata, one list
 * per version — the detection reads every version, as KLASS.DETECT does — one changes request,
 * one list request per `batchMax` numbers) and the strict one (only the versions the codes come
 * from, the version at the date and the latest, instead of every version).
 */
export async function checkScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const meta = replica.classifications.find((c) => c.id === CLASSIFICATION);
  if (!meta) throw new Error(`the replica has no classification ${CLASSIFICATION}`);
  const today = new Date().toISOString().slice(0, 10);
  const sources = sourceVersions(meta.versions, today);
  const perSheet = Math.round(config.checkCodeCells / sources.length);
  const ranges: SheetRange[] = [];
  for (const version of sources) {
    const codes = await codesOf(replica, version.validFrom);
    ranges.push({
      sheet: `Koder ${version.validFrom}`,
      row: 0,
      column: 0,
      values: [["kommunenr"], ...Array.from({ length: perSheet }, (_, i) => [codes[i % codes.length]!])],
    });
  }
  const orgnrs = activeOrgnrs(replica, config.checkOrgnrCells);
  ranges.push({ sheet: "Enheter", row: 0, column: 0, values: [["orgnr"], ...orgnrs.map((o) => [o])] });
  const cells = perSheet * sources.length + orgnrs.length;

  const runs: { ms: number; requests: number; warmRequests: number; warmMs: number; report: CheckReport }[] = [];
  let batchMax = 0;
  for (let r = 0; r < config.repeats; r++) {
    collectGarbage();
    const services = freshServices(replica);
    batchMax = brregBatchMax(services);
    const batching = brregBatching(services.config);
    const deps = {
      klass: { klass: services.klass, now: () => Date.now() },
      brreg: services.brreg,
      orgnrChunk: batching.rows * batching.parallel,
    };
    const check = () => runWorkbookCheck(deps, ranges, { date: today });
    const cold = await countRequests(replica, () => timed(check));
    const warm = await countRequests(replica, () => timed(check));
    runs.push({
      ms: cold.result.ms,
      requests: cold.requests,
      warmRequests: warm.requests,
      warmMs: warm.result.ms,
      report: cold.result.result,
    });
    await dropServices(services);
  }

  // One changes request for 131 (its first version to its last), made when any code is followed.
  const at = meta.versions.find((v) => v.validFrom <= today && (v.validTo === null || today < v.validTo))!;
  const latest = meta.versions[meta.versions.length - 1]!;
  const changes = 1;
  const unitLists = Math.ceil(orgnrs.length / batchMax);
  const designMinimum = 1 + meta.versions.length + changes + unitLists;
  const strictVersions = new Set([...sources.map((v) => v.validFrom), at.validFrom, latest.validFrom]).size;
  const strictMinimum = 1 + strictVersions + changes + unitLists;
  const requests = median(runs.map((r) => r.requests));
  const report = runs[0]!.report;
  return {
    name: "check",
    calls: cells,
    requests,
    requestsPerRun: runs.map((r) => r.requests),
    minimumRequests: designMinimum,
    minimumNote: `1 metadata + ${meta.versions.length} version lists of ${CLASSIFICATION} (the detection reads each, as KLASS.DETECT) + 1 changes request (all its versions, once) + ceil(${orgnrs.length} / ${batchMax}) unit lists`,
    requestRatio: round(requests / designMinimum, 2),
    strictMinimumRequests: strictMinimum,
    strictRequestRatio: round(requests / strictMinimum, 2),
    wallMs: spread(runs.map((r) => r.ms)),
    warmRequests: Math.max(...runs.map((r) => r.warmRequests)),
    warmWallMs: spread(runs.map((r) => r.warmMs)),
    columns: report.columns.length,
    findings: report.columns.reduce((n, c) => n + c.findings.length, 0),
    failedColumns: report.columns.filter((c) => c.error).length,
  };
}

import { sinceInstant } from "../../src/core/brreg/changesGrid";
import { FEED_PAGE_SIZE } from "../../src/core/brreg/lookupRules";
import { endringer } from "../../src/functions/brreg/changes";
import { coldThenWarm, coldWarmFigures } from "../coldWarm";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { round } from "../stats";
import { activeOrgnrs } from "../workloads";

/** Changes the scenario makes in the enheter feed before it measures (2.5 pages at the largest size). */
const FEED_CHANGES = 25_000;
const CELLS = 10_000;

const pad = (n: number) => String(n).padStart(2, "0");

/** The replica's feed length since `since`, asked for directly (untimed, not counted in a run). */
async function feedLength(replica: RemoteReplica, register: string, since: string): Promise<number> {
  const res = await fetch(`${replica.brregBaseUrl}/oppdateringer/${register}?dato=${encodeURIComponent(since)}&size=1`);
  return ((await res.json()) as { page: { totalElements: number } }).page.totalElements;
}

/**
 * `BRREG.ENDRINGER(<10,000 enheter>, today)` as one range call against feeds of N changes (the
 * scenario makes FEED_CHANGES in the enheter feed first), cold, then warm. The minimum is each
 * feed's pages at the largest size the API allows, ceil(N / 10,000), at least one request per
 * feed: what it costs must follow the feeds' length, never the 10,000 cells.
 */
export async function changesScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const orgnrs = activeOrgnrs(replica, CELLS);
  const changed = activeOrgnrs(replica, Math.min(FEED_CHANGES, replica.activeEnheter.length));
  const d = new Date();
  const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const mutations = Array.from({ length: FEED_CHANGES }, (_, i) => ({
    kind: "brreg-unit" as const,
    orgnr: changed[i % changed.length]!,
    patch: { antallAnsatte: i },
  }));
  await replica.mutate(mutations);
  const since = sinceInstant(today);
  const lengths = {
    enheter: await feedLength(replica, "enheter", since),
    underenheter: await feedLength(replica, "underenheter", since),
  };
  const minimum =
    Math.max(1, Math.ceil(lengths.enheter / FEED_PAGE_SIZE)) +
    Math.max(1, Math.ceil(lengths.underenheter / FEED_PAGE_SIZE));
  const column = orgnrs.map((o) => [Number(o)]);
  const runs = await coldThenWarm(replica, config.repeats, () => endringer(column, today));
  const figures = coldWarmFigures(runs);
  const answer = runs[0]!.answer as unknown[][];
  return {
    name: "brreg-changes",
    calls: CELLS,
    ...figures,
    feedLength: lengths,
    minimumRequests: minimum,
    minimumNote: `Σ per feed max(1, ceil(N / ${FEED_PAGE_SIZE})): enheter N = ${lengths.enheter}, underenheter N = ${lengths.underenheter}`,
    requestRatio: round(figures.requests / minimum, 2),
    changedCells: answer.filter((row) => row[0] !== "").length,
    errors: Math.max(
      ...runs.map((r) => (r.answer as unknown[][]).flat().filter((cell) => typeof cell === "object").length),
    ),
  };
}

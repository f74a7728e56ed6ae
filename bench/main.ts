import { join } from "node:path";
import { benchConfig } from "./config";
import { startRemoteReplica } from "./replica/remote";
import { gitState, load1, machine, UNITS, writeResults, type BenchResults, type ScenarioResult } from "./results";
import { brregScenarios } from "./scenarios/brreg";
import { enrichScenario } from "./scenarios/enrich";
import { klassScenarios } from "./scenarios/klass";
import { memoryScenario } from "./scenarios/memory";
import { proxyScenario } from "./scenarios/proxy";
import { revalidateScenario } from "./scenarios/revalidate";
import { runtimeScenarios } from "./scenarios/runtime";
import { rolesScenario } from "./scenarios/roles";
import { cardsScenario } from "./scenarios/cards";
import { countsScenario } from "./scenarios/counts";
import { changesScenario } from "./scenarios/changes";
import { unregisteredScenario } from "./scenarios/unregistered";
import { checkScenario } from "./scenarios/check";
import { formatTable } from "./table";

const ORDER = [
  "klass-cold",
  "brreg-cold",
  "klass-vector",
  "brreg-vector",
  "klass-warm",
  "brreg-warm",
  "brreg-unregistered",
  "brreg-roles",
  "brreg-cards",
  "brreg-counts",
  "brreg-changes",
  "revalidate",
  "memory",
  "enrich",
  "check",
  "proxy",
  "klass-runtime-0ms",
  "klass-runtime-range-0ms",
  "brreg-runtime-0ms",
  "klass-runtime",
  "klass-runtime-range",
  "brreg-runtime",
];

/** Runs every scenario against one replica (in its worker thread), prints the table, writes results.json. */
export async function main(loader: string): Promise<void> {
  const config = benchConfig();
  const started = Date.now();
  const loadAtStart = load1();
  // Enough generated enheter that the enrichment has 50,000 distinct active ones.
  const enheter = Math.max(21_000, Math.ceil(config.enrichRows * 1.04) + 1_000);
  const replica = await startRemoteReplica({
    seed: 1,
    latencyMs: Math.max(0, config.latencyMs - config.jitterMs),
    jitterMs: 2 * config.jitterMs,
    enheter,
  });
  const scenarios: ScenarioResult[] = [];
  const step = async (label: string, run: () => Promise<ScenarioResult | ScenarioResult[]>) => {
    const t = Date.now();
    process.stderr.write(`bench: ${label}… `);
    const out = await run();
    scenarios.push(...(Array.isArray(out) ? out : [out]));
    process.stderr.write(`${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  };
  // BENCH_ONLY=<step>[,<step>…] runs those steps alone (names below); results.json is then left as
  // it is unless BENCH_OUT names a file, so a partial run never passes for a full one.
  const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
  const steps: Array<[string, string, () => Promise<ScenarioResult | ScenarioResult[]>]> = [
    ["klass", "KLASS cold, vectorised, warm + naive sample", () => klassScenarios(replica, config)],
    ["brreg", "BRREG cold, vectorised, warm + naive sample", () => brregScenarios(replica, config)],
    ["unregistered", "BRREG unregistered numbers, cold + warm", () => unregisteredScenario(replica, config)],
    ["roles", "BRREG roles over a column, cold + warm", () => rolesScenario(replica, config)],
    ["cards", "BRREG.KORT in 10,000 cells, cold + warm", () => cardsScenario(replica, config)],
    ["counts", "BRREG.ANTALL over every kommune, cold + warm", () => countsScenario(replica, config)],
    [
      "changes",
      "BRREG.ENDRINGER over 10,000 enheter against a long feed, cold + warm",
      () => changesScenario(replica, config),
    ],
    ["revalidate", "revalidate", () => revalidateScenario(replica, config)],
    ["memory", "memory", () => memoryScenario(replica, config)],
    ["enrich", "enrich", () => enrichScenario(replica, config)],
    ["check", "workbook check, 50,000 cells, cold + warm", () => checkScenario(replica, config)],
    ["proxy", "proxy (nginx, 20 fresh clients)", () => proxyScenario(replica, config)],
    ["runtime", "through Microsoft's custom-functions runtime (Chromium)", () => runtimeScenarios(replica, config)],
  ];
  try {
    for (const [name, label, run] of steps) if (only.length === 0 || only.includes(name)) await step(label, run);
  } finally {
    await replica.close();
  }
  scenarios.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  const results: BenchResults = {
    ...machine(),
    latencyMs: config.latencyMs,
    jitterMs: config.jitterMs,
    repeats: config.repeats,
    scale: config.scale,
    loader,
    ...(only.length ? { only } : {}),
    replica: {
      startupMs: Math.round(replica.startupMs),
      enheter,
      thread: "worker thread (its CPU is not on the client's event loop)",
    },
    git: gitState(join(__dirname, "..")),
    loadAverage: { start: loadAtStart, end: load1() },
    startedAt: new Date(started).toISOString(),
    totalMs: Date.now() - started,
    units: UNITS,
    scenarios,
  };
  const file = process.env.BENCH_OUT || (only.length === 0 ? join(__dirname, "results.json") : undefined);
  if (file !== undefined) writeResults(file, results);
  console.log(formatTable(results));
  console.log(
    file !== undefined
      ? `\nwritten: ${file} (${(results.totalMs / 1000).toFixed(0)} s in all)`
      : `\nBENCH_ONLY=${only.join(",")}: nothing written (set BENCH_OUT to keep it)`,
  );
}

/**
 * The benchmark's parameters, in one place. Defaults are the (#7) sizes; environment
 * variables override them for a quick run, e.g. `BENCH_REPEATS=1 BENCH_SCALE=0.1 npm run bench`
 * (a scaled run writes its scale into results.json, so it cannot pass for a full one).
 */
export interface BenchConfig {
  /** Fixed replica latency per answer, ms; the replica adds uniform jitter in [0, 2 × jitterMs). */
  readonly latencyMs: number;
  /** Half-width of the jitter: answers take latencyMs ± jitterMs. */
  readonly jitterMs: number;
  /** Fresh services instances per timed scenario (median, min, max over them). */
  readonly repeats: number;
  /** Timed loops over the warm cache per instance. */
  readonly warmLoops: number;
  /** Multiplies every workload size (1 = the sizes). */
  readonly scale: number;
  readonly klassCells: number;
  readonly klassDates: number;
  readonly brregCells: number;
  /** Valid but unregistered organisasjonsnumre in the brreg-unregistered column. */
  readonly unregisteredCells: number;
  /** Distinct enheter in the brreg-roles column (3 role fields each). */
  readonly roleUnits: number;
  /** Distinct enheter in the brreg-cards burst (one BRREG.KORT cell each). */
  readonly cardUnits: number;
  /** The cards burst's wait bound for a free connection, ms (0: the services' default); see scenarios/cards.ts. */
  readonly cardQueueTimeoutMs: number;
  /** Cells the naive client runs per repeat (it would take ~15 min for 100,000 at 6 connections). */
  readonly naiveSample: number;
  /** Share of the loaded units mutated before revalidation. */
  readonly mutateShare: number;
  readonly memoryUnits: number;
  readonly enrichRows: number;
  /** The workbook check: municipality codes over a few versions, and distinct active enheter. */
  readonly checkCodeCells: number;
  readonly checkOrgnrCells: number;
  readonly enrichFields: readonly string[];
  /** Rows per computed chunk, as the taskpane's `enrichChunkRows` setting; undefined: runEnrich's default. */
  readonly enrichChunkRows: number | undefined;
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative number; got ${JSON.stringify(raw)}`);
  return value;
}

/** The configuration from the defaults and BENCH_* environment variables. */
export function benchConfig(): BenchConfig {
  const scale = envNumber("BENCH_SCALE", 1);
  const sized = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    latencyMs: envNumber("BENCH_LATENCY_MS", 50),
    jitterMs: envNumber("BENCH_JITTER_MS", 10),
    repeats: Math.max(1, Math.round(envNumber("BENCH_REPEATS", 3))),
    warmLoops: 10,
    scale,
    klassCells: sized(100_000),
    klassDates: 20,
    brregCells: sized(10_000),
    unregisteredCells: sized(5_000),
    roleUnits: sized(1_000),
    cardUnits: sized(10_000),
    cardQueueTimeoutMs: envNumber("BENCH_CARD_QUEUE_MS", 300_000),
    naiveSample: Math.max(6, Math.round(envNumber("BENCH_NAIVE_SAMPLE", 300))),
    mutateShare: 0.01,
    memoryUnits: sized(20_000),
    enrichRows: sized(50_000),
    checkCodeCells: sized(40_000),
    checkOrgnrCells: sized(10_000),
    enrichFields: ["navn", "organisasjonsform.kode", "forretningsadresse.kommunenummer"],
    enrichChunkRows: process.env.BENCH_ENRICH_CHUNK_ROWS
      ? Math.max(1, Math.round(envNumber("BENCH_ENRICH_CHUNK_ROWS", 500)))
      : undefined,
  };
}

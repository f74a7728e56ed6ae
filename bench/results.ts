import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import type { Spread } from "./stats";

/**
 * The shape of bench/results.json (issue #7). Every figure's unit is in its name (…Ms, …MB,
 * …Bytes, nsPerCall) and listed in {@link UNITS}; every timed figure is a {@link Spread} (median,
 * min, max over `repeats` fresh services instances); counts that can vary keep one value per run.
 */
export interface NaiveResult {
  /** Cells the naive client ran per repeat; equals `calls` unless it ran on a sample. */
  readonly sampleCalls: number;
  /** Requests it sent for the sample (one per cell, by construction — counted by the replica). */
  readonly requests: number;
  /** Measured wall time of the sample. */
  readonly wallMs: Spread;
  /** Sample time × calls / sampleCalls: PROJECTED, not measured (the client is latency-bound at 6 connections, so linear). */
  readonly projectedWallMs?: Spread;
  readonly projectedRequests?: number;
  readonly note?: string;
}

export interface ScenarioResult {
  readonly name: string;
  readonly calls?: number;
  /** Requests the replica answered (median over repeats), and each run's count. */
  readonly requests?: number;
  readonly requestsPerRun?: readonly number[];
  readonly minimumRequests?: number;
  /** requests / minimumRequests. */
  readonly requestRatio?: number;
  readonly wallMs?: Spread;
  readonly nsPerCall?: Spread;
  readonly naive?: NaiveResult;
  /** Naive wall time (projected to the full size when sampled) / our median wall time. */
  readonly naiveOverOurs?: number;
  /** Cells that answered an error (all inputs are valid, so this must be 0). */
  readonly errors?: number;
  readonly [extra: string]: unknown;
}

export interface BenchResults {
  readonly node: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly latencyMs: number;
  readonly jitterMs: number;
  readonly repeats: number;
  readonly scale: number;
  /** How the project's TypeScript was compiled for the run (see bench/shipped.ts). */
  readonly loader: string;
  /** BENCH_ONLY's steps, when the run was limited to them. */
  readonly only?: readonly string[];
  readonly replica: { readonly startupMs: number; readonly enheter: number; readonly thread: string };
  /** The code measured: HEAD and whether the working tree had changes. */
  readonly git: { readonly commit: string; readonly dirty: boolean };
  /** 1-minute load average at the start and end: other work on the machine moves the times. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly startedAt: string;
  readonly totalMs: number;
  readonly units: Readonly<Record<string, string>>;
  readonly scenarios: readonly ScenarioResult[];
}

export const UNITS: Readonly<Record<string, string>> = {
  wallMs: "milliseconds (median, min, max over repeats)",
  burstLoopMs: "milliseconds of the synchronous loop that makes the calls (part of wallMs)",
  floorMs: "milliseconds for the minimum requests alone, fetched and parsed by a bare client",
  projectedWallMs: "milliseconds, projected from a sample (see note)",
  nsPerCall: "nanoseconds per custom-function call",
  rangeNsPerCell: "nanoseconds per cell of one range call",
  heapMB: "MiB of V8 heap after a full GC, above the baseline before loading",
  heapMBWithMemoryStore: "MiB, as heapMB, with Node's in-memory persistent store",
  cacheEstimateMB: "MiB, the memory cache's own size estimate (what memoryMaxBytes bounds)",
  requests: "HTTP requests answered by the replica servers",
  writes: "gateway write calls",
  maxPayloadBytes: "bytes of the largest write (values' JSON + number formats)",
  rowsPerSecond: "key rows enriched per second",
  warmMs: "milliseconds, the same invocations again on the warm page (runtime scenarios)",
  doNothingMs: "milliseconds, the same invocations of a do-nothing function on the same page: the runtime's own cost",
  runtimeUsPerInvocation: "microseconds per invocation of the do-nothing function",
  addinShareOfCold: "(cold − floor − do-nothing) / cold: the share of a cold burst that is the add-in's own work",
  largestMessageChars: "characters of the largest message the runtime sent the host",
  hostMessages: "result messages (ProcessQuery requests) the runtime sent the host in the cold burst",
};

/** Machine facts for the header of results.json. */
export function machine(): Pick<BenchResults, "node" | "cpus" | "cpuModel"> {
  const list = cpus();
  return { node: process.version, cpus: list.length, cpuModel: list[0]?.model ?? "unknown" };
}

/** HEAD and dirtiness of the repository (read-only git commands); "unknown" outside a checkout. */
export function gitState(cwd: string): BenchResults["git"] {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd, encoding: "utf8" }).trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: "unknown", dirty: false };
  }
}

/** The 1-minute load average, rounded. */
export function load1(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

export function writeResults(path: string, results: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

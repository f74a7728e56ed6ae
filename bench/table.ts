import type { BenchResults, ScenarioResult } from "./results";
import type { Spread } from "./stats";

/** The results as a plain-text table for the terminal (results.json holds everything). */
const HEADER = [
  "scenario",
  "size",
  "requests",
  "min",
  "req/min",
  "time (median [min–max])",
  "naive",
  "naive/ours",
  "notes",
];

function ms(s: Spread | undefined): string {
  if (!s) return "";
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  return `${f(s.median)} ms [${f(s.min)}–${f(s.max)}]`;
}

function ns(s: Spread | undefined, unit: string): string {
  if (!s) return "";
  return `${(s.median / 1000).toFixed(2)} µs/${unit} [${(s.min / 1000).toFixed(2)}–${(s.max / 1000).toFixed(2)}]`;
}

function mb(s: Spread | undefined): string {
  return s ? `${s.median.toFixed(1)} MB [${s.min.toFixed(1)}–${s.max.toFixed(1)}]` : "";
}

const n = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-US") : "");

function row(s: ScenarioResult): string[] {
  const base = [
    s.name,
    n(s.cells ?? s.calls ?? s.rows ?? s.loadedUnits),
    n(s.requests),
    n(s.minimumRequests),
    s.requestRatio === undefined ? "" : s.requestRatio.toFixed(2),
  ];
  switch (s.name) {
    case "klass-warm":
    case "brreg-warm":
      return [
        ...base,
        ns(s.nsPerCall, "call"),
        "",
        "",
        `range call: ${ns(s.rangeNsPerCell as Spread, "cell")}; promises ${n(s.promises)}`,
      ];
    case "revalidate": {
      const all = s.refetchAll as { requests: number; wallMs: Spread };
      return [
        ...base.slice(0, 3),
        `≤${n(s.targetRequests)}`,
        "",
        ms(s.wallMs),
        "",
        "",
        `${n(s.changedUnits)} units + 1 classification changed; refetch all: ${n(all.requests)} req, ${ms(all.wallMs)}; verified ${String(s.verified)}`,
      ];
    }
    case "brreg-unregistered":
      return [
        ...base,
        ms(s.wallMs),
        "",
        "",
        `${n(s.notAvailableCells)} #N/A cells; warm: ${n(s.warmRequests)} requests, synchronous ${String(s.warmSynchronous)}`,
      ];
    case "brreg-counts":
      return [
        ...base,
        ms(s.wallMs),
        "",
        "",
        `${n(s.calls)} kommuner × BRREG.ANTALL(…, "organisasjonsform", "AS"); ${n(s.errors)} errors; warm: ${n(s.warmRequests)} requests, synchronous ${String(s.warmSynchronous)}`,
      ];
    case "brreg-roles":
      return [
        ...base,
        ms(s.wallMs),
        "",
        "",
        `${n(s.calls)} units × 3 role fields: ${n(s.rolesRequests)} roles requests + unit lists; ${n(s.errors)} errors; warm: ${n(s.warmRequests)} requests, synchronous ${String(s.warmSynchronous)}`,
      ];
    case "brreg-cards":
      return [
        ...base,
        ms(s.wallMs),
        "",
        "",
        `${n(s.calls)} BRREG.KORT cells (one each): ${n(s.rolesRequests)} roles requests + unit lists; ${n(s.errors)} not cards; warm: ${n(s.warmRequests)} requests, synchronous ${String(s.warmSynchronous)}, ${n(Math.round((s.warmNsPerCall as Spread | undefined)?.median ?? 0))} ns/call`,
      ];
    case "memory":
      return [
        ...base,
        mb(s.heapMB as Spread),
        "",
        "",
        `${n(s.entries)} entries; with Node's memory store ${mb(s.heapMBWithMemoryStore as Spread)}`,
      ];
    case "klass-runtime":
    case "klass-runtime-range":
    case "brreg-runtime":
    case "klass-runtime-0ms":
    case "klass-runtime-range-0ms":
    case "brreg-runtime-0ms":
      return [
        ...base,
        `cold ${ms(s.wallMs)}`,
        "",
        "",
        [
          `warm ${ms(s.warmMs as Spread)}`,
          `do-nothing ${ms(s.doNothingMs as Spread)} (${n(s.runtimeUsPerInvocation)} µs/invocation)`,
          `ours/do-nothing cold ${n(s.oursOverDoNothingCold)}, warm ${n(s.oursOverDoNothingWarm)}`,
          `add-in share of cold ${((s.addinShareOfCold as number) * 100).toFixed(1)} % (floor ${ms(s.floorMs as Spread)})`,
          `largest message ${n(s.largestMessageChars)} chars in ${n(s.hostMessages)} messages`,
          s.singleCellsOverRangeCold
            ? `single cells/range cold ${n(s.singleCellsOverRangeCold)}×, warm ${n(s.singleCellsOverRangeWarm)}×`
            : "",
          s.errors ? `${n(s.errors)} errors` : "",
        ]
          .filter(Boolean)
          .join("; "),
      ];
    case "enrich":
      return [
        ...base,
        ms(s.wallMs),
        "",
        "",
        `${n(s.writes)} writes, largest ${n(s.maxPayloadBytes)} B; ${n(s.rowsPerSecond)} rows/s`,
      ];
    default: {
      const naive = s.naive;
      const naiveText = !naive
        ? ""
        : naive.projectedWallMs
          ? `${(naive.projectedWallMs.median / 1000).toFixed(0)} s projected (${n(naive.sampleCalls)} cells: ${ms(naive.wallMs)})`
          : ms(naive.wallMs);
      const notes = [
        s.floorMs ? `floor (minimum requests, bare client): ${ms(s.floorMs as Spread)}` : "",
        s.errors ? `${n(s.errors)} errors` : "",
      ];
      return [
        ...base,
        ms(s.wallMs),
        naiveText,
        s.naiveOverOurs === undefined ? "" : `${n(s.naiveOverOurs)}×`,
        notes.filter(Boolean).join("; "),
      ];
    }
  }
}

export function formatTable(results: BenchResults): string {
  const rows = [HEADER, ...results.scenarios.map(row)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join("  ")
      .trimEnd();
  const title =
    `node ${results.node}, ${results.cpus} cpus (${results.cpuModel}), load ${results.loadAverage.start}→${results.loadAverage.end}; ` +
    `replica latency ${results.latencyMs} ± ${results.jitterMs} ms; ${results.repeats} fresh instances per scenario; ${results.git.commit}${results.git.dirty ? "+changes" : ""}` +
    `${results.scale === 1 ? "" : `; SCALE ${results.scale}`}${results.loader.startsWith("tsx") ? "; UNDER TSX" : ""}`;
  return [
    title,
    line(rows[0] as string[]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(line),
  ].join("\n");
}

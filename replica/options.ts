/** Defaults for {@link ReplicaOptions}, applied once with eager validation. */
import type { FaultConfig, ReplicaOptions } from "./index";
import { validateFaults } from "./faults";

/** Options with every default filled in. */
export interface NormalisedOptions {
  latencyMs: number;
  jitterMs: number;
  seed: number;
  faults: FaultConfig;
  port: number;
  host: string;
  enheter: number;
  underenheter: number;
}

/** The defaults (exported so tests and the CLI can show them). */
export const DEFAULT_OPTIONS: Readonly<NormalisedOptions> = {
  latencyMs: 0,
  jitterMs: 0,
  seed: 1,
  faults: {},
  port: 0,
  host: "127.0.0.1",
  // Generated counts; about 3 % become deleted or removed, so at least 20 000 / 10 000 stay active.
  enheter: 21000,
  underenheter: 10500,
};

function nonNegative(name: string, v: number): number {
  if (!Number.isFinite(v) || v < 0)
    throw new RangeError(`replica option ${name} must be a non-negative number, got ${v}`);
  return v;
}

/** Validates and fills in options. */
export function normaliseOptions(o: ReplicaOptions = {}): NormalisedOptions {
  return {
    latencyMs: nonNegative("latencyMs", o.latencyMs ?? DEFAULT_OPTIONS.latencyMs),
    jitterMs: nonNegative("jitterMs", o.jitterMs ?? DEFAULT_OPTIONS.jitterMs),
    seed: Math.trunc(o.seed ?? DEFAULT_OPTIONS.seed),
    faults: validateFaults(o.faults ?? {}),
    port: nonNegative("port", o.port ?? DEFAULT_OPTIONS.port),
    host: o.host ?? DEFAULT_OPTIONS.host,
    enheter: nonNegative("enheter", o.enheter ?? DEFAULT_OPTIONS.enheter),
    underenheter: nonNegative("underenheter", o.underenheter ?? DEFAULT_OPTIONS.underenheter),
  };
}

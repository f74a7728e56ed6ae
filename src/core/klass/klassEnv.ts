import { isoToday } from "../args";
import type { KlassData } from "./klassData";

/** What the KLASS domain functions need: the data access and a clock (for "today"). */
export interface KlassEnv {
  readonly klass: KlassData;
  /** Milliseconds since the epoch; injected so tests can fix "today". */
  readonly now: () => number;
}

const lastToday = new WeakMap<KlassEnv, { minute: number; iso: string }>();

/** Today's ISO date by the env's clock (recomputed at most once a minute of clock time). */
export function todayOf(env: KlassEnv): string {
  const now = env.now();
  const minute = Math.floor(now / 60_000);
  const last = lastToday.get(env);
  if (last && last.minute === minute) return last.iso;
  const iso = isoToday(now);
  lastToday.set(env, { minute, iso });
  return iso;
}

import type { Clock } from "../../core/clock";
import { systemClock } from "../../core/clock";
import type { KlassEnv } from "../../core/klass";
import { getServices } from "../../runtime/services";

/*
 * What the KLASS functions hand to core: the runtime's KLASS data and its clock (for "today").
 * Grids go back to Excel through `answerGrid` in ../shared/answerGrid.ts, shared with BRREG.
 */

const envs = new WeakMap<object, KlassEnv>();

/** The KLASS env of the runtime's services (one per services instance, so the hot path allocates nothing). */
export function klassEnv(): KlassEnv {
  const services = getServices();
  let env = envs.get(services);
  if (!env) {
    const clock = (services as { clock?: Clock }).clock ?? systemClock;
    env = { klass: services.klass, now: () => clock.now() };
    envs.set(services, env);
  }
  return env;
}

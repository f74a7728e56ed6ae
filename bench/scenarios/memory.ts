import { codename } from "../../src/functions/klass/codes";
import { enhet } from "../../src/functions/brreg/units";
import type { PersistentStore } from "../../src/core/store";
import { createMemoryStore } from "../../src/core/store";
import { burst, collectGarbage } from "../burst";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { round, spread } from "../stats";
import { activeOrgnrs } from "../workloads";
import { dropServices, freshServices } from "../world";

/**
 * Scenario 6: V8 heap (after a full GC) held by one services instance after loading every
 * version of 131 and 20,000 units. In Excel the persistent tier is IndexedDB, outside the JS heap,
 * so the main figure uses a store that keeps nothing; the Node fallback (the memory store, a
 * structured clone of every entry) is measured beside it.
 */
const discardingStore: PersistentStore = {
  kind: "discard",
  getMany: async (keys) => keys.map(() => undefined),
  setMany: async () => undefined,
  delMany: async () => undefined,
  keys: async () => [],
  clear: async () => undefined,
};

function heapMB(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

async function measure(
  replica: RemoteReplica,
  store: () => PersistentStore,
  column: unknown[][],
  codes: unknown[][],
  dates: unknown[][],
) {
  const services = freshServices(replica, { store: store() });
  const before = heapMB();
  const answers = await Promise.all([
    burst(1, () => enhet(column, [["navn"]])),
    burst(1, () => codename(131, codes, dates)),
  ]);
  await services.flush();
  const after = heapMB();
  const memory = services.cache.memory;
  await dropServices(services);
  return {
    heapMB: after - before,
    entries: memory.entries,
    lruMB: memory.bytes / (1024 * 1024),
    errors: answers[0].errors + answers[1].errors,
  };
}

export async function memoryScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  const orgnrs = activeOrgnrs(replica, config.memoryUnits);
  const column = orgnrs.map((o) => [o]);
  const meta = replica.classifications.find((c) => c.id === 131);
  // One cell per version (at its first day): 131's whole history, every version's code list.
  const firstDays = (meta?.versions ?? []).map((v) => v.validFrom);
  const codes = firstDays.map(() => ["0301"]);
  const dates = firstDays.map((d) => [d]);
  const lean = [];
  const withStore = [];
  for (let r = 0; r < config.repeats; r++) {
    lean.push(await measure(replica, () => discardingStore, column, codes, dates));
    withStore.push(await measure(replica, createMemoryStore, column, codes, dates));
  }
  return {
    name: "memory",
    loadedUnits: orgnrs.length,
    klassVersions: firstDays.length,
    entries: lean[0]?.entries,
    heapMB: spread(lean.map((m) => m.heapMB)),
    heapMBWithMemoryStore: spread(withStore.map((m) => m.heapMB)),
    cacheEstimateMB: round(lean[0]?.lruMB ?? 0, 1),
    errors: Math.max(...lean.map((m) => m.errors)),
    note: "heapMB: the services' memory cache alone (in Excel the persistent tier is IndexedDB, off the JS heap); heapMBWithMemoryStore: Node's fallback store (a structured clone of every entry) on top",
  };
}

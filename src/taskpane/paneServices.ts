import type { ConnectionHealth } from "../core/connectionHealth";
import type { MetricsSnapshot } from "../core/metrics";
import type { ReportDeps } from "../core/reports";
import type { Services } from "../core/services";
import { getServices, reconfigureServices } from "../runtime/services";

/**
 * What the taskpane uses of the shared services, in one place: the data access and clock for
 * reports and enrichment, revalidation, the cache (size, clear), the metrics, and reconfiguring
 * after Settings change the base URLs. Everything goes through `getServices()` of src/runtime (the
 * one composition root), so functions and taskpane share one cache (in the shared runtime).
 */
export interface PaneServices {
  readonly services: Services;
  readonly deps: ReportDeps;
  revalidate(): Promise<unknown>;
  clearCache(): Promise<void>;
  cacheSize(): { readonly entries: number; readonly bytes: number } | undefined;
  metrics(): MetricsSnapshot;
  /** How the services answered in the last minute (the connection badge). */
  health(): ConnectionHealth;
}

export function paneServices(services: Services = getServices()): PaneServices {
  return {
    services,
    deps: {
      klass: services.klass,
      brreg: services.brreg,
      now: () => Date.now(),
      klassBaseUrl: services.config.klassBaseUrl,
      brregBaseUrl: services.config.brregBaseUrl,
    },
    revalidate: () => services.revalidate(),
    clearCache: () => services.cache.clear(),
    cacheSize: () => {
      try {
        return services.cache.memory;
      } catch {
        return undefined;
      }
    },
    metrics: () => services.metrics.snapshot(),
    health: () => services.metrics.recent.health(Date.now()),
  };
}

/** After Settings saved new base URLs: a fresh instance (the old cache is dropped). */
export function reconfigurePaneServices(): PaneServices {
  return paneServices(reconfigureServices());
}

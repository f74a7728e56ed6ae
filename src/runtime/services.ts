import { createServices, type Services } from "../core/services";
import { currentSetup } from "./setup";

/**
 * THE services instance of the add-in (one cache, one set of metrics), built on first use — so
 * the page's KLASS_BRREG_CONFIG and the saved settings are read after they are set. Functions
 * and taskpane both come here; in the shared runtime they get this same instance.
 */
let services: Services | undefined;

/** The add-in's services instance, built on first use from {@link currentSetup}'s base URLs. */
export function getServices(): Services {
  services ??= createServices(currentSetup().baseUrls);
  return services;
}

/**
 * Rebuild with the base URLs saved now (the taskpane's Settings → Save). The old instance is
 * disposed (its waiting and in-flight look-ups cancelled, its timers cleared); the new one's store
 * is the database of the new base URLs, so no data of the old services is served.
 */
export function reconfigureServices(): Services {
  const old = services;
  services = createServices(currentSetup().baseUrls);
  old?.dispose();
  return services;
}

/** Tests and benchmarks inject their own instance (e.g. pointed at the replica servers). */
export function setServicesForTesting(instance: Services | undefined): void {
  services = instance;
}

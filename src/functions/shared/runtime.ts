import { createServices, type Services } from "../../core/services";
import { readGlobalConfig, readSavedSettings, resolveBaseUrls, type ApiBaseUrls } from "./runtimeConfig";

/**
 * The one services instance of the functions runtime, built on first use (so the page's
 * KLASS_BRREG_CONFIG and the taskpane's saved settings are read after they are set).
 * In the shared runtime the taskpane uses this same instance, so both share one cache.
 */
let services: Services | undefined;

function localStorageIfAny(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined; // e.g. storage disabled by policy
  }
}

/** The base URLs the runtime uses now (settings, then global, then public). */
export function currentBaseUrls(): ApiBaseUrls {
  return resolveBaseUrls(readSavedSettings(localStorageIfAny()), readGlobalConfig(globalThis));
}

/** The runtime's services instance, built on first use from {@link currentBaseUrls}. */
export function getServices(): Services {
  services ??= createServices(currentBaseUrls());
  return services;
}

/**
 * Rebuild with new base URLs (the taskpane's Settings → Save). The old instance is disposed (its
 * waiting and in-flight look-ups cancelled, its timers cleared); the new one's store is the
 * database of the new base URLs, so no data of the old services is served.
 */
export function reconfigureServices(): Services {
  const old = services;
  services = createServices(currentBaseUrls());
  old?.dispose();
  return services;
}

/** Tests and benchmarks inject their own instance (e.g. pointed at the replica servers). */
export function setServicesForTesting(instance: Services | undefined): void {
  services = instance;
}

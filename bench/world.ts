import { effectiveBatchMax } from "../src/core/batch";
import { createServices, type Services, type ServicesOptions } from "../src/core/services";
import { createMemoryStore } from "../src/core/store";
import { setServicesForTesting } from "../src/runtime/services";
import type { RemoteReplica } from "./replica/remote";

/**
 * A fresh services instance against the replica — "cold" means this: an empty memory cache over
 * an empty store — installed as the functions runtime's instance, so the custom functions are
 * called exactly as Excel calls them.
 */
export function freshServices(replica: RemoteReplica, options: ServicesOptions = {}): Services {
  const services = createServices({
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
    store: createMemoryStore(),
    ...options,
  });
  setServicesForTesting(services);
  return services;
}

/** Closes the instance and takes it out of the runtime. */
export async function dropServices(services: Services): Promise<void> {
  setServicesForTesting(undefined);
  await services.close();
}

/**
 * Most organisasjonsnumre one list request carries under the configured limits: the fetch
 * layer's own helper over the URL brregData builds (`<base>/enheter?size=2000&organisasjonsnummer=`
 * plus 9 digits and a comma per number).
 */
export function brregBatchMax(services: Services, baseUrl = services.config.brregBaseUrl): number {
  const base = `${baseUrl}/enheter?size=2000&organisasjonsnummer=`;
  return effectiveBatchMax(
    { maxKeys: services.config.batchMaxKeys, maxUrlBytes: services.config.batchMaxUrlBytes, baseBytes: base.length },
    10,
  );
}

/** Requests the replica answered while `action` ran (its servers' own count, not the client's). */
export async function countRequests<T>(
  replica: RemoteReplica,
  action: () => Promise<T>,
): Promise<{ result: T; requests: number }> {
  const before = await replica.requests();
  const result = await action();
  return { result, requests: (await replica.requests()) - before };
}

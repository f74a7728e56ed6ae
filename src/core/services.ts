import { createBrregData, type BrregDataService } from "./brreg/createBrregData";
import { TieredCache } from "./cache/tieredCache";
import { schedulerFromClock, systemClock, type Clock, type Scheduler } from "./clock";
import { resolveConfig, type CoreConfig, type CoreOptions } from "./config";
import { BaseUrlCheck } from "./http/baseUrlCheck";
import { FetchHttpClient } from "./http/httpClient";
import { createKlassData } from "./klass/createKlassData";
import type { KlassData } from "./klass/klassData";
import { Metrics } from "./metrics";
import { Revalidator } from "./revalidate/revalidator";
import type { RevalidationReport } from "./revalidate/types";
import { NamespacedStore, createDefaultStore, storeNamespace } from "./store";
import type { PersistentStore } from "./store/types";
import { isValidStoredValue } from "./storedValues";

/** Everything {@link createServices} accepts: the limits of {@link CoreOptions} plus injected dependencies. */
export interface ServicesOptions extends CoreOptions {
  /** Default: `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /**
   * Default: IndexedDB where available (idb-keyval; one database per pair of base URLs), else
   * memory. Pass one store to two instances to share it: entries are kept apart by the exact base
   * URLs (never a hash of them), so instances over other services never see them.
   */
  readonly store?: PersistentStore;
  /** Default: the system clock. */
  readonly clock?: Clock;
  /** Longest wait for a free connection before a call fails as busy, ms; default 4 × timeoutMs. */
  readonly queueTimeoutMs?: number;
  /** Flushes batch windows; default: the clock's timers. */
  readonly scheduler?: Scheduler;
  /** Backoff jitter source in [0, 1); default Math.random. */
  readonly random?: () => number;
  /** Told when the persistent store fails (the memory cache carries on). */
  readonly onStoreError?: (error: unknown) => void;
}

/** One instance of the fetch layer and the data modules over it. */
export interface Services {
  readonly config: CoreConfig;
  /** The raw HTTP core (in-flight counts, close). Data modules use it through the 404 base-URL check. */
  readonly http: FetchHttpClient;
  /** The clock every part of this instance reads (KLASS functions' "today" too). */
  readonly clock: Clock;
  readonly cache: TieredCache;
  readonly store: PersistentStore;
  readonly metrics: Metrics;
  readonly brreg: BrregDataService;
  /** KLASS data access (src/core/klass/klassData.ts, written by the KLASS side). */
  readonly klass: KlassData;
  /** One change-feed request per API, then refetches of exactly the changed cached entries. */
  revalidate(): Promise<RevalidationReport>;
  /** Resolves when every cache write has reached the persistent store. */
  flush(): Promise<void>;
  /** Cancels what is waiting or in flight (CancelledError), then flushes the store. Idempotent. */
  close(): Promise<void>;
  /** `close()` without waiting. */
  dispose(): void;
}

function defaultFetch(): typeof fetch {
  const global = (globalThis as { fetch?: typeof fetch }).fetch;
  if (typeof global !== "function")
    throw new TypeError(`Option "fetch" is required: this runtime has no global fetch.`);
  // Bound: some browsers throw "Illegal invocation" when fetch is called off `window`.
  return global.bind(globalThis);
}

/**
 * Builds one instance of everything. The add-in has one, built by src/runtime (the composition
 * root functions and taskpane share); tests and benchmarks make their own (ARCHITECTURE.md).
 * Options are validated here, at once, and only here: the parts get the resolved config.
 *
 * @example
 * const services = createServices({ klassBaseUrl: replica.klassBaseUrl, brregBaseUrl: replica.brregBaseUrl });
 * const lookup = await services.brreg.unit("923609016");
 * await services.close();
 */
export function createServices(options: ServicesOptions = {}): Services {
  const config = resolveConfig(options);
  const clock = options.clock ?? systemClock;
  const scheduler = options.scheduler ?? schedulerFromClock(clock);
  // Cached data belongs to the services it came from (a store may outlive a change of base URL).
  const store = options.store
    ? new NamespacedStore(options.store, storeNamespace(config))
    : createDefaultStore({ bases: config });
  const metrics = new Metrics({ klass: config.klassBaseUrl, brreg: config.brregBaseUrl });
  const http = new FetchHttpClient({
    ...config,
    config,
    fetch: options.fetch ?? defaultFetch(),
    clock,
    metrics,
    ...(options.random ? { random: options.random } : {}),
    ...(options.queueTimeoutMs === undefined ? {} : { queueTimeoutMs: options.queueTimeoutMs }),
  });
  // Every data request goes through the check that tells "not found" from "wrong base URL".
  const api = new BaseUrlCheck(http, { klass: config.klassBaseUrl, brreg: config.brregBaseUrl }, { clock });
  const cache = new TieredCache({
    ...config,
    config,
    http: api,
    store,
    clock,
    metrics,
    validStored: isValidStoredValue,
    ...(options.onStoreError ? { onStoreError: options.onStoreError } : {}),
  });
  const brreg = createBrregData({
    ...config,
    config,
    http: api,
    cache,
    baseUrl: config.brregBaseUrl,
    metrics,
    scheduler,
  });
  const klass = createKlassData({ cache, http: api, baseUrl: config.klassBaseUrl });
  const revalidator = new Revalidator({
    cache,
    store,
    clock,
    overlapMs: config.revalidateOverlapMs,
    klass: { http: api, baseUrl: config.klassBaseUrl, pageSize: config.updatesPageSize },
    brreg: {
      http: api,
      baseUrl: config.brregBaseUrl,
      pageSize: config.updatesPageSize,
      refresh: (register, orgnrs) => brreg.refreshUnits(register, orgnrs),
    },
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      brreg.close();
      http.close();
      await revalidator.ready().catch(() => undefined);
      await cache.flush();
    })();
    return closing;
  };

  return {
    config,
    http,
    clock,
    cache,
    store,
    metrics,
    brreg,
    klass,
    revalidate: () => revalidator.revalidate(),
    flush: () => cache.flush(),
    close,
    dispose: () => void close().catch(() => undefined),
  };
}

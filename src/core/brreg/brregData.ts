import { MicroBatcher } from "../batch/microBatcher";
import type { TieredCache } from "../cache/tieredCache";
import type { RefreshOutcome } from "../cache/tieredCache";
import { schedulerFromClock, systemClock, type Scheduler } from "../clock";
import { resolveConfig, type CoreOptions } from "../config";
import { CancelledError, isNotFoundError, isRemovedError } from "../errors";
import { isOutage } from "../http/outage";
import type { HttpClient } from "../http/types";
import type { MaybePromise } from "../maybePromise";
import type { Metrics } from "../metrics";
import type { BrregData } from "./data";
import type { BrregOrganisasjonsform, BrregRegister, BrregRollegruppe, BrregSearchPage, BrregUnit, UnitLookup } from "./types";

/** Dependencies of {@link createBrregData}; batch limits default to {@link DEFAULT_CONFIG}. */
export interface BrregDataDeps extends Pick<CoreOptions, "batchWindowMs" | "batchMaxKeys" | "batchMaxUrlBytes"> {
  readonly http: HttpClient;
  /** The tiered cache (units are resolved over several keys, so this needs more than ResourceCache). */
  readonly cache: TieredCache;
  /** e.g. `https://data.brreg.no/enhetsregisteret/api` */
  readonly baseUrl: string;
  readonly metrics?: Metrics;
  /** Flushes batch windows; default: real timers. */
  readonly scheduler?: Scheduler;
}

/** {@link BrregData} plus what services and revalidation need. */
export interface BrregDataService extends BrregData {
  /** Refetch one cached unit from its stored single-lookup URL (revalidation). */
  refreshUnit(register: BrregRegister, orgnr: string): Promise<RefreshOutcome>;
  /** Sends waiting batches now. */
  flush(): void;
  /** Rejects waiting look-ups with CancelledError. */
  close(): void;
}

const KEY_PREFIX: Record<BrregRegister, string> = { enheter: "brreg/enhet/", underenheter: "brreg/underenhet/" };
const REGISTERS: readonly BrregRegister[] = ["enheter", "underenheter"];
const ORGFORM_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const EMPTY_PAGE = { size: 0, totalElements: 0, totalPages: 0, number: 0 };

interface ListBody {
  readonly _embedded?: Partial<Record<BrregRegister, BrregUnit[]>>;
  readonly page?: BrregSearchPage["page"];
}

/**
 * Cache keys built once per number: a warm look-up must not allocate a key string per cell.
 * Bounded by clearing, which only costs re-building strings.
 */
class KeyMemo {
  readonly #prefix: string;
  #keys = new Map<string, string>();
  constructor(prefix: string) {
    this.#prefix = prefix;
  }
  key(orgnr: string): string {
    let key = this.#keys.get(orgnr);
    if (key === undefined) {
      if (this.#keys.size >= 250_000) this.#keys = new Map();
      key = this.#prefix + orgnr;
      this.#keys.set(orgnr, key);
    }
    return key;
  }
}

function lookupOf(register: BrregRegister, unit: BrregUnit): UnitLookup {
  return unit.slettedato ? { state: "deleted", register, unit } : { state: "found", register, unit };
}


const rollegrupper = (body: unknown): readonly BrregRollegruppe[] =>
  ((body as { rollegrupper?: BrregRollegruppe[] } | null)?.rollegrupper ?? []);
const organisasjonsformer = (body: unknown): readonly BrregOrganisasjonsform[] =>
  ((body as { _embedded?: { organisasjonsformer?: BrregOrganisasjonsform[] } } | null)?._embedded?.organisasjonsformer ?? []);

class BrregDataImpl implements BrregDataService {
  readonly #http: HttpClient;
  readonly #cache: TieredCache;
  readonly #base: string;
  readonly #keys: Record<BrregRegister, KeyMemo> = { enheter: new KeyMemo(KEY_PREFIX.enheter), underenheter: new KeyMemo(KEY_PREFIX.underenheter) };
  readonly #rollerKeys = new KeyMemo("brreg/roller/");
  readonly #batchers: Record<BrregRegister, MicroBatcher<UnitLookup>>;
  readonly #inflightAny = new Map<string, Promise<UnitLookup>>();
  readonly #inflightIn: Record<BrregRegister, Map<string, Promise<UnitLookup>>> = { enheter: new Map(), underenheter: new Map() };

  constructor(deps: BrregDataDeps) {
    const config = resolveConfig({ ...deps, brregBaseUrl: deps.baseUrl });
    this.#http = deps.http;
    this.#cache = deps.cache;
    this.#base = config.brregBaseUrl;
    const scheduler = deps.scheduler ?? schedulerFromClock(systemClock);
    const metrics = deps.metrics;
    const batcher = (register: BrregRegister) =>
      new MicroBatcher<UnitLookup>({
        load: (keys) => this.#loadList(register, keys),
        windowMs: config.batchWindowMs,
        maxKeys: config.batchMaxKeys,
        maxUrlBytes: config.batchMaxUrlBytes,
        baseBytes: this.#listUrl(register, [], 2000).length,
        keyBytes: (key) => key.length + 1,
        scheduler,
        onBatch: (keys) => {
          if (!metrics) return;
          metrics.batches++;
          metrics.batchedKeys += keys.length;
        },
      });
    this.#batchers = { enheter: batcher("enheter"), underenheter: batcher("underenheter") };
  }

  unit(orgnr: string): MaybePromise<UnitLookup> {
    const hit = this.#cache.peek<UnitLookup>(this.#keys.enheter.key(orgnr)) ?? this.#cache.peek<UnitLookup>(this.#keys.underenheter.key(orgnr));
    if (hit !== undefined) return hit;
    return this.#once(this.#inflightAny, orgnr, () => this.#resolve(REGISTERS, orgnr));
  }

  unitIn(register: BrregRegister, orgnr: string): MaybePromise<UnitLookup> {
    const hit = this.#cache.peek<UnitLookup>(this.#keys[register].key(orgnr));
    if (hit !== undefined) return hit;
    return this.#once(this.#inflightIn[register], orgnr, () => this.#resolve([register], orgnr));
  }

  roller(orgnr: string): MaybePromise<readonly BrregRollegruppe[]> {
    return this.#cache.get({ key: this.#rollerKeys.key(orgnr), api: "brreg", url: `${this.#base}/enheter/${orgnr}/roller`, transform: rollegrupper });
  }

  async search(register: BrregRegister, params: Readonly<Record<string, string>>): Promise<BrregSearchPage> {
    const url = `${this.#base}/${register}?${new URLSearchParams(params).toString()}`;
    const { body } = await this.#http.getJson<ListBody | null>({ api: "brreg", url });
    // An empty search has no `_embedded` at all (recorded fixtures).
    return { units: body?._embedded?.[register] ?? [], page: body?.page ?? EMPTY_PAGE };
  }

  organisasjonsformer(): MaybePromise<readonly BrregOrganisasjonsform[]> {
    return this.#cache.get({ key: "brreg/orgform/all", api: "brreg", url: `${this.#base}/organisasjonsformer`, transform: organisasjonsformer, ttlMs: ORGFORM_TTL_MS });
  }

  async refreshUnit(register: BrregRegister, orgnr: string): Promise<RefreshOutcome> {
    const key = this.#keys[register].key(orgnr);
    const entry = await this.#cache.read<UnitLookup>(key);
    if (entry === undefined) return "absent";
    const single = await this.#single(register, orgnr, entry.url);
    if (single === undefined) {
      await this.#cache.delete(key);
      return "evicted";
    }
    return single.state === "removed" ? "removed" : "refetched";
  }

  flush(): void {
    for (const register of REGISTERS) this.#batchers[register].flush();
  }

  close(): void {
    for (const register of REGISTERS) this.#batchers[register].cancel(new CancelledError("the services were closed", { api: "brreg" }));
  }

  #once(inflight: Map<string, Promise<UnitLookup>>, orgnr: string, start: () => Promise<UnitLookup>): Promise<UnitLookup> {
    const pending = inflight.get(orgnr);
    if (pending !== undefined) return pending;
    const promise = start();
    inflight.set(orgnr, promise);
    const settle = () => inflight.delete(orgnr);
    promise.then(settle, settle);
    return promise;
  }

  /** Store, then list requests per register, then single look-ups, then "not registered". */
  async #resolve(registers: readonly BrregRegister[], orgnr: string): Promise<UnitLookup> {
    let stale: UnitLookup | undefined;
    for (const register of registers) {
      const entry = await this.#cache.read<UnitLookup>(this.#keys[register].key(orgnr));
      if (entry?.value === undefined) continue;
      if (this.#cache.isFresh(entry)) {
        this.#cache.countHit();
        return entry.value;
      }
      stale ??= entry.value;
    }
    this.#cache.countMiss();
    try {
      for (const register of registers) {
        const listed = await this.#batchers[register].get(orgnr);
        if (listed !== undefined) return listed;
      }
      // Not in any list: deleted units, 410s and unknown numbers answer only on the single path.
      for (const register of registers) {
        const single = await this.#single(register, orgnr);
        if (single !== undefined) return single;
      }
      return { state: "not-registered", orgnr };
    } catch (error) {
      if (stale !== undefined && isOutage(error)) {
        this.#cache.countStale();
        return stale;
      }
      throw error;
    }
  }

  async #loadList(register: BrregRegister, keys: readonly string[]): Promise<ReadonlyMap<string, UnitLookup>> {
    const { body, bytes } = await this.#http.getJson<ListBody | null>({ api: "brreg", url: this.#listUrl(register, keys, keys.length) });
    const units = body?._embedded?.[register] ?? [];
    const asked = new Set(keys);
    const perUnit = Math.max(256, Math.round(bytes / Math.max(1, units.length)));
    const found = new Map<string, UnitLookup>();
    for (const unit of units) {
      const orgnr = unit?.organisasjonsnummer;
      if (typeof orgnr !== "string" || !asked.has(orgnr)) continue;
      const lookup = lookupOf(register, unit);
      found.set(orgnr, lookup);
      this.#cache.put({ key: this.#keys[register].key(orgnr), api: "brreg", url: this.#singleUrl(register, orgnr), bytes: perUnit }, lookup);
    }
    return found;
  }

  /** One unit by its own URL: found/deleted (200), removed (410, remembered), undefined on 404. */
  async #single(register: BrregRegister, orgnr: string, url = this.#singleUrl(register, orgnr)): Promise<UnitLookup | undefined> {
    const key = this.#keys[register].key(orgnr);
    try {
      const { body, bytes } = await this.#http.getJson<BrregUnit>({ api: "brreg", url });
      const lookup = lookupOf(register, body);
      this.#cache.put({ key, api: "brreg", url, bytes }, lookup);
      return lookup;
    } catch (error) {
      if (isRemovedError(error)) {
        const lookup: UnitLookup = { state: "removed", register, orgnr, ...(error.slettedato ? { slettedato: error.slettedato } : {}) };
        this.#cache.put({ key, api: "brreg", url, bytes: 128 }, lookup);
        return lookup;
      }
      if (isNotFoundError(error)) return undefined;
      throw error;
    }
  }

  #singleUrl(register: BrregRegister, orgnr: string): string {
    return `${this.#base}/${register}/${orgnr}`;
  }

  #listUrl(register: BrregRegister, keys: readonly string[], size: number): string {
    // Without `size` the list answers 20 units per page; the numbers are digits, so no encoding.
    return `${this.#base}/${register}?size=${size}&organisasjonsnummer=${keys.join(",")}`;
  }
}

/**
 * Builds the Enhetsregisteret data access (contract in ./data.ts).
 *
 * @example
 * const brreg = createBrregData({ http, cache, baseUrl: "https://data.brreg.no/enhetsregisteret/api" });
 * const lookup = await brreg.unit("923609016"); // { state: "found", register: "enheter", unit: {...} }
 */
export function createBrregData(deps: BrregDataDeps): BrregDataService {
  return new BrregDataImpl(deps);
}

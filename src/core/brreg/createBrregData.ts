import { MicroBatcher } from "../batch/microBatcher";
import type { TieredCache } from "../cache/tieredCache";
import type { RefreshOutcome } from "../cache/tieredCache";
import { schedulerFromClock, systemClock, type Scheduler } from "../clock";
import { configOf, type CoreOptions, type ResolvedConfigOption } from "../config";
import { CancelledError, isNotFoundError, isRemovedError } from "../errors";
import { loadListed, type Listed } from "./unitListLoader";
import { ChangeWindows, type ChangeFeedReader, type ChangeWindow } from "./changeWindows";
import { isOutage } from "../http/outage";
import { unexpectedBody } from "../http/unexpectedBody";
import { brregBodies } from "./shapes";
import type { HttpClient } from "../http/types";
import type { MaybePromise } from "../maybePromise";
import type { Metrics } from "../metrics";
import type { BrregData } from "./brregData";
import {
  NOT_REGISTERED_TTL_MS,
  ORGFORM_TTL_MS,
  REGISTERS,
  SEARCH_TTL_MS,
  SINGLE_CHECKS_PER_BATCH,
} from "./lookupRules";
import { lookupOf, organisasjonsformer, rollegrupper, searchPage } from "./responses";
import { checkedSearchParams } from "./searchParams";
import type {
  BrregOrganisasjonsform,
  BrregRegister,
  BrregRollegruppe,
  BrregSearchPage,
  BrregUnit,
  UnitLookup,
} from "./types";
import { KeyMemo, ORGFORM_KEY, ROLLER_KEY_PREFIX, UNIT_KEY_PREFIX, brregSearchKey } from "../cacheKeys";

/** Dependencies of {@link createBrregData}; batch limits default to {@link DEFAULT_CONFIG}. */
interface BrregDataDeps
  extends ResolvedConfigOption, Pick<CoreOptions, "batchWindowMs" | "batchMaxKeys" | "batchMaxUrlBytes"> {
  readonly http: HttpClient;
  /** The tiered cache (units are resolved over several keys, so this needs more than ResourceCache). */
  readonly cache: TieredCache;
  /** e.g. `https://data.brreg.no/enhetsregisteret/api` (with `config`: its `brregBaseUrl`). */
  readonly baseUrl: string;
  readonly metrics?: Metrics;
  /** Flushes batch windows; default: real timers. */
  readonly scheduler?: Scheduler;
}

/** {@link BrregData} plus the change feeds' windows (BRREG.ENDRINGER), and what services and revalidation need. */
export interface BrregDataService extends BrregData, ChangeFeedReader {
  /** Refetch one cached unit from its stored single-lookup URL (revalidation). */
  refreshUnit(register: BrregRegister, orgnr: string): Promise<RefreshOutcome>;
  /**
   * Refetch many cached units of one register (revalidation): through the batched list endpoint
   * (chunked by the batcher's limits), then single look-ups only for what the lists miss (deleted,
   * removed, gone), as a cold look-up does. Numbers not cached are "absent" and not asked for.
   *
   * @example
   * const outcomes = await brreg.refreshUnits("enheter", changed); // 100 numbers → 1 list request
   */
  refreshUnits(register: BrregRegister, orgnrs: readonly string[]): Promise<ReadonlyMap<string, RefreshOutcome>>;
  /** Sends waiting batches now. */
  flush(): void;
  /** Rejects waiting look-ups with CancelledError. */
  close(): void;
}

class BrregDataImpl implements BrregDataService {
  readonly #http: HttpClient;
  readonly #cache: TieredCache;
  readonly #base: string;
  readonly #keys: Record<BrregRegister, KeyMemo> = {
    enheter: new KeyMemo(UNIT_KEY_PREFIX.enheter),
    underenheter: new KeyMemo(UNIT_KEY_PREFIX.underenheter),
  };
  readonly #rollerKeys = new KeyMemo(ROLLER_KEY_PREFIX);
  readonly #changes: ChangeWindows;
  readonly #batchers: Record<BrregRegister, MicroBatcher<Listed>>;
  readonly #inflightAny = new Map<string, Promise<UnitLookup>>();
  readonly #inflightIn: Record<BrregRegister, Map<string, Promise<UnitLookup>>> = {
    enheter: new Map(),
    underenheter: new Map(),
  };

  constructor(deps: BrregDataDeps) {
    const config = configOf({ ...deps, brregBaseUrl: deps.baseUrl });
    this.#http = deps.http;
    this.#cache = deps.cache;
    this.#base = config.brregBaseUrl;
    this.#changes = new ChangeWindows({ http: this.#http, cache: this.#cache, baseUrl: this.#base });
    const scheduler = deps.scheduler ?? schedulerFromClock(systemClock);
    const metrics = deps.metrics;
    const batcher = (register: BrregRegister) =>
      new MicroBatcher<Listed>({
        load: (keys) =>
          loadListed(
            {
              http: this.#http,
              url: (page, size) => this.#listUrl(register, keys, size) + (page > 0 ? `&page=${page}` : ""),
              put: (orgnr, lookup, bytes) => this.#cache.put({ ...this.#meta(register, orgnr), bytes }, lookup),
            },
            register,
            keys,
          ),
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

  // A hit is one or two peeks; the miss paths are methods of their own, so that a hit does not
  // allocate the state of their closures (V8 sets it up on entry to the function declaring them).
  unit(orgnr: string): MaybePromise<UnitLookup> {
    const hovedenhet = this.#cache.peek<UnitLookup>(this.#keys.enheter.key(orgnr));
    if (hovedenhet !== undefined && hovedenhet.state !== "not-registered") return hovedenhet;
    // "Not registered" is cached under both keys; a unit registered since (the feed's Ny) replaces
    // only its own register's entry, so the other one's "not registered" must not hide it.
    const underenhet = this.#cache.peek<UnitLookup>(this.#keys.underenheter.key(orgnr));
    if (underenhet !== undefined && (underenhet.state !== "not-registered" || hovedenhet !== undefined))
      return underenhet;
    return this.#missAny(orgnr);
  }

  unitIn(register: BrregRegister, orgnr: string): MaybePromise<UnitLookup> {
    const hit = this.#cache.peek<UnitLookup>(this.#keys[register].key(orgnr));
    return hit !== undefined ? hit : this.#missIn(register, orgnr);
  }

  roller(orgnr: string): MaybePromise<readonly BrregRollegruppe[]> {
    return this.#cache.get({
      key: this.#rollerKeys.key(orgnr),
      api: "brreg",
      url: `${this.#base}/enheter/${orgnr}/roller`,
      shape: brregBodies.roller,
      transform: rollegrupper,
    });
  }

  /** One search page, cached for {@link SEARCH_TTL_MS} (so a recalculation repeats no search, and an outage serves the last answer). */
  async search(register: BrregRegister, params: Readonly<Record<string, string>>): Promise<BrregSearchPage> {
    const url = `${this.#base}/${register}?${new URLSearchParams(checkedSearchParams(register, params)).toString()}`;
    return this.#cache.get({
      key: brregSearchKey(register, params),
      api: "brreg",
      url,
      shape: (body) => brregBodies.unitPage(register, body),
      transform: searchPage(register),
      ttlMs: SEARCH_TTL_MS,
    });
  }

  changes(register: BrregRegister, since: string): MaybePromise<ChangeWindow> {
    return this.#changes.changes(register, since);
  }

  organisasjonsformer(): MaybePromise<readonly BrregOrganisasjonsform[]> {
    return this.#cache.get({
      key: ORGFORM_KEY,
      api: "brreg",
      url: `${this.#base}/organisasjonsformer`,
      shape: brregBodies.organisasjonsformer,
      transform: organisasjonsformer,
      ttlMs: ORGFORM_TTL_MS,
    });
  }

  async refreshUnit(register: BrregRegister, orgnr: string): Promise<RefreshOutcome> {
    const key = this.#keys[register].key(orgnr);
    const entry = await this.#cache.read<UnitLookup>(key);
    if (entry === undefined) return "absent";
    return this.#refetchSingle(register, orgnr, entry.url);
  }

  async refreshUnits(register: BrregRegister, orgnrs: readonly string[]): Promise<ReadonlyMap<string, RefreshOutcome>> {
    const outcomes = new Map<string, RefreshOutcome>();
    const entries = await Promise.all(
      orgnrs.map((orgnr) => this.#cache.read<UnitLookup>(this.#keys[register].key(orgnr))),
    );
    const cached: Array<{ orgnr: string; url: string }> = [];
    orgnrs.forEach((orgnr, i) => {
      const entry = entries[i];
      if (entry === undefined) outcomes.set(orgnr, "absent");
      else cached.push({ orgnr, url: entry.url });
    });
    // The batcher chunks by its own limits (keys, URL bytes), halves on a 414 and replaces each
    // listed unit's entry; sent at once, since revalidation has nothing more to wait for.
    const batcher = this.#batchers[register];
    const listed = cached.map(({ orgnr }) => batcher.get(orgnr));
    batcher.flush();
    await Promise.all(
      cached.map(async ({ orgnr, url }, i) => {
        const lookup = await listed[i];
        // Not in the list: deleted units, 410s and numbers gone answer only on the single path.
        if (lookup !== undefined && lookup.state !== "absent") {
          this.#forgetNotRegistered(register, orgnr);
          outcomes.set(orgnr, "refetched");
        } else outcomes.set(orgnr, await this.#refetchSingle(register, orgnr, url));
      }),
    );
    return outcomes;
  }

  flush(): void {
    for (const register of REGISTERS) this.#batchers[register].flush();
  }

  close(): void {
    for (const register of REGISTERS)
      this.#batchers[register].cancel(new CancelledError("the services were closed", { api: "brreg" }));
  }

  #missAny(orgnr: string): Promise<UnitLookup> {
    return this.#once(this.#inflightAny, orgnr, () => this.#resolve(REGISTERS, orgnr));
  }

  #missIn(register: BrregRegister, orgnr: string): Promise<UnitLookup> {
    return this.#once(this.#inflightIn[register], orgnr, () => this.#resolve([register], orgnr));
  }

  #once(
    inflight: Map<string, Promise<UnitLookup>>,
    orgnr: string,
    start: () => Promise<UnitLookup>,
  ): Promise<UnitLookup> {
    const pending = inflight.get(orgnr);
    if (pending !== undefined) return pending;
    const promise = start();
    inflight.set(orgnr, promise);
    const settle = () => inflight.delete(orgnr);
    promise.then(settle, settle);
    return promise;
  }

  /**
   * Store, then list requests per register, then single look-ups (only when few numbers of the last
   * list request were absent: SINGLE_CHECKS_PER_BATCH), then "not registered".
   */
  async #resolve(registers: readonly BrregRegister[], orgnr: string): Promise<UnitLookup> {
    let stale: UnitLookup | undefined;
    let freshAbsent: UnitLookup | undefined;
    let freshAbsentCount = 0;
    for (const register of registers) {
      const entry = await this.#cache.read<UnitLookup>(this.#keys[register].key(orgnr));
      if (entry?.value === undefined) continue;
      if (!this.#cache.isFresh(entry)) {
        stale ??= entry.value;
        continue;
      }
      if (entry.value.state !== "not-registered") {
        this.#cache.countHit();
        return entry.value;
      }
      freshAbsent ??= entry.value;
      freshAbsentCount++;
    }
    // "Not registered" holds only when every register asked says so (see unit()).
    if (freshAbsent !== undefined && freshAbsentCount === registers.length) {
      this.#cache.countHit();
      return freshAbsent;
    }
    this.#cache.countMiss();
    try {
      let crowd = 0;
      for (const register of registers) {
        const listed = await this.#batchers[register].get(orgnr);
        if (listed !== undefined && listed.state !== "absent") return listed;
        crowd = listed?.crowd ?? 0;
      }
      // Not in any list: deleted units, 410s and unknown numbers answer only on the single path,
      // one or two requests each; for a crowd of them (a column of unregistered numbers) that would
      // cost far more than the lists did, so they answer "not registered (or deleted)" unchecked.
      const checked = crowd <= SINGLE_CHECKS_PER_BATCH;
      if (checked) {
        for (const register of registers) {
          const single = await this.#single(register, orgnr);
          if (single !== undefined) return single;
        }
      }
      const absent: UnitLookup = checked
        ? { state: "not-registered", orgnr }
        : { state: "not-registered", orgnr, unchecked: true };
      // Only an answer from both registers is remembered, under both keys (unit() peeks both):
      // briefly, not kept fresh by revalidation; a unit registered since shows in the feed as
      // `Ny`, and revalidation then refetches it (refreshUnits), which replaces its entry.
      if (registers.length === REGISTERS.length) {
        for (const register of registers) {
          this.#cache.put(
            { ...this.#meta(register, orgnr), ttlMs: NOT_REGISTERED_TTL_MS, feed: false, bytes: 128 },
            absent,
          );
        }
      }
      return absent;
    } catch (error) {
      if (stale !== undefined && isOutage(error)) {
        this.#cache.countStale();
        return stale;
      }
      throw error;
    }
  }

  /** What every unit entry records: its single-lookup URL, and that it is a transform (refresh goes through {@link refreshUnit}). */
  #meta(register: BrregRegister, orgnr: string) {
    return {
      key: this.#keys[register].key(orgnr),
      api: "brreg" as const,
      url: this.#singleUrl(register, orgnr),
      transformed: true,
    };
  }

  /** A removed unit's other copies go too: its roles (personal data) and any other register's entry. */
  #forgetRemoved(register: BrregRegister, orgnr: string): void {
    void this.#cache.delete(this.#rollerKeys.key(orgnr));
    for (const other of REGISTERS) if (other !== register) void this.#cache.delete(this.#keys[other].key(orgnr));
  }

  /** A unit found in `register` is no longer "not registered" in the other one (see unit()). */
  #forgetNotRegistered(register: BrregRegister, orgnr: string): void {
    for (const other of REGISTERS) {
      if (other === register) continue;
      const key = this.#keys[other].key(orgnr);
      if (this.#cache.peek<UnitLookup>(key)?.state === "not-registered") void this.#cache.delete(key);
    }
  }

  /** One cached unit again by its own URL; a 404 evicts it. */
  async #refetchSingle(register: BrregRegister, orgnr: string, url: string): Promise<RefreshOutcome> {
    const single = await this.#single(register, orgnr, url);
    if (single === undefined) {
      await this.#cache.delete(this.#keys[register].key(orgnr));
      return "evicted";
    }
    return single.state === "removed" ? "removed" : "refetched";
  }

  /** One unit by its own URL: found/deleted (200, the number asked for), removed (410, remembered), undefined on 404. */
  async #single(
    register: BrregRegister,
    orgnr: string,
    url = this.#singleUrl(register, orgnr),
  ): Promise<UnitLookup | undefined> {
    const meta = { ...this.#meta(register, orgnr), url };
    try {
      const { body, bytes } = await this.#http.getJson<BrregUnit | null>({ api: "brreg", url });
      // The unit asked for, or an outage: another number's unit must never be stored under this one.
      if (!brregBodies.unit(body, orgnr)) throw unexpectedBody("brreg", url);
      const lookup = lookupOf(register, body);
      this.#cache.put({ ...meta, bytes }, lookup);
      return lookup;
    } catch (error) {
      if (isRemovedError(error)) {
        const lookup: UnitLookup = {
          state: "removed",
          register,
          orgnr,
          ...(error.slettedato ? { slettedato: error.slettedato } : {}),
        };
        this.#cache.put({ ...meta, bytes: 128 }, lookup);
        this.#forgetRemoved(register, orgnr);
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

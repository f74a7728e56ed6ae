import { startReplica, type Replica, type ReplicaOptions } from "../../replica";
import { isValidOrgnr } from "../../src/core/brreg/orgnr";
import type { Clock } from "../../src/core/clock";
import { createServices, type Services, type ServicesOptions } from "../../src/core/services";
import { createMemoryStore } from "../../src/core/store";

/** A replica for a test file, and services instances pointed at it that are closed after each test. */
export interface ReplicaServices {
  /** Valid inside tests (after beforeAll). */
  readonly replica: Replica;
  /** A fresh services instance over an empty memory store; `target` another replica if given. */
  services(options?: ServicesOptions, target?: Replica): Services;
  /** Closes the instances made so far (before a test closes a replica of its own). */
  closeServices(): Promise<void>;
}

/**
 * The set-up the fetch-layer integration tests share: one replica per file (faults and request
 * log reset before each test) and services instances closed after each test. Registers its own
 * hooks; call it at the top level of a test file. `defaults` apply to every instance.
 */
export function useReplicaServices(replicaOptions: ReplicaOptions, defaults: ServicesOptions = {}): ReplicaServices {
  let replica: Replica | undefined;
  const open: Services[] = [];
  const ready = (): Replica => {
    if (!replica) throw new Error("the replica is used before its beforeAll ran");
    return replica;
  };
  beforeAll(async () => {
    replica = await startReplica(replicaOptions);
  }, 60_000);
  afterAll(async () => {
    await replica?.close();
  });
  beforeEach(() => {
    ready().setFaults({});
    ready().resetLog();
  });
  const closeServices = async (): Promise<void> => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  };
  afterEach(closeServices);
  return {
    get replica() {
      return ready();
    },
    services(options = {}, target = ready()) {
      const instance = createServices({
        klassBaseUrl: target.klassBaseUrl,
        brregBaseUrl: target.brregBaseUrl,
        store: createMemoryStore(),
        ...defaults,
        ...options,
      });
      open.push(instance);
      return instance;
    },
    closeServices,
  };
}

/** A real-timer clock whose "now" the test moves. */
export function movableClock(): Clock & { move(ms: number): void } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    move: (ms) => void (offset += ms),
  };
}

/** `n` valid organisasjonsnummer (mod-11) that `target` does not hold, from 999000000 up. */
export function unknownNumbers(target: Replica, n: number): string[] {
  const found: string[] = [];
  for (let x = 999_000_000; found.length < n; x++) {
    const text = String(x);
    if (isValidOrgnr(text) && !target.data.unit(text)) found.push(text);
  }
  return found;
}

/** What `value` rejects with (an Error saying "resolved" when it resolves). */
export const rejection = (value: unknown): Promise<unknown> =>
  Promise.resolve(value).then(
    () => new Error("resolved"),
    (e: unknown) => e,
  );

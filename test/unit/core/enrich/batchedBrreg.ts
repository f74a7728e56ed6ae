import { MicroBatcher } from "../../../../src/core/batch";
import type { BrregData } from "../../../../src/core/brreg/brregData";
import type { UnitLookup } from "../../../../src/core/brreg/types";
import { sleep } from "../../../../src/core/clock";
import type { BrregBatchLimits } from "../../../../src/core/enrich";
import { FakeClock } from "../../../support/fakeClock";
import { validOrgnr } from "../../../support/fakeWorld";

/**
 * A BrregData double whose `unit` goes through the fetch layer's real MicroBatcher under `limits`,
 * with the same URL base as brregData's list requests, so tests count the list requests an
 * enrichment causes. The batch window and the answer latency run on a {@link FakeClock} that the
 * test drives (`await brreg.clock.run(work)`), not on real time. Every number of
 * `validOrgnr(count)` is registered.
 */
export interface BatchedBrreg {
  readonly data: BrregData;
  readonly orgnr: readonly string[];
  /** Keys per list request, in the order sent. */
  readonly requests: number[];
  /** The batch window and the answer latency run on it: `await clock.run(work)`. */
  readonly clock: FakeClock;
}

export const TEST_LIMITS: BrregBatchLimits = {
  brregBaseUrl: "https://brreg.test/api",
  batchMaxKeys: 1000,
  // 79 numbers of 10 bytes after the base (a tenth of the real 791).
  batchMaxUrlBytes: "https://brreg.test/api/enheter?size=2000&organisasjonsnummer=".length + 795,
  concurrencyPerHost: 6,
};

export function batchedBrreg(count: number, limits: BrregBatchLimits = TEST_LIMITS, latencyMs = 5): BatchedBrreg {
  const orgnr = validOrgnr(count);
  const registered = new Set(orgnr);
  const requests: number[] = [];
  const clock = new FakeClock();
  const batcher = new MicroBatcher<UnitLookup>({
    load: async (keys) => {
      requests.push(keys.length);
      await sleep(clock, latencyMs);
      return new Map(
        keys
          .filter((k) => registered.has(k))
          .map((k): [string, UnitLookup] => [
            k,
            {
              state: "found",
              register: "enheter",
              unit: {
                organisasjonsnummer: k,
                navn: `FIRMA ${k}`,
                organisasjonsform: { kode: "AS", beskrivelse: "Aksjeselskap" },
              },
            },
          ]),
      );
    },
    windowMs: 5,
    maxKeys: limits.batchMaxKeys,
    maxUrlBytes: limits.batchMaxUrlBytes,
    baseBytes: `${limits.brregBaseUrl}/enheter?size=2000&organisasjonsnummer=`.length,
    keyBytes: (key) => key.length + 1,
    scheduler: clock,
  });
  const unsupported = () => {
    throw new Error("not used by enrichment");
  };
  const data: BrregData = {
    unit: async (n) => (await batcher.get(n)) ?? { state: "not-registered", orgnr: n },
    unitIn: unsupported,
    roller: unsupported,
    search: unsupported,
    organisasjonsformer: unsupported,
  };
  return { data, orgnr, requests, clock };
}

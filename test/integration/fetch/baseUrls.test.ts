/**
 * Base URLs against the replica servers: a wrong base URL is an outage (never #N/A) found by one
 * probe, a real not-found stays not-found, and cached data is kept apart per base URL.
 */
import { startReplica } from "../../../replica";
import { isNotFoundError, isServiceUnavailableError } from "../../../src/core/errors";
import { createMemoryStore } from "../../../src/core/store";
import { rejection, unknownNumbers, useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 7, enheter: 2000, underenheter: 500 }, { retryBaseDelayMs: 20, maxRetries: 0 });
const services = h.services;

describe("a wrong base URL is an outage, not #N/A", () => {
  it("BRREG: the list endpoint's 404 and a failed probe → ServiceUnavailableError naming the base URL", async () => {
    const s = services({ brregBaseUrl: `${h.replica.brregBaseUrl}/x` });
    const error = await rejection(s.brreg.unit("923609016"));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/\/x does not answer as Enhetsregisteret; check Settings/);
    // A second 404 asks no second probe.
    h.replica.resetLog();
    await rejection(s.brreg.unit(h.replica.data.orgnr.activeEnheter[0]!));
    expect(
      h.replica.requests.filter((r) => r.path === "/x/enheter" && !("organisasjonsnummer" in r.query)),
    ).toHaveLength(0);
  });

  it('KLASS: "No endpoint" at a wrong base → ServiceUnavailableError after one probe', async () => {
    const s = services({ klassBaseUrl: `${h.replica.klassBaseUrl}/x` });
    const error = await rejection(s.klass.classification(131));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/does not answer as KLASS; check Settings/);
    expect(h.replica.requests.filter((r) => r.path.endsWith("/classifications"))).toHaveLength(1);
  });

  it("real not-found stays NotFoundError: an unknown classification, and an unknown orgnr is 'not registered'", async () => {
    const s = services();
    const error = await rejection(s.klass.classification(99999));
    expect(isNotFoundError(error)).toBe(true);
    expect((error as Error).message).toMatch(/Classification not found with id = 99999/);
    const [nobody] = unknownNumbers(h.replica, 1);
    await expect(Promise.resolve(s.brreg.unit(nobody!))).resolves.toEqual({ state: "not-registered", orgnr: nobody });
  });
});

describe("cached data is kept apart per base URL", () => {
  it("one store, two configurations: an instance over other base URLs never serves the first one's data", async () => {
    const other = await startReplica({ seed: 9, enheter: 300, underenheter: 50 });
    try {
      const store = createMemoryStore();
      const a = services({ store });
      const [orgnr] = h.replica.data.orgnr.activeEnheter;
      await a.brreg.unit(orgnr!);
      await a.close();
      const b = services({ store }, other);
      other.resetLog();
      await b.brreg.unit(orgnr!);
      expect(other.requests.length).toBeGreaterThan(0);
      // The same configuration again shares the store, as before.
      h.replica.resetLog();
      const again = services({ store });
      expect(await again.brreg.unit(orgnr!)).toMatchObject({ state: "found" });
      expect(h.replica.requests).toHaveLength(0);
    } finally {
      await h.closeServices();
      await other.close();
    }
  });
});

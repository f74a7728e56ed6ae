/**
 * Base URLs against the replica servers: a wrong base URL is an outage (never #N/A) found by one
 * probe, a real not-found stays not-found, and cached data is kept apart per base URL.
 */
import { startReplica } from "../../../replica";
import { isNotFoundError, isServiceUnavailableError } from "../../../src/core/errors";
import { VERDICT_TTL_MS } from "../../../src/core/http/baseUrlCheck";
import { createMemoryStore } from "../../../src/core/store";
import { movableClock, rejection, unknownNumbers, useReplicaServices } from "../../support/replicaServices";

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

describe("a base-URL verdict expires; a proxy's HTML 404 is an outage", () => {
  it("one HTML 404 for the probe: 'check Settings' for the verdict's lifetime, then unknown numbers are not registered again by themselves", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const [a, b, c] = unknownNumbers(h.replica, 3);
    // The look-up's own 404 (empty, the API's form) sends the probe, which gets a proxy's HTML page.
    h.replica.setFaults({ failNext: [{ status: 404, html: true, pathPattern: /^\/enheter$/ }] });
    const wrong = await rejection(s.brreg.unitIn("underenheter", a!));
    expect(isServiceUnavailableError(wrong)).toBe(true);
    expect((wrong as Error).message).toMatch(/does not answer as Enhetsregisteret; check Settings/);
    // The fault is gone; the verdict stands for its lifetime…
    expect(isServiceUnavailableError(await rejection(s.brreg.unitIn("underenheter", b!)))).toBe(true);
    // …and no longer: the base is probed again, with no manual step.
    clock.move(VERDICT_TTL_MS);
    await expect(Promise.resolve(s.brreg.unit(c!))).resolves.toEqual({ state: "not-registered", orgnr: c });
    await expect(Promise.resolve(s.brreg.unitIn("underenheter", b!))).resolves.toEqual({
      state: "not-registered",
      orgnr: b,
    });
  });

  it("roles behind a proxy that answers an HTML 404 for them: the stale roles are served and kept, never 'no roles'", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const orgnr = h.replica.data.orgnr.withRoles[0]!;
    const [nobody] = unknownNumbers(h.replica, 1);
    const roles = await s.brreg.roller(orgnr);
    expect(roles.length).toBeGreaterThan(0);
    // The base is confirmed (a real 404 and a probe that answers as the API).
    await expect(Promise.resolve(s.brreg.unit(nobody!))).resolves.toMatchObject({ state: "not-registered" });
    clock.move(25 * 60 * 60 * 1000);
    h.replica.setFaults({ html404Paths: [/\/roller$/] });
    await expect(Promise.resolve(s.brreg.roller(orgnr))).resolves.toEqual(roles);
    expect(s.metrics.snapshot().staleServes).toBe(1);
    // Still stored: a later outage serves it again.
    h.replica.setFaults({ errorRates: { 503: 1 } });
    await expect(Promise.resolve(s.brreg.roller(orgnr))).resolves.toEqual(roles);
    expect(s.metrics.snapshot().staleServes).toBe(2);
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

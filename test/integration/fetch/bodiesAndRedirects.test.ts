/**
 * Bounded bodies and redirects over real HTTP against the replica's fault modes: a runaway body is
 * cut off at its endpoint's bound and not fetched again; a redirect loop costs one run of fetch's
 * own redirect limit, never one per retry; an answer that ended on another origin (a second
 * replica, with good data) is an outage and never cached. Each clears by itself once the fault goes.
 */
import { startReplica, type Replica } from "../../../replica";
import { isServiceUnavailableError } from "../../../src/core/errors";
import { rejection, useReplicaServices } from "../../support/replicaServices";

// Retries allowed, so the tests show which failures are not retried.
const h = useReplicaServices({ seed: 7, enheter: 300, underenheter: 100 }, { retryBaseDelayMs: 20, maxRetries: 3 });
const hits = (path: string) => h.replica.requests.filter((r) => r.path === path).length;

describe("a body past its endpoint's bound", () => {
  it("KLASS metadata of 40 MB: one request, an outage naming the bound, and the next call answers once it is gone", async () => {
    h.replica.setFaults({ hugeBody: { bytes: 40 * 1024 * 1024, pathPattern: /^\/classifications\/131$/ } });
    const s = h.services();
    const error = await rejection(s.klass.classification(131));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toBe("answered with more than 16 MB");
    expect(hits("/classifications/131")).toBe(1);
    h.replica.setFaults({});
    await expect(Promise.resolve(s.klass.classification(131))).resolves.toMatchObject({ id: 131 });
    expect(hits("/classifications/131")).toBe(2);
  });

  it("BRREG roles of 10 MB (bound 4 MB): one request, never cached, then the real roles", async () => {
    const orgnr = h.replica.data.orgnr.withRoles[0]!;
    h.replica.setFaults({ hugeBody: { bytes: 10 * 1024 * 1024, pathPattern: /\/roller$/ } });
    const s = h.services();
    const error = await rejection(s.brreg.roller(orgnr));
    expect((error as Error).message).toBe("answered with more than 4 MB");
    expect(hits(`/enheter/${orgnr}/roller`)).toBe(1);
    h.replica.setFaults({});
    const roles = await Promise.resolve(s.brreg.roller(orgnr));
    expect(roles.length).toBeGreaterThan(0);
  });
});

describe("redirects", () => {
  it("a redirect loop costs one run of fetch's redirect limit (21 requests), not one per retry", async () => {
    h.replica.setFaults({ redirect: { to: "loop", pathPattern: /^\/classifications\/131$/ } });
    const s = h.services();
    const error = await rejection(s.klass.classification(131));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toBe("redirected too many times (a redirect loop)");
    expect(hits("/classifications/131")).toBe(21);
    h.replica.setFaults({});
    await expect(Promise.resolve(s.klass.classification(131))).resolves.toMatchObject({ id: 131 });
  });

  describe("to another origin", () => {
    let other: Replica;
    beforeAll(async () => {
      other = await startReplica({ seed: 7, enheter: 300, underenheter: 100 });
      // The other origin answers with data of its own: a renamed Oslo, which must never be shown.
      other.mutate({ kind: "klass-rename", classificationId: 131, code: "0301", name: "Elsewhere" });
    });
    afterAll(() => other.close());

    it("is an outage, not retried and not cached; the next call after the fault asks the real service", async () => {
      const origin = new URL(other.klassBaseUrl).origin;
      h.replica.setFaults({ redirect: { to: origin } });
      const s = h.services();
      const first = await rejection(s.klass.versionCodes(131, "2024-01-01", "nb", false));
      expect(isServiceUnavailableError(first)).toBe(true);
      expect((first as Error).message).toBe(`redirected to another origin (${origin}): check the base URL in Settings`);
      const redirected = other.requests.filter((r) => r.api === "klass").length;
      expect(redirected).toBeGreaterThan(0);
      // Not retried: each URL asked once at this origin.
      const asked = h.replica.requests.map((r) => r.url);
      expect(new Set(asked).size).toBe(asked.length);
      h.replica.setFaults({});
      const codes = await Promise.resolve(s.klass.versionCodes(131, "2024-01-01", "nb", false));
      expect(codes.find((c) => c.code === "0301")?.name).toBe("Oslo");
    });
  });
});

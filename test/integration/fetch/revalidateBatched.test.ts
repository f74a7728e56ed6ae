/**
 * Revalidation at the price of a change feed, not of a reload: changed units come back through
 * the batched list endpoint (singles only for what lists miss), and a changed classification costs
 * its metadata plus the code lists of the versions whose `lastModified` moved.
 */
import { effectiveBatchMax } from "../../../src/core/batch/chunk";
import { type Services, type ServicesOptions } from "../../../src/core/services";
import type { KlassCode } from "../../../src/core/klass/types";
import { useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 11, enheter: 3000, underenheter: 500 }, { retryBaseDelayMs: 20 });
const services = h.services;

/** What one list URL holds under the instance's limits (as the batcher computes it). */
function batchMax(s: Services, register: "enheter" | "underenheter"): number {
  const baseBytes = `${h.replica.brregBaseUrl}/${register}?size=2000&organisasjonsnummer=`.length;
  return effectiveBatchMax({ maxKeys: s.config.batchMaxKeys, maxUrlBytes: s.config.batchMaxUrlBytes, baseBytes }, 10);
}

const count = (api: string, path: string) => h.replica.requests.filter((r) => r.api === api && r.path === path).length;

describe("revalidation refetches in batches", () => {
  it.each([
    ["default limits", {}],
    ["batchMaxKeys 30 (several list requests)", { batchMaxKeys: 30 }],
  ])(
    "100 changed units (%s) and one renamed code in 131 with 8 cached 131 entries",
    async (_, limits: ServicesOptions) => {
      const s = services(limits);
      const units = h.replica.data.orgnr.activeEnheter.slice(0, 1000);
      const subs = h.replica.data.orgnr.underenheter.slice(0, 50);
      await Promise.all(units.map((n) => s.brreg.unit(n)));
      await Promise.all(subs.map((n) => s.brreg.unitIn("underenheter", n)));
      const meta = await s.klass.classification(131);
      const versions = meta.versions.slice(-7);
      expect(versions).toHaveLength(7);
      await Promise.all(versions.map((v) => s.klass.versionCodes(131, v.validFrom, "nb", false)));
      expect(await s.cache.keys("klass/131/")).toHaveLength(8);

      // 100 changes in the enheter feed: 95 renamed, 3 deleted (no longer in lists), 2 removed
      // (Fjernet); and 5 renamed underenheter.
      const changed = units.filter((_, i) => i % 10 === 3);
      const renamed = changed.slice(0, 95);
      const deleted = changed.slice(95, 98);
      const removed = changed.slice(98);
      for (const orgnr of renamed) h.replica.mutate({ kind: "brreg-unit", orgnr, patch: { navn: `NY ${orgnr}` } });
      for (const orgnr of deleted) h.replica.mutate({ kind: "brreg-delete", orgnr, slettedato: "2026-01-01" });
      for (const orgnr of removed) h.replica.mutate({ kind: "brreg-remove", orgnr });
      const subsChanged = subs.slice(0, 5);
      for (const orgnr of subsChanged) h.replica.mutate({ kind: "brreg-unit", orgnr, patch: { navn: `NY ${orgnr}` } });
      const version = versions[3]!;
      const before = (await s.klass.versionCodes(131, version.validFrom, "nb", false)) as readonly KlassCode[];
      const code = before[0]!.code;
      h.replica.mutate({
        kind: "klass-rename",
        classificationId: 131,
        code,
        name: "Omdøpt",
        versionValidFrom: version.validFrom,
      });
      h.replica.resetLog();

      const report = await s.revalidate();

      // BRREG: one feed per register with cached units, ceil(changed / batch max) list requests,
      // singles only for the deleted units (lists omit them); removed units cost nothing.
      const listed = renamed.length + deleted.length;
      expect(count("brreg", "/oppdateringer/enheter")).toBe(1);
      expect(count("brreg", "/oppdateringer/underenheter")).toBe(1);
      expect(count("brreg", "/enheter")).toBe(Math.ceil(listed / batchMax(s, "enheter")));
      expect(count("brreg", "/underenheter")).toBe(Math.ceil(subsChanged.length / batchMax(s, "underenheter")));
      const singles = h.replica.requests
        .filter((r) => /^\/(under)?enheter\/\d{9}$/.test(r.path))
        .map((r) => r.path.slice("/enheter/".length))
        .sort();
      expect(singles).toEqual([...deleted].sort());
      expect(report.brreg).toMatchObject({ feedRequests: 2, changed: 105, refetched: 103, evicted: 2 });

      // KLASS: the feed, 131's metadata, and the one version list that changed.
      const klass = h.replica.requests.filter((r) => r.api === "klass");
      expect(klass.map((r) => r.path).sort()).toEqual([
        "/classifications",
        "/classifications/131",
        "/classifications/131/codesAt",
      ]);
      expect(klass.find((r) => r.path.endsWith("/codesAt"))?.query.date).toBe(version.validFrom);
      expect(report.klass).toMatchObject({ feedRequests: 1, changed: 1, refetched: 2, evicted: 0 });
      expect(h.replica.requests).toHaveLength(
        2 + count("brreg", "/enheter") + count("brreg", "/underenheter") + deleted.length + 3,
      );

      // The new values are read back from the cache, without a request.
      h.replica.resetLog();
      expect(s.brreg.unit(renamed[0]!)).toMatchObject({ state: "found", unit: { navn: `NY ${renamed[0]}` } });
      expect(s.brreg.unit(renamed[94]!)).toMatchObject({ state: "found", unit: { navn: `NY ${renamed[94]}` } });
      expect(s.brreg.unitIn("underenheter", subsChanged[4]!)).toMatchObject({
        state: "found",
        unit: { navn: `NY ${subsChanged[4]}` },
      });
      expect(s.brreg.unit(deleted[0]!)).toMatchObject({ state: "deleted" });
      expect(s.brreg.unit(units[0]!)).toMatchObject({ state: "found" });
      const after = s.klass.versionCodes(131, version.validFrom, "nb", false) as readonly KlassCode[];
      expect(after.find((c) => c.code === code)?.name).toBe("Omdøpt");
      expect(h.replica.requests).toHaveLength(0);
      expect(await s.cache.keys(`brreg/enhet/${removed[0]}`)).toEqual([]);
    },
    60_000,
  );
});

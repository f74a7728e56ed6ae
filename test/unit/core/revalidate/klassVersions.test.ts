import { klassTime } from "../../../../src/core/revalidate/klassChanges";
import {
  klassTimeMs,
  klassVerdict,
  type KlassChange,
  type KlassSnapshot,
} from "../../../../src/core/revalidate/klassVersions";
import type { KlassClassification } from "../../../../src/core/klass/types";

const OLD = Date.UTC(2025, 0, 1);
const SINCE = Date.UTC(2026, 0, 1);
const NEW = Date.UTC(2026, 0, 2);

/** A classification whose versions start on the given years, each last modified at the given time. */
function meta(id: number, versions: Record<number, number>): KlassClassification {
  const years = Object.keys(versions).map(Number).sort();
  return {
    id,
    name: `C${id}`,
    versions: years.map((y, i) => ({
      id: id * 100 + (y % 100),
      name: `${y}`,
      validFrom: `${y}-01-01`,
      ...(i < years.length - 1 ? { validTo: `${years[i + 1]}-01-01` } : {}),
      lastModified: klassTime(versions[y]!),
    })),
  };
}

const snap = (now: KlassClassification, before?: KlassClassification, beforeFetchedAt?: number): KlassSnapshot => ({
  now,
  before,
  beforeFetchedAt,
});
const verdict = (key: string, changes: Record<string, KlassChange>, fetchedAt = OLD) =>
  klassVerdict(key, new Map(Object.entries(changes)), SINCE, fetchedAt);

describe("klassVerdict", () => {
  const renamed2024 = meta(131, { 2020: OLD, 2024: NEW });

  it("reads the API's time format", () => {
    expect(klassTimeMs("2026-01-02T00:00:00.000+0000")).toBe(NEW);
    expect(klassTimeMs(undefined)).toBeNaN();
  });

  it("refetches only the code list of the version whose lastModified moved; evicts one whose version is gone", () => {
    const changes = { 131: snap(renamed2024) };
    expect(verdict("klass/131/codesAt/2024-01-01/nb", changes)).toBe("refetch");
    expect(verdict("klass/131/codesAt/2020-01-01/nb", changes)).toBe("keep");
    expect(verdict("klass/131/codesAt/2016-01-01/nb", changes)).toBe("evict");
  });

  it("a version modified after the last sync but before the cached metadata (fetched before the entry) is current", () => {
    const before = meta(131, { 2020: NEW, 2024: NEW + 5 });
    const now = meta(131, { 2020: NEW, 2024: NEW + 9 });
    const changes = { 131: snap(now, before, NEW + 1) };
    expect(verdict("klass/131/codesAt/2020-01-01/nb", changes, NEW + 2)).toBe("keep");
    expect(verdict("klass/131/codesAt/2024-01-01/nb", changes, NEW + 2)).toBe("refetch");
    // fetched before that metadata copy: only the last sync can clear it, and it does not
    expect(verdict("klass/131/codesAt/2020-01-01/nb", changes, NEW - 1)).toBe("refetch");
  });

  it("ranges follow the versions they overlap, and the set of versions there", () => {
    const changes = { 131: snap(renamed2024, meta(131, { 2020: OLD, 2024: OLD }), OLD) };
    expect(verdict("klass/131/codes/2020-01-01/2023-06-01/nb", changes)).toBe("keep");
    expect(verdict("klass/131/codes/2020-01-01/open/nb", changes)).toBe("refetch");
    const added = {
      131: snap(meta(131, { 2020: OLD, 2022: OLD, 2024: OLD }), meta(131, { 2020: OLD, 2024: OLD }), OLD),
    };
    expect(verdict("klass/131/codes/2020-06-01/2023-01-01/nb", added)).toBe("refetch");
  });

  it("a correspondence is refetched when the version at its date changed on either side", () => {
    const changes = { 131: snap(renamed2024) };
    expect(verdict("klass/104/correspondsAt/131/2025-03-01/nb", changes)).toBe("refetch");
    expect(verdict("klass/104/correspondsAt/131/2021-03-01/nb", changes)).toBe("keep");
    expect(verdict("klass/131/correspondsAt/104/2025-03-01/nb", changes)).toBe("refetch");
  });

  it("a change the versions do not show refetches variants and correspondences, not code lists", () => {
    const quiet = { 131: snap(meta(131, { 2020: OLD, 2024: OLD }), meta(131, { 2020: OLD, 2024: OLD }), OLD) };
    expect(verdict("klass/131/codesAt/2024-01-01/nb", quiet)).toBe("keep");
    expect(verdict("klass/131/variantAt/Fylker/2025-01-01/nb", quiet)).toBe("refetch");
    expect(verdict("klass/131/variants/77/nb", quiet)).toBe("refetch");
    expect(verdict("klass/104/correspondsAt/131/2025-03-01/nb", quiet)).toBe("refetch");
  });

  it("a classification gone evicts its entries; unusable metadata refetches them", () => {
    expect(verdict("klass/131/codesAt/2024-01-01/nb", { 131: "gone" })).toBe("evict");
    expect(verdict("klass/131/codesAt/2024-01-01/nb", { 131: "unknown" })).toBe("refetch");
    expect(verdict("klass/104/correspondsAt/131/2025-03-01/nb", { 131: "gone" })).toBe("refetch");
  });
});

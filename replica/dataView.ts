/** The read-only {@link ReplicaDataView} over both APIs' live data. */
import type { ReplicaDataView } from "./index";
import type { KlassApi } from "./klass/api";
import type { BrregApi } from "./brreg/api";
import { deepCopy } from "./util/json";

/** Builds the view; the orgnr lists are recomputed after each mutation, otherwise cached. */
export function dataView(klass: KlassApi, brreg: BrregApi): ReplicaDataView {
  const units = (): ReturnType<typeof brreg.store.units.values> => brreg.store.units.values();
  const pick = (test: (u: Parameters<Parameters<typeof brreg.store.units.forEach>[0]>[0]) => boolean): string[] => {
    const out: string[] = [];
    for (const u of units()) if (test(u)) out.push(u.orgnr);
    return out.sort();
  };
  const active = (u: { status: string }): boolean => u.status === "active";
  let cached: { revision: number; lists: ReplicaDataView["orgnr"] } | undefined;
  return {
    get orgnr() {
      if (cached?.revision === brreg.store.revision) return cached.lists;
      const lists = {
        activeEnheter: pick((u) => u.kind === "enhet" && active(u)),
        underenheter: pick((u) => u.kind === "underenhet" && active(u)),
        deleted: pick((u) => u.status === "deleted"),
        removed: pick((u) => u.status === "removed"),
        bankrupt: pick((u) => active(u) && u.json.konkurs === true),
        underAvvikling: pick((u) => active(u) && u.json.underAvvikling === true),
        underTvangsavvikling: pick((u) => active(u) && u.json.underTvangsavviklingEllerTvangsopplosning === true),
        foreignAddress: pick(
          (u) =>
            active(u) &&
            typeof u.json.forretningsadresse === "object" &&
            (u.json.forretningsadresse as { landkode?: string }).landkode !== "NO",
        ),
        withRoles: pick((u) => u.kind === "enhet" && active(u)),
        recorded: pick((u) => u.recorded),
      };
      cached = { revision: brreg.store.revision, lists };
      return lists;
    },
    get classifications() {
      return [...klass.data.classifications.values()].map((c) => ({
        id: c.id,
        name: c.name.nb,
        lastModified: c.lastModified,
        versions: c.versions.map((v) => ({
          id: v.id,
          name: v.name.nb,
          validFrom: v.validFrom,
          validTo: v.validTo,
          published: [...v.published],
        })),
      }));
    },
    unit(orgnr: string) {
      const u = brreg.store.units.get(orgnr);
      return u ? deepCopy(u.json) : undefined;
    },
    get kommuner() {
      return brreg.store.base.kommuner.map((k) => ({ ...k }));
    },
  };
}

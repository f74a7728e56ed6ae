/** Puts all KLASS parts together into one {@link KlassData}. */
import { buildFamilies, buildSearchDocs, buildSections, buildStubs } from "./buildCatalogue";
import { buildRegions } from "./buildRegions";
import { buildSn2007 } from "./buildSn2007";
import type { KlassData } from "./model";

/** Builds a new KlassData instance (fixture parsing is cached, so this is cheap after the first). */
export function buildCatalogue(): KlassData {
  const regions = buildRegions();
  const all = [...regions.classifications, buildSn2007(), ...buildStubs()];
  return {
    classifications: new Map(all.map((c) => [c.id, c])),
    tables: regions.tables,
    families: buildFamilies(all),
    sections: buildSections(all),
    searchDocs: buildSearchDocs(all),
  };
}

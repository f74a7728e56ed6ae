/** Assembles KLASS 131, 104 and 106 with their versions, change lists and correspondence tables. */
import { COUNTY_CHANGES, COUNTY_VERSIONS } from "./counties104";
import type { CorrespondenceTable, KlassChange, KlassClassification, KlassItem, KlassVersion } from "./model";
import { same } from "./model";
import { buildMunicipalityVersions } from "./municipalities131";
import { REFORM_2024 } from "./reform2024";
import { REGIONS_2016, REGIONS_2020, REGION_CHANGES_2020, regionOf } from "./regions106";

/** lastModified values in the real format (the docs show 2025-11-19 08:35 for all). */
export function stamp(ms: number): string {
  return new Date(Date.UTC(2025, 10, 19, 8, 35, 2) + ms).toISOString().replace("Z", "+0000");
}

function item(code: string, name: string, shortName = "", notes = ""): KlassItem {
  return { code, parentCode: null, level: "1", name: same(name), shortName: same(shortName), notes };
}

function version(
  classificationId: number,
  title: string,
  year: number,
  validFrom: string,
  validTo: string | null,
  items: KlassItem[],
): KlassVersion {
  return {
    id: classificationId * 100 + (year - 2000),
    classificationId,
    name: { nb: `${title} ${year}`, nn: `${title} ${year}`, en: `${title} ${year}` },
    validFrom,
    validTo,
    published: ["nb", "nn", "en"],
    lastModified: stamp(classificationId * 7 + year),
    introduction: "",
    levels: [{ levelNumber: 1, levelName: "Nivå 1" }],
    items,
  };
}

function classification(
  id: number,
  nb: string,
  en: string,
  description: string,
  versions: KlassVersion[],
): KlassClassification {
  return {
    id,
    name: { nb, nn: nb, en },
    description,
    classificationType: "Klassifikasjon",
    lastModified: stamp(id),
    includeShortName: false,
    includeNotes: true,
    familyId: 15,
    ssbSection: "370 - Seksjon for befolkningsstatistikk",
    versions,
    variants: [],
    changes: new Map(),
  };
}

/** The three regional classifications and the 104→131 and 106→131 tables. */
export function buildRegions(): { classifications: KlassClassification[]; tables: CorrespondenceTable[] } {
  const muni = buildMunicipalityVersions();
  const v131 = muni.map((m) =>
    version(
      131,
      "Kommuneinndeling",
      m.year,
      m.validFrom,
      m.validTo,
      m.items.map((i) => item(i.code, i.name)),
    ),
  );
  const k131 = classification(
    131,
    "Standard for kommuneinndeling",
    "Classification of municipalities",
    "Kommuneinndelingen er en administrativ inndeling av Norge i kommuner.",
    v131,
  );
  const reform: KlassChange[] = REFORM_2024.map(([oldCode, newCode]) => ({ oldCode, newCode }));
  const v2024 = v131.find((v) => v.validFrom === "2024-01-01");
  if (v2024) k131.changes.set(v2024.id, reform);

  const v104 = COUNTY_VERSIONS.map((c) =>
    version(
      104,
      "Fylkesinndeling",
      c.year,
      `${c.year}-01-01`,
      c.validTo,
      c.rows.map(([code, name, notes]) => item(code, name, "", notes ?? "")),
    ),
  );
  const k104 = classification(
    104,
    "Standard for fylkesinndeling",
    "Classification of counties",
    "Fylkesinndelingen er en administrativ inndeling av Norge i fylker.",
    v104,
  );
  for (const [year, list] of COUNTY_CHANGES) k104.changes.set(104 * 100 + (year - 2000), list);

  const v106 = [
    version(
      106,
      "Økonomiske regioner",
      2016,
      "2016-01-01",
      "2020-01-01",
      REGIONS_2016.map(([c, n, s]) => item(c, n, s)),
    ),
    version(
      106,
      "Økonomiske regioner",
      2020,
      "2020-01-01",
      null,
      REGIONS_2020.map(([c, n, s]) => item(c, n, s)),
    ),
  ];
  const k106 = classification(
    106,
    "Standard for økonomiske regioner",
    "Classification of economic regions",
    "Økonomiske regioner er en gruppering av kommuner etter fylke.",
    v106,
  );
  k106.changes.set(106 * 100 + 20, REGION_CHANGES_2020);

  const tables: CorrespondenceTable[] = [];
  let nextId = 1001;
  muni.forEach((m, i) => {
    const target = v131[i];
    const county = v104.find((v) => v.validFrom <= m.validFrom && (v.validTo === null || v.validTo > m.validFrom));
    const region = v106.find((v) => v.validFrom <= m.validFrom && (v.validTo === null || v.validTo > m.validFrom));
    if (!target) return;
    if (county) {
      const maps = m.countyPairs.map(([sourceCode, targetCode]) => ({ sourceCode, targetCode }));
      tables.push({
        id: nextId++,
        sourceVersionId: county.id,
        targetVersionId: target.id,
        lastModified: stamp(nextId),
        maps,
      });
    }
    if (region) {
      const year = Number(region.validFrom.slice(0, 4));
      const maps = m.items.flatMap((it) => {
        const sourceCode = regionOf(it.code, year);
        return sourceCode ? [{ sourceCode, targetCode: it.code }] : [];
      });
      tables.push({
        id: nextId++,
        sourceVersionId: region.id,
        targetVersionId: target.id,
        lastModified: stamp(nextId),
        maps,
      });
    }
  });
  return { classifications: [k131, k104, k106], tables };
}

/**
 * KLASS 131 (kommuner) per version, rebuilt from the recorded answers: 2016–2020 from the time
 * slices of the recorded 104→131 `corresponds` answers (429 codes in 2016, as codesAt recorded), then 2024 (county reform, Ålesund/Haram split) and 2026 (Oslo - Oslove)
 * derived from 2020. The recorded 104→131 pairs per slice are kept as the correspondence tables.
 */
import { fixture, type RecordedMap } from "./fixtureFiles";
import { REFORM_2024, RENAMED_2024, RENAMED_2026 } from "./reform2024";

/** A municipality in one version. */
export interface Municipality {
  code: string;
  name: string;
}

/** One 131 version with its 104→131 pairs. */
export interface MunicipalityVersion {
  year: number;
  validFrom: string;
  validTo: string | null;
  items: Municipality[];
  /** [countyCode, municipalityCode] pairs for the county version valid at the same time. */
  countyPairs: Array<[string, string]>;
}

const UOPPGITT: Municipality = { code: "9999", name: "Uoppgitt" };

function slice(items: RecordedMap[], date: string): RecordedMap[] {
  // The recordings asked for to=YYYY-01-02, so a validTo of that day means "still valid".
  return items.filter((i) => (i.validFrom ?? "") <= date && (i.validTo ?? "9999") > date);
}

function fromSlice(items: RecordedMap[]): { items: Municipality[]; pairs: Array<[string, string]> } {
  const byCode = new Map<string, Municipality>();
  for (const i of items) byCode.set(i.targetCode, { code: i.targetCode, name: i.targetName });
  if (!byCode.has("9999")) byCode.set("9999", UOPPGITT);
  const list = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  return { items: list, pairs: items.map((i) => [i.sourceCode, i.targetCode]) };
}

function byPrefix(items: Municipality[]): Array<[string, string]> {
  return items.map((m) => [m.code === "9999" ? "99" : m.code.slice(0, 2), m.code]);
}

/** Builds the 131 versions 2016, 2017, 2018, 2019, 2020, 2024, 2026 (oldest first). */
export function buildMunicipalityVersions(): MunicipalityVersion[] {
  const early = fixture<{ correspondenceItems: RecordedMap[] }>(
    "klass",
    "corresponds-104-131-2016-2018",
  ).correspondenceItems;
  const late = fixture<{ correspondenceItems: RecordedMap[] }>(
    "klass",
    "corresponds-104-131-2018-2020-rec2022-11",
  ).correspondenceItems;
  // 2016–2017 follow the 2023 recording (the newest), which already has the disambiguated names
  // ("Våler (Østfold)") that the May-2022 codesAt-131-2016-01-01 recording lacks; 2018–2020
  // follow the Nov-2022 recording, the only one covering those versions whole.
  const v2016 = fromSlice(slice(early, "2016-01-01"));
  const v2017 = fromSlice(slice(early, "2017-01-01"));
  const v2018 = fromSlice(slice(late, "2018-01-01"));
  const v2019 = fromSlice(slice(late, "2019-01-01"));
  const v2020 = fromSlice(slice(late, "2020-01-01"));

  const items2024: Municipality[] = [];
  const moved = new Map<string, string[]>();
  for (const [oldCode, newCode] of REFORM_2024) moved.set(oldCode, [...(moved.get(oldCode) ?? []), newCode]);
  for (const m of v2020.items) {
    const targets = moved.get(m.code);
    if (!targets) items2024.push({ ...m });
    else for (const code of targets) items2024.push({ code, name: RENAMED_2024[code] ?? m.name });
  }
  items2024.sort((a, b) => (a.code < b.code ? -1 : 1));
  const items2026 = items2024.map((m) => ({ code: m.code, name: RENAMED_2026[m.code] ?? m.name }));

  return [
    { year: 2016, validFrom: "2016-01-01", validTo: "2017-01-01", items: v2016.items, countyPairs: v2016.pairs },
    { year: 2017, validFrom: "2017-01-01", validTo: "2018-01-01", items: v2017.items, countyPairs: v2017.pairs },
    { year: 2018, validFrom: "2018-01-01", validTo: "2019-01-01", items: v2018.items, countyPairs: v2018.pairs },
    { year: 2019, validFrom: "2019-01-01", validTo: "2020-01-01", items: v2019.items, countyPairs: v2019.pairs },
    { year: 2020, validFrom: "2020-01-01", validTo: "2024-01-01", items: v2020.items, countyPairs: v2020.pairs },
    { year: 2024, validFrom: "2024-01-01", validTo: "2026-01-01", items: items2024, countyPairs: byPrefix(items2024) },
    { year: 2026, validFrom: "2026-01-01", validTo: null, items: items2026, countyPairs: byPrefix(items2026) },
  ];
}

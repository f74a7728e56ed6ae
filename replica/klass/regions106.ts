/**
 * KLASS 106 (economic regions), from the recorded `codesAt-106-*` and `changes-106-*`, and the
 * rule behind the recorded 106→131 tables: a municipality belongs to the region of its county
 * (first two digits). The rule reproduces all 428 + 356 recorded pairs.
 */
import type { KlassChange } from "./model";

/** Region rows: code, name, shortName. */
export type RegionRow = readonly [code: string, name: string, shortName: string];

/** Regions of the 2016 version (valid until 2020). */
export const REGIONS_2016: RegionRow[] = [
  ["1", "Oslo og Akershus", ""],
  ["2", "Hedmark og Oppland", ""],
  ["3", "Sør-Østlandet", ""],
  ["4", "Agder og Rogaland", ""],
  ["5", "Vestlandet", ""],
  ["6", "Trøndelag", ""],
  ["7", "Nord-Norge", "Nord-Norge"],
  ["9", "Uoppgitt", ""],
];

/** Regions of the 2020 version. */
export const REGIONS_2020: RegionRow[] = [
  ["1", "Oslo og Viken", "Oslo og Viken"],
  ["2", "Innlandet", "Innlandet"],
  ["3", "Agder og Sør-Østlandet", "Agder og Sør-Østlandet"],
  ["4", "Vestlandet", "Vestlandet"],
  ["5", "Trøndelag", "Trøndelag"],
  ["6", "Nord-Norge", "Nord-Norge"],
  ["9", "Uoppgitt", "Uoppgitt"],
];

/** The recorded 2020 change list (changes-106-2019-2020), in recorded order. */
export const REGION_CHANGES_2020: KlassChange[] = [
  { oldCode: "1", newCode: null },
  { oldCode: "3", newCode: null },
  { oldCode: "4", newCode: null },
  { oldCode: "5", newCode: null },
  { oldCode: null, newCode: "1" },
  { oldCode: "2", newCode: "2" },
  { oldCode: null, newCode: "3" },
  { oldCode: null, newCode: "4" },
  { oldCode: "6", newCode: "5" },
  { oldCode: "7", newCode: "6" },
];

const COUNTY_TO_REGION_2016: Record<string, string> = {
  "02": "1",
  "03": "1",
  "04": "2",
  "05": "2",
  "01": "3",
  "06": "3",
  "07": "3",
  "08": "3",
  "09": "4",
  "10": "4",
  "11": "4",
  "12": "5",
  "14": "5",
  "15": "5",
  "16": "6",
  "17": "6",
  "50": "6",
  "18": "7",
  "19": "7",
  "20": "7",
};

const COUNTY_TO_REGION_2020: Record<string, string> = {
  "03": "1",
  "30": "1",
  "31": "1",
  "32": "1",
  "33": "1",
  "34": "2",
  "38": "3",
  "39": "3",
  "40": "3",
  "42": "3",
  "11": "4",
  "46": "4",
  "15": "4",
  "50": "5",
  "18": "6",
  "54": "6",
  "55": "6",
  "56": "6",
};

/** Region of a municipality code in the 2016 or 2020 region version; undefined for 9999. */
export function regionOf(municipality: string, regionVersionYear: number): string | undefined {
  const table = regionVersionYear >= 2020 ? COUNTY_TO_REGION_2020 : COUNTY_TO_REGION_2016;
  return table[municipality.slice(0, 2)];
}

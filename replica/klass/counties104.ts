/**
 * KLASS 104 (fylker), hand-written from the recorded answers: codes, names and notes per version
 * and the change lists exactly as `changes-104-*` recorded them (the 2018 and 2024 reforms, not
 * recorded, follow the same pattern).
 */
import type { KlassChange } from "./model";

const RINDAL =
  "Fra 1. januar 2019 skiftet 1567 Rindal fylke og fikk nytt kommunenummer 5061. Alle grunnkretser i Rindal kommune fikk dermed nytt nummer som starter på 5061 i stedet for 1567.";
const NORDLAND =
  "Stortingets vedtak fra 27. april 2021 innfører tospråklig navn på Nordland fylke, norsk og lulesamisk. Endringen trer i kraft straks. ";

/** A county row: code, name, notes. */
export type CountyRow = readonly [code: string, name: string, notes?: string];

const OLD: CountyRow[] = [
  ["01", "Østfold"],
  ["02", "Akershus"],
  ["03", "Oslo"],
  ["04", "Hedmark"],
  ["05", "Oppland"],
  ["06", "Buskerud"],
  ["07", "Vestfold"],
  ["08", "Telemark"],
  ["09", "Aust-Agder"],
  ["10", "Vest-Agder"],
  ["11", "Rogaland"],
  ["12", "Hordaland"],
  ["14", "Sogn og Fjordane"],
  ["15", "Møre og Romsdal", RINDAL],
];

/** Versions of 104: validFrom (year) → rows. */
export const COUNTY_VERSIONS: ReadonlyArray<{ year: number; validTo: string | null; rows: CountyRow[] }> = [
  {
    year: 2016,
    validTo: "2018-01-01",
    rows: [
      ...OLD,
      ["16", "Sør-Trøndelag"],
      ["17", "Nord-Trøndelag"],
      ["18", "Nordland"],
      ["19", "Troms - Romsa"],
      ["20", "Finnmark - Finnmárku"],
      ["99", "Uoppgitt"],
    ],
  },
  {
    year: 2018,
    validTo: "2020-01-01",
    rows: [
      ...OLD,
      ["18", "Nordland"],
      ["19", "Troms - Romsa"],
      ["20", "Finnmark - Finnmárku"],
      ["50", "Trøndelag", RINDAL],
      ["99", "Uoppgitt"],
    ],
  },
  {
    year: 2020,
    validTo: "2024-01-01",
    rows: [
      ["03", "Oslo"],
      ["11", "Rogaland"],
      ["15", "Møre og Romsdal"],
      ["18", "Nordland - Nordlánnda", NORDLAND],
      ["30", "Viken"],
      ["34", "Innlandet"],
      ["38", "Vestfold og Telemark"],
      ["42", "Agder"],
      ["46", "Vestland"],
      ["50", "Trøndelag - Trööndelage"],
      ["54", "Troms og Finnmark - Romsa ja Finnmárku - Tromssa ja Finmarkku"],
      ["99", "Uoppgitt"],
    ],
  },
  {
    year: 2024,
    validTo: null,
    rows: [
      ["03", "Oslo"],
      ["11", "Rogaland"],
      ["15", "Møre og Romsdal"],
      ["18", "Nordland - Nordlánnda"],
      ["31", "Østfold"],
      ["32", "Akershus"],
      ["33", "Buskerud"],
      ["34", "Innlandet"],
      ["39", "Vestfold"],
      ["40", "Telemark"],
      ["42", "Agder"],
      ["46", "Vestland"],
      ["50", "Trøndelag - Trööndelage"],
      ["55", "Troms - Romsa - Tromssa"],
      ["56", "Finnmark - Finnmárku - Finmarkku"],
      ["99", "Uoppgitt"],
    ],
  },
];

function pairs(spec: string): KlassChange[] {
  return spec.split(" ").map((p) => {
    const [oldCode = "", newCode = ""] = p.split(">");
    return { oldCode, newCode };
  });
}

/** Explicit change lists keyed by the year of the newer version, in the recorded order. */
export const COUNTY_CHANGES: ReadonlyMap<number, KlassChange[]> = new Map([
  [2018, pairs("16>50 17>50")],
  [2020, pairs("01>30 02>30 06>30 04>34 05>34 07>38 08>38 09>42 10>42 12>46 14>46 19>54 20>54")],
  [2024, pairs("30>31 30>32 30>33 38>39 38>40 54>55 54>56")],
]);

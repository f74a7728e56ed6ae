/**
 * Families, SSB sections and the search index. Families and their recorded counts come from
 * `classificationfamilies.json`; the ARENA code lists and classifications 31/118 are small
 * stand-ins so the recorded search answers resolve to real ids (their snippets are recorded text).
 */
import { fixture } from "./fixtureFiles";
import type { KlassClassification, KlassData, SearchDoc } from "./model";
import { same } from "./model";
import { stamp } from "./buildRegions";

interface RecordedFamily {
  name: string;
  numberOfClassifications: number;
  _links: { self: { href: string } };
}

/** Families with the ids parsed from their recorded self links. */
export function buildFamilies(all: KlassClassification[]): KlassData["families"] {
  const recorded = fixture<{ _embedded: { classificationFamilies: RecordedFamily[] } }>(
    "klass",
    "classificationfamilies",
  )._embedded.classificationFamilies;
  return recorded.map((f) => {
    const id = Number(/(\d+)$/.exec(f._links.self.href)?.[1]);
    return {
      id,
      name: f.name,
      recordedCount: f.numberOfClassifications,
      classificationIds: all.filter((c) => c.familyId === id).map((c) => c.id),
    };
  });
}

const STUBS: ReadonlyArray<{
  id: number;
  name: string;
  en: string;
  codelist: boolean;
  family: number;
  section: string;
  text: string;
}> = [
  {
    id: 31,
    name: "Standard for bygningstype",
    en: "Classification of type of building /cadastre",
    codelist: false,
    family: 4,
    section: "350",
    text: "garden 649 - Other museum and library building 651 - Sports hall 652 - Ice arena 653 - Indoor swimming pool 654 - Stand and building for shower and changing",
  },
  {
    id: 118,
    name: "Standard for arealbruk og arealdekke",
    en: "Classification of land use and land cover",
    codelist: false,
    family: 12,
    section: "350",
    text: "Other green areas 13 - Sports facilities 13.01 - Sports hall 13.02 - Ice arena 13.03 - Indoor swimming pool 13.04 - Stand and building for shower and changing",
  },
  {
    id: 394,
    name: "Kodeliste for ARENA as_ytelse",
    en: "Kodeliste for ARENA as_ytelse",
    codelist: true,
    family: 1,
    section: "312",
    text: "YTELSER for personer i ARENA registeret\n\nBindestrek i koden hos ARENA er erstattet med x i koden i KLASS \n\nNAV er ansvarlig for kodelisten",
  },
  {
    id: 386,
    name: "Kodeliste for ARENA Tiltak",
    en: "Kodeliste for ARENA Tiltak",
    codelist: true,
    family: 1,
    section: "312",
    text: "Variabelen tiltak er SSB's interne variabel på ARENA-fila for hovedgruppene.",
  },
  {
    id: 396,
    name: "Kodeliste for ARENA as_f (arbeidssøkerstatus_fingruppe )",
    en: "Kodeliste for ARENA as_f (arbeidssøkerstatus_fingruppe )",
    codelist: true,
    family: 1,
    section: "312",
    text: "ARENA arbeidssøkerstatus fingruppe\n\nNAV er ansvarlig for kodelisten",
  },
  {
    id: 395,
    name: "Kodeliste for ARENA as_gr (arbeidssøkerstatus grovgruppe)",
    en: "Kodeliste for ARENA as_gr (arbeidssøkerstatus grovgruppe)",
    codelist: true,
    family: 1,
    section: "312",
    text: "ARENA arbeidssøkerstatus grovgruppe\n\nBindestrek i koden hos ARENA er erstattet med x i koden i KLASS \n\nNAV er ansvarlig for kodelisten",
  },
  {
    id: 393,
    name: "Kodeliste for ARENA as_stat (arbeidssøkerstatus, aktivitet og ytelse)",
    en: "Kodeliste for ARENA as_stat (arbeidssøkerstatus, aktivitet og ytelse)",
    codelist: true,
    family: 1,
    section: "312",
    text: "variabelen fra ARENA inneholder alt av opplysninger om personen i forhold til arbeidssøkerstatus, aktivitet og ytelse.\n\nBindestrek i koden hos ARENA er erstattet med x i koden i KLASS fordi bindestrek brukes i intervaller.",
  },
];

/** Minimal classifications behind the recorded search hits (one version, no codes). */
export function buildStubs(): KlassClassification[] {
  return STUBS.map((s) => ({
    id: s.id,
    name: { nb: s.name, nn: s.name, en: s.en },
    description: s.text,
    classificationType: s.codelist ? "Kodeliste" : "Klassifikasjon",
    lastModified: stamp(s.id),
    includeShortName: false,
    includeNotes: false,
    familyId: s.family,
    ssbSection: `${s.section} - Seksjon ${s.section}`,
    versions: [
      {
        id: s.id * 100 + 1,
        classificationId: s.id,
        name: same(`${s.name} 2015`),
        validFrom: "2015-01-01",
        validTo: null,
        published: ["nb"],
        lastModified: stamp(s.id),
        introduction: s.text,
        levels: [{ levelNumber: 1, levelName: "Nivå 1" }],
        items: [],
      },
    ],
    variants: [],
    changes: new Map(),
  }));
}

/** One search document per classification: the recorded text for stubs, the description otherwise. */
export function buildSearchDocs(all: KlassClassification[]): SearchDoc[] {
  return all.map((c) => {
    const stub = STUBS.find((s) => s.id === c.id);
    return {
      id: c.id,
      name: stub ? stub.en : c.name.nb,
      text: stub ? stub.text : `${c.name.nb}. ${c.description}`,
      codelist: c.classificationType === "Kodeliste",
      section: c.ssbSection.slice(0, 3),
    };
  });
}

/** Section names for `ssbsections`, in the "Name (number)" form the docs show. */
export function buildSections(all: KlassClassification[]): string[] {
  const names = new Set(
    all.map((c) => {
      const [num = "", name = ""] = c.ssbSection.split(" - ");
      return `${name} (${num})`;
    }),
  );
  return [...names].sort();
}

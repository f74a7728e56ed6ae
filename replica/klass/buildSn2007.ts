/**
 * KLASS 6, Standard for næringsgruppering (SN2007): the 21 sections with their recorded nb/en
 * names and short names, sections A, B, D, F, T and U in full down to subclasses, and one variant
 * (the A*10 aggregation) so `variant`, `variantAt` and `variants/{id}` have data.
 */
import { fixture, type RecordedCode } from "./fixtureFiles";
import type { KlassClassification, KlassItem, KlassVariant, KlassVersion } from "./model";
import { stamp } from "./buildRegions";
import { SECTION_STARTS, SN2007_DETAIL } from "./sn2007Codes";
import { SN2007_DETAIL_MORE } from "./sn2007MoreCodes";

function parentOf(code: string): string {
  if (/^\d\d$/.test(code)) {
    const n = Number(code);
    let section = "A";
    for (const [s, start] of SECTION_STARTS) if (n >= start) section = s;
    return section;
  }
  if (/^\d\d\.\d$/.test(code)) return code.slice(0, 2);
  if (/^\d\d\.\d\d$/.test(code)) return code.slice(0, 4);
  return code.slice(0, 5);
}

function parentSection(code: string): string {
  const n = Number(code.slice(0, 2));
  let section = "A";
  for (const [s, start] of SECTION_STARTS) if (n >= start) section = s;
  return section;
}

function levelOf(code: string): string {
  if (/^[A-U]$/.test(code)) return "1";
  if (/^\d\d$/.test(code)) return "2";
  if (/^\d\d\.\d$/.test(code)) return "3";
  if (/^\d\d\.\d\d$/.test(code)) return "4";
  return "5";
}

const LEVELS = ["Næringshovedområde", "Næringsområde", "Næringshovedgruppe", "Næringsgruppe", "Næringsundergruppe"];

/** The items of the SN2007 version, sorted by code as the API lists them. */
export function sn2007Items(): KlassItem[] {
  const nb = fixture<{ codes: RecordedCode[] }>("klass", "codesAt-6-level1-nb-2022-06-01").codes;
  const en = fixture<{ codes: RecordedCode[] }>("klass", "codesAt-6-level1-en-2022-06-01").codes;
  const sections: KlassItem[] = nb.map((c, i) => ({
    code: c.code,
    parentCode: null,
    level: "1",
    name: { nb: c.name, en: en[i]?.name ?? c.name },
    shortName: { nb: c.shortName, en: en[i]?.shortName ?? c.shortName },
    notes: "",
  }));
  const detail: KlassItem[] = `${SN2007_DETAIL.trim()}\n${SN2007_DETAIL_MORE.trim()}`.split("\n").map((line) => {
    const [code = "", nbName = "", enName = ""] = line.split("|");
    return {
      code,
      parentCode: parentOf(code),
      level: levelOf(code),
      name: { nb: nbName, en: enName },
      shortName: { nb: "", en: "" },
      notes: "",
    };
  });
  // Sorted by code within the tree order the API uses: each section followed by its divisions.
  const order = (i: KlassItem): string => (i.level === "1" ? i.code : `${parentSection(i.code)}${i.code}`);
  return [...sections, ...detail].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

const A10: ReadonlyArray<readonly [string, string, string]> = [
  ["1", "Jordbruk, skogbruk og fiske", "A"],
  ["2", "Industri, bergverksdrift, kraft- og vannforsyning", "B C D E"],
  ["3", "Bygge- og anleggsvirksomhet", "F"],
  ["4", "Varehandel, transport, overnatting og servering", "G H I"],
  ["5", "Informasjon og kommunikasjon", "J"],
  ["6", "Finansiering og forsikring", "K"],
  ["7", "Omsetning og drift av fast eiendom", "L"],
  ["8", "Faglig og forretningsmessig tjenesteyting", "M N"],
  ["9", "Offentlig administrasjon, undervisning, helse- og sosialtjenester", "O P Q"],
  ["10", "Kultur, underholdning og annen tjenesteyting", "R S T U"],
];

/** Builds classification 6 with one version (2007-01-01, current; published nb and en). */
export function buildSn2007(): KlassClassification {
  const items = sn2007Items();
  const version: KlassVersion = {
    id: 30,
    classificationId: 6,
    name: { nb: "Standard for næringsgruppering 2007", en: "Standard Industrial Classification 2007" },
    validFrom: "2007-01-01",
    validTo: null,
    published: ["nb", "en"],
    lastModified: stamp(6),
    introduction:
      "Standard for næringsgruppering (SN) er en statistisk standard for gruppering av virksomheter etter næring.",
    levels: LEVELS.map((levelName, i) => ({ levelNumber: i + 1, levelName })),
    items,
  };
  const sectionNames = new Map(items.filter((i) => i.level === "1").map((i) => [i.code, i]));
  const variantItems: KlassItem[] = A10.flatMap(([code, name, sections]) => [
    { code, parentCode: null, level: "1", name: { nb: name }, shortName: { nb: "" }, notes: "" },
    ...sections.split(" ").map((s) => ({
      code: s,
      parentCode: code,
      level: "2",
      name: sectionNames.get(s)?.name ?? { nb: s },
      shortName: { nb: "" },
      notes: "",
    })),
  ]);
  const variant: KlassVariant = {
    id: 1501,
    classificationId: 6,
    versionId: 30,
    name: { nb: "A*10" },
    validFrom: "2007-01-01",
    validTo: null,
    published: ["nb"],
    lastModified: stamp(61),
    levels: [
      { levelNumber: 1, levelName: "Gruppe" },
      { levelNumber: 2, levelName: "Næringshovedområde" },
    ],
    items: variantItems,
  };
  return {
    id: 6,
    name: { nb: "Standard for næringsgruppering (SN)", en: "Standard Industrial Classification" },
    description:
      "Standard for næringsgruppering (SN) er en statistisk standard for gruppering av virksomheter etter næring.",
    classificationType: "Klassifikasjon",
    lastModified: stamp(6),
    includeShortName: true,
    includeNotes: true,
    familyId: 24,
    ssbSection: "420 - Seksjon for næringslivets strukturer",
    versions: [version],
    variants: [variant],
    changes: new Map(),
  };
}

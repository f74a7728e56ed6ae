/** The KLASS data model held by the replica (a simplified mirror of the real one). */

/** Languages the API serves. */
export type Lang = "nb" | "nn" | "en";
/** A text per language; `nb` is always present. */
export type LangText = { nb: string } & Partial<Record<Lang, string>>;

/** One code in a version or variant. */
export interface KlassItem {
  code: string;
  /** null at the top level. */
  parentCode: string | null;
  /** The level as a string, as the API sends it ("1"). */
  level: string;
  name: LangText;
  shortName: LangText;
  notes: string;
}

/** A classification version: the codes valid in [validFrom, validTo). */
export interface KlassVersion {
  id: number;
  classificationId: number;
  name: LangText;
  validFrom: string;
  /** Exclusive; null while current. */
  validTo: string | null;
  published: Lang[];
  lastModified: string;
  introduction: string;
  levels: Array<{ levelNumber: number; levelName: string }>;
  items: KlassItem[];
}

/** A change between two consecutive versions (old* null when added, new* null when removed). */
export interface KlassChange {
  oldCode: string | null;
  newCode: string | null;
}

/** A variant (e.g. a grouping of SN2007) attached to one version. */
export interface KlassVariant {
  id: number;
  classificationId: number;
  versionId: number;
  name: LangText;
  validFrom: string;
  validTo: string | null;
  published: Lang[];
  lastModified: string;
  levels: Array<{ levelNumber: number; levelName: string }>;
  items: KlassItem[];
}

/** A correspondence table between two versions (of different or the same classification). */
export interface CorrespondenceTable {
  id: number;
  sourceVersionId: number;
  targetVersionId: number;
  lastModified: string;
  maps: Array<{ sourceCode: string; targetCode: string }>;
}

/** A classification or code list. */
export interface KlassClassification {
  id: number;
  name: LangText;
  description: string;
  classificationType: "Klassifikasjon" | "Kodeliste";
  lastModified: string;
  includeShortName: boolean;
  includeNotes: boolean;
  familyId: number;
  /** e.g. "320 - Seksjon for befolkningsstatistikk"; the number is what `ssbSection` filters on. */
  ssbSection: string;
  /** Oldest first. */
  versions: KlassVersion[];
  variants: KlassVariant[];
  /** Explicit change lists keyed by the id of the newer version; others are derived by code. */
  changes: Map<number, KlassChange[]>;
}

/** Text indexed for `classifications/search`, per classification. */
export interface SearchDoc {
  id: number;
  /** Name shown in search results (the recorded results show English names for some). */
  name: string;
  text: string;
  codelist: boolean;
  section: string;
}

/** Everything KLASS, built once per process. */
export interface KlassData {
  classifications: Map<number, KlassClassification>;
  tables: CorrespondenceTable[];
  families: Array<{ id: number; name: string; classificationIds: number[]; recordedCount: number }>;
  sections: string[];
  searchDocs: SearchDoc[];
}

/** `nb` text with the same value for all three languages. */
export function same(text: string): LangText {
  return { nb: text, nn: text, en: text };
}

/** The text in a language, falling back to nb (as KLASS does for untranslated codes). */
export function inLang(t: LangText, lang: Lang): string {
  return t[lang] ?? t.nb;
}

/**
 * Brreg's code lists as the replica serves them: organisasjonsformer, institusjonelle
 * sektorkoder, rolletyper, rollegruppetyper and representanter (official codes and texts).
 */

/** Organisasjonsform: code, description, and whether it is for enheter or underenheter. */
export const ORGANISASJONSFORMER: ReadonlyArray<{ kode: string; beskrivelse: string; for: "enhet" | "underenhet" }> = [
  { kode: "AAFY", beskrivelse: "Underenhet til ikke-næringsdrivende", for: "underenhet" },
  { kode: "ANS", beskrivelse: "Ansvarlig selskap med solidarisk ansvar", for: "enhet" },
  { kode: "AS", beskrivelse: "Aksjeselskap", for: "enhet" },
  { kode: "ASA", beskrivelse: "Allmennaksjeselskap", for: "enhet" },
  { kode: "BA", beskrivelse: "Selskap med begrenset ansvar", for: "enhet" },
  { kode: "BEDR", beskrivelse: "Underenhet til næringsdrivende og offentlig forvaltning", for: "underenhet" },
  { kode: "DA", beskrivelse: "Ansvarlig selskap med delt ansvar", for: "enhet" },
  { kode: "ENK", beskrivelse: "Enkeltpersonforetak", for: "enhet" },
  { kode: "ESEK", beskrivelse: "Eierseksjonssameie", for: "enhet" },
  { kode: "FLI", beskrivelse: "Forening/lag/innretning", for: "enhet" },
  { kode: "KOMM", beskrivelse: "Kommune", for: "enhet" },
  { kode: "NUF", beskrivelse: "Norskregistrert utenlandsk foretak", for: "enhet" },
  { kode: "ORGL", beskrivelse: "Organisasjonsledd", for: "enhet" },
  { kode: "SA", beskrivelse: "Samvirkeforetak", for: "enhet" },
  { kode: "SAM", beskrivelse: "Tingsrettslig sameie", for: "enhet" },
  { kode: "STI", beskrivelse: "Stiftelse", for: "enhet" },
  { kode: "STAT", beskrivelse: "Staten", for: "enhet" },
];

/** Sector codes by organisasjonsform (a plausible default per form). */
export const SEKTOR: Readonly<Record<string, { kode: string; beskrivelse: string }>> = {
  AS: { kode: "2100", beskrivelse: "Private aksjeselskaper mv." },
  ASA: { kode: "2100", beskrivelse: "Private aksjeselskaper mv." },
  ENK: { kode: "8200", beskrivelse: "Personlig næringsdrivende" },
  ANS: { kode: "2500", beskrivelse: "Private produsentorienterte organisasjoner uten profitt" },
  DA: { kode: "2500", beskrivelse: "Private produsentorienterte organisasjoner uten profitt" },
  FLI: { kode: "7000", beskrivelse: "Ideelle organisasjoner" },
  STI: { kode: "7000", beskrivelse: "Ideelle organisasjoner" },
  SA: { kode: "2100", beskrivelse: "Private aksjeselskaper mv." },
  NUF: { kode: "1400", beskrivelse: "Utenlandske foretak" },
  KOMM: { kode: "6500", beskrivelse: "Kommuneforvaltningen" },
  ORGL: { kode: "6100", beskrivelse: "Statsforvaltningen" },
  SAM: { kode: "8500", beskrivelse: "Private konsumentorienterte organisasjoner uten profitt" },
  ESEK: { kode: "8500", beskrivelse: "Private konsumentorienterte organisasjoner uten profitt" },
  BA: { kode: "2100", beskrivelse: "Private aksjeselskaper mv." },
  STAT: { kode: "6100", beskrivelse: "Statsforvaltningen" },
};

/** Role types (kode → beskrivelse). */
export const ROLLETYPER: Readonly<Record<string, string>> = {
  ADOS: "Administrativ enhet - offentlig sektor",
  BEST: "Bestyrende reder",
  DAGL: "Daglig leder",
  DTPR: "Deltaker med delt ansvar",
  DTSO: "Deltaker med solidarisk ansvar",
  INNH: "Innehaver",
  KONT: "Kontaktperson",
  LEDE: "Styrets leder",
  MEDL: "Styremedlem",
  NEST: "Nestleder",
  OBS: "Observatør",
  REGN: "Regnskapsfører",
  REPR: "Norsk representant for utenlandsk enhet",
  REVI: "Revisor",
  VARA: "Varamedlem",
};

/** Role group types (kode → beskrivelse). */
export const ROLLEGRUPPETYPER: Readonly<Record<string, string>> = {
  DAGL: "Daglig leder/ adm.direktør",
  DELT: "Deltakere",
  INNH: "Innehaver",
  KONT: "Kontaktperson",
  REGN: "Regnskapsfører",
  REPR: "Norsk representant for utenlandsk enhet",
  REVI: "Revisor",
  STYR: "Styre",
};

/** Representanter (kode → beskrivelse). */
export const REPRESENTANTER: Readonly<Record<string, string>> = {
  "A-AK": "Representant for A-aksjonærene",
  "B-AK": "Representant for B-aksjonærene",
  "C-AK": "Representant for C-aksjonærene",
  AAST: "Representant for de ansatte",
};

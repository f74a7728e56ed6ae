import type { UiLanguage } from "./language";

/**
 * Display names for the API fields the pane shows (the API name stays in formulas and as the
 * tooltip). Names not listed are made readable from their camelCase and dotted parts, so no
 * label ever reads `forretningsadresse.kommunenummer`.
 */
const LABELS: Readonly<Record<string, readonly [nb: string, en: string]>> = {
  organisasjonsnummer: ["Organisasjonsnummer", "Organisation number"],
  navn: ["Navn", "Name"],
  organisasjonsform: ["Organisasjonsform", "Organisation form"],
  "organisasjonsform.kode": ["Organisasjonsform (kode)", "Organisation form (code)"],
  "organisasjonsform.beskrivelse": ["Organisasjonsform", "Organisation form"],
  forretningsadresse: ["Forretningsadresse", "Business address"],
  "forretningsadresse.kommunenummer": ["Kommunenummer (forretningsadresse)", "Municipality number (business address)"],
  "forretningsadresse.kommune": ["Kommune (forretningsadresse)", "Municipality (business address)"],
  beliggenhetsadresse: ["Beliggenhetsadresse", "Location address"],
  postadresse: ["Postadresse", "Postal address"],
  kommunenummer: ["Kommunenummer", "Municipality number"],
  adresse: ["Adresse", "Address"],
  naering: ["Næring", "Industry"],
  naeringskode1: ["Næringskode", "Industry code"],
  "naeringskode1.kode": ["Næringskode", "Industry code"],
  antallAnsatte: ["Antall ansatte", "Employees"],
  status: ["Status", "Status"],
  konkurs: ["Konkurs", "Bankrupt"],
  underAvvikling: ["Under avvikling", "Being wound up"],
  hjemmeside: ["Hjemmeside", "Website"],
  stiftelsesdato: ["Stiftelsesdato", "Date founded"],
  registreringsdatoEnhetsregisteret: ["Registrert i Enhetsregisteret", "Registered in Enhetsregisteret"],
  overordnetEnhet: ["Overordnet enhet", "Parent entity"],
  code: ["Kode", "Code"],
  parentCode: ["Overordnet kode", "Parent code"],
  level: ["Nivå", "Level"],
  name: ["Navn", "Name"],
  shortName: ["Kortnavn", "Short name"],
  presentationName: ["Visningsnavn", "Presentation name"],
  validFrom: ["Gyldig fra", "Valid from"],
  validTo: ["Gyldig til", "Valid to"],
  notes: ["Merknader", "Notes"],
  sourceCode: ["Fra-kode", "Source code"],
  sourceName: ["Fra-navn", "Source name"],
  targetCode: ["Til-kode", "Target code"],
  targetName: ["Til-navn", "Target name"],
};

/** "registreringsdatoEnhetsregisteret" → "registreringsdato enhetsregisteret". */
function words(part: string): string {
  return part.replace(/([a-zæøå])([A-ZÆØÅ])/g, "$1 $2").toLowerCase();
}

/**
 * The label people read for an API field name.
 *
 * @example fieldLabel("forretningsadresse.kommunenummer", "nb") // "Kommunenummer (forretningsadresse)"
 * @example fieldLabel("kapital.belop", "nb") // "Belop (kapital)"
 */
export function fieldLabel(name: string, language: UiLanguage): string {
  const known = LABELS[name];
  if (known) return language === "nb" ? known[0] : known[1];
  const parts = name.split(".").map(words);
  const last = parts.pop() ?? name;
  const text = parts.length ? `${last} (${parts.join(", ")})` : last;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

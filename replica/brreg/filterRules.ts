/**
 * The documented validation rules of `enheter` and `underenheter` search parameters, as the real
 * service checks them: every invalid parameter becomes one `valideringsfeil` entry of a 400.
 * (Filtering itself is in ./search.ts.)
 */
import type { UnitRecord } from "./model";
import { isNineDigits } from "./orgnr";
import type { Valideringsfeil } from "./reply";

const SORT_COMMON = [
  "navn",
  "organisasjonsnummer",
  "overordnetEnhet",
  "organisasjonsform.kode",
  "antallAnsatte",
  "hjemmeside",
  "postadresse.kommune",
  "postadresse.kommunenummer",
  "registreringsdatoEnhetsregisteret",
  "registrertIMvaregisteret",
  "naeringskode1.kode",
  "naeringskode2.kode",
  "naeringskode3.kode",
  "hjelpeenhetskode.kode",
];

/** Sortable fields per register, from the API documentation's tables. */
export const SORTABLE: Record<UnitRecord["kind"], ReadonlySet<string>> = {
  enhet: new Set([
    ...SORT_COMMON,
    "registrertIForetaksregisteret",
    "registrertIStiftelsesregisteret",
    "registrertIFrivillighetsregisteret",
    "forretningsadresse.kommune",
    "forretningsadresse.kommunenummer",
    "stiftelsesdato",
    "institusjonellSektorkode.kode",
    "konkurs",
    "underAvvikling",
    "underTvangsavviklingEllerTvangsopplosning",
  ]),
  underenhet: new Set([
    ...SORT_COMMON,
    "oppstartsdato",
    "nedleggelsesdato",
    "datoEierskifte",
    "slettedato",
    "beliggenhetsadresse.kommune",
    "beliggenhetsadresse.kommunenummer",
  ]),
};

const FOUR_DIGIT_LISTS: Record<UnitRecord["kind"], readonly string[]> = {
  enhet: [
    "kommunenummer",
    "postadresse.kommunenummer",
    "postadresse.postnummer",
    "forretningsadresse.kommunenummer",
    "forretningsadresse.postnummer",
    "institusjonellSektorkode",
  ],
  underenhet: [
    "kommunenummer",
    "postadresse.kommunenummer",
    "postadresse.postnummer",
    "beliggenhetsadresse.kommunenummer",
    "beliggenhetsadresse.postnummer",
  ],
};

const BOOLEANS: Record<UnitRecord["kind"], readonly string[]> = {
  enhet: [
    "konkurs",
    "registrertIMvaregisteret",
    "registrertIForetaksregisteret",
    "registrertIStiftelsesregisteret",
    "registrertIFrivillighetsregisteret",
    "registrertIPartiregisteret",
    "underTvangsavviklingEllerTvangsopplosning",
    "underAvvikling",
    "underKonkursbehandling",
  ],
  underenhet: ["registrertIMvaregisteret"],
};

const DATE_PARTS: Record<UnitRecord["kind"], readonly string[]> = {
  enhet: [
    "RegistreringsdatoEnhetsregisteret",
    "Stiftelsesdato",
    "RegistreringsdatoMerverdiavgiftsregisteret",
    "RegistreringsdatoForetaksregisteret",
    "RegistreringsdatoFrivillighetsregisteret",
    "RegistreringsdatoPartiregisteret",
  ],
  underenhet: [
    "RegistreringsdatoEnhetsregisteret",
    "Oppstartsdato",
    "DatoEierskifte",
    "Nedleggelsesdato",
    "RegistreringsdatoMerverdiavgiftsregisteret",
  ],
};

function list(v: string): string[] {
  return v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * Every documented rule a search parameter breaks, in the API's `valideringsfeil` form:
 * navn 1–180 characters; navnMetodeForSoek only FORTLOEPENDE; organisasjonsnummer 9 digits each and
 * at most `maxOrgnr`; overordnetEnhet 9 digits; fraAntallAnsatte 0, 1 or above 4; tilAntallAnsatte
 * 0, 4 or above 4; booleans true/false; dates yyyy-MM-dd; 4-digit codes; 4-digit years; sort on a
 * documented field with ASC/DESC.
 */
export function filterErrors(q: URLSearchParams, kind: UnitRecord["kind"], maxOrgnr: number): Valideringsfeil[] {
  const feil: Valideringsfeil[] = [];
  const bad = (feilmelding: string, param: string, value: string): void => {
    feil.push({ feilmelding, parametere: [param], feilaktigVerdi: value });
  };
  const navn = q.get("navn");
  if (navn !== null && (navn.length < 1 || navn.length > 180)) bad("Navn må være mellom 1 og 180 tegn", "navn", navn);
  const metode = q.get("navnMetodeForSoek");
  if (metode !== null && metode !== "FORTLOEPENDE")
    bad("Den eneste støttede verdien for navnMetodeForSoek er FORTLOEPENDE", "navnMetodeForSoek", metode);
  const orgnrs = q.get("organisasjonsnummer");
  if (orgnrs !== null) {
    const nrs = list(orgnrs);
    for (const n of nrs)
      if (!isNineDigits(n))
        bad("Organisasjonsnummer må være et nummer med nøyaktig 9 siffer", "organisasjonsnummer", n);
    if (nrs.length > maxOrgnr)
      bad(`Antall organisasjonsnummer kan ikke overstige ${maxOrgnr}`, "organisasjonsnummer", String(nrs.length));
  }
  const over = q.get("overordnetEnhet");
  if (over !== null && !isNineDigits(over))
    bad("Organisasjonsnummer må være et nummer med nøyaktig 9 siffer", "overordnetEnhet", over);
  const fra = q.get("fraAntallAnsatte");
  if (fra !== null && !(/^\d+$/.test(fra) && (Number(fra) <= 1 || Number(fra) > 4)))
    bad("Minste antall ansatte må være 0, 1 eller større enn 4", "fraAntallAnsatte", fra);
  const til = q.get("tilAntallAnsatte");
  if (til !== null && !(/^\d+$/.test(til) && (Number(til) === 0 || Number(til) >= 4)))
    bad("Største antall ansatte må være 0, 4 eller over 4", "tilAntallAnsatte", til);
  for (const name of BOOLEANS[kind]) {
    const v = q.get(name);
    if (v !== null && v !== "true" && v !== "false") bad(`${name} må være true eller false`, name, v);
  }
  for (const part of DATE_PARTS[kind])
    for (const name of [`fra${part}`, `til${part}`]) {
      const v = q.get(name);
      if (v !== null && !isIsoDate(v)) bad(`${name} må være en dato på formen yyyy-MM-dd`, name, v);
    }
  for (const name of FOUR_DIGIT_LISTS[kind]) {
    const v = q.get(name);
    if (v === null) continue;
    for (const item of list(v)) if (!/^\d{4}$/.test(item)) bad(`${name} må være 4 siffer`, name, item);
  }
  const aar = kind === "enhet" ? q.get("sisteInnsendteAarsregnskap") : null;
  if (aar !== null)
    for (const item of list(aar))
      if (!/^\d{4}$/.test(item))
        bad("sisteInnsendteAarsregnskap må være årstall med 4 siffer", "sisteInnsendteAarsregnskap", item);
  const sort = q.get("sort");
  if (sort !== null && sort !== "") {
    const [f = "", dir = "ASC", ...rest] = sort.split(",").map((s) => s.trim());
    if (!SORTABLE[kind].has(f) || !/^(asc|desc)$/i.test(dir) || rest.length > 0)
      bad(`Ugyldig sortering: ${sort}`, "sort", sort);
  }
  return feil;
}

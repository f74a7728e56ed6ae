/**
 * Generated enheter and underenheter, deterministic from the seed: valid numbers, addresses in
 * current municipalities, næringskoder from SN2007, and a share of units in each special state
 * (deleted, removed, bankrupt, under avvikling, under tvangsavvikling, foreign address).
 */
import { RawNumber } from "../util/json";
import { dateBetween, intBetween, mulberry32, pick, pickWeighted, type Random } from "../util/prng";
import { ORGANISASJONSFORMER, SEKTOR } from "./codeLists";
import type { UnitRecord } from "./model";
import { companyName, foreignAddress, norwegianAddress, selfLinks, wrap, type Kommune } from "./parts";
import { NAERINGSKODER } from "./words";
import { orgnrFactory } from "./orgnr";

const FORMS = ["AS", "ENK", "FLI", "ANS", "DA", "STI", "SA", "NUF", "ESEK", "ASA"];
const FORM_WEIGHTS = [52, 25, 9, 2, 2, 2, 1, 2, 4, 0];

// Sub-objects that are equal across units are shared: records are never edited in place
// (mutations copy), and sharing halves the garbage made while generating 31 500 units.
const forms = new Map<string, Record<string, unknown>>();
function orgform(kode: string): Record<string, unknown> {
  let o = forms.get(kode);
  if (!o) {
    const f = ORGANISASJONSFORMER.find((x) => x.kode === kode);
    o = { kode, beskrivelse: f?.beskrivelse ?? kode, _links: selfLinks(`/organisasjonsformer/${kode}`) };
    forms.set(kode, o);
  }
  return o;
}

/** Special states, drawn once per unit. */
type State = "active" | "deleted" | "removed" | "konkurs" | "avvikling" | "tvang";

function drawState(r: Random): State {
  return pickWeighted<State>(
    r,
    ["active", "deleted", "removed", "konkurs", "avvikling", "tvang"],
    [930, 25, 5, 18, 15, 7],
  );
}

function enhet(
  r: Random,
  orgnr: string,
  form: string,
  kommuner: readonly Kommune[],
  state: State,
  foreign: boolean,
): UnitRecord {
  const k = pick(r, kommuner);
  const reg = dateBetween(r, 1995, 2025);
  const nace = pick(r, NAERINGSKODER);
  const ansatte = r() < 0.55;
  const mva = r() < 0.6;
  const j: Record<string, unknown> = {
    organisasjonsnummer: orgnr,
    navn: companyName(r, form),
    organisasjonsform: orgform(form),
  };
  if (r() < 0.15) j.hjemmeside = `www.${orgnr}.example.no`;
  if (r() < 0.4) j.postadresse = norwegianAddress(r, k, [`Postboks ${intBetween(r, 1, 9999)}`]);
  j.registreringsdatoEnhetsregisteret = reg;
  j.registrertIMvaregisteret = mva;
  j.naeringskode1 = nace;
  if (r() < 0.1) j.naeringskode2 = pick(r, NAERINGSKODER);
  if (ansatte)
    j.antallAnsatte = pickWeighted(r, [1, 2, 4, 7, 12, 25, 60, 250, 1200], [20, 15, 15, 15, 12, 10, 7, 4, 2]);
  j.harRegistrertAntallAnsatte = ansatte;
  if (mva) j.registreringsdatoMerverdiavgiftsregisteret = reg;
  if (ansatte) j.registreringsdatoAntallAnsatteEnhetsregisteret = "2026-03-12";
  if (r() < 0.3)
    j.telefon = `${intBetween(r, 21, 99)} ${intBetween(r, 10, 99)} ${intBetween(r, 10, 99)} ${intBetween(r, 10, 99)}`;
  j.forretningsadresse = foreign ? foreignAddress(r) : norwegianAddress(r, k);
  j.stiftelsesdato = reg;
  j.institusjonellSektorkode = SEKTOR[form] ?? SEKTOR.AS;
  j.registrertIForetaksregisteret = form !== "FLI" && form !== "ESEK";
  j.registrertIStiftelsesregisteret = form === "STI";
  j.registrertIFrivillighetsregisteret = form === "FLI" && r() < 0.5;
  if (form === "AS" || form === "ASA") j.sisteInnsendteAarsregnskap = String(intBetween(r, 2019, 2024));
  j.konkurs = state === "konkurs";
  if (state === "konkurs") j.konkursdato = dateBetween(r, 2023, 2025);
  j.underAvvikling = state === "avvikling";
  if (state === "avvikling") j.underAvviklingDato = dateBetween(r, 2023, 2025);
  j.underTvangsavviklingEllerTvangsopplosning = state === "tvang";
  if (state === "tvang") j.tvangsopplostPgaManglendeRevisorDato = dateBetween(r, 2023, 2025);
  j.maalform = r() < 0.93 ? "Bokmål" : "Nynorsk";
  if (form === "AS" || form === "ASA") {
    j.vedtektsdato = dateBetween(r, 2010, 2025);
    j.vedtektsfestetFormaal = wrap(
      `${nace.beskrivelse} og annen virksomhet i forbindelse med dette, herunder deltakelse i andre selskaper.`,
    );
  }
  j.aktivitet = wrap(`${nace.beskrivelse}.`);
  if (j.registrertIForetaksregisteret) j.registreringsdatoForetaksregisteret = reg;
  j.registrertIPartiregisteret = false;
  j.paategninger = [];
  j.erIKonsern = form === "ASA" || r() < 0.05;
  if (form === "AS" || form === "ASA") {
    const aksjer = form === "ASA" ? intBetween(r, 1_000_000, 500_000_000) : intBetween(r, 30, 30000);
    j.kapital = {
      belop: new RawNumber(`${form === "ASA" ? aksjer : aksjer * 10}.00`),
      antallAksjer: aksjer,
      type: "Aksjekapital",
      valuta: "NOK",
      innfortDato: j.vedtektsdato,
    };
  }
  j._links = selfLinks(`/enheter/${orgnr}`);
  j.respons_klasse = "Enhet";
  const status = state === "deleted" ? "deleted" : state === "removed" ? "removed" : "active";
  const rec: UnitRecord = { orgnr, kind: "enhet", status, recorded: false, json: j };
  if (status !== "active") rec.slettedato = dateBetween(r, 2020, 2025);
  return rec;
}

function underenhet(r: Random, orgnr: string, parent: UnitRecord, kommuner: readonly Kommune[]): UnitRecord {
  const k = pick(r, kommuner);
  const p = parent.json;
  const ansatte = r() < 0.6;
  const j: Record<string, unknown> = {
    organisasjonsnummer: orgnr,
    navn: String(p.navn),
    // Non-business parents (associations) own AAFY units, the others BEDR.
    organisasjonsform: orgform((p.organisasjonsform as { kode: string }).kode === "FLI" ? "AAFY" : "BEDR"),
  };
  j.registreringsdatoEnhetsregisteret = dateBetween(r, 1995, 2025);
  j.registrertIMvaregisteret = p.registrertIMvaregisteret === true;
  j.naeringskode1 = p.naeringskode1;
  if (ansatte) j.antallAnsatte = intBetween(r, 1, 80);
  j.harRegistrertAntallAnsatte = ansatte;
  j.overordnetEnhet = parent.orgnr;
  j.oppstartsdato = j.registreringsdatoEnhetsregisteret;
  j.beliggenhetsadresse = norwegianAddress(r, k);
  j._links = {
    self: selfLinks(`/underenheter/${orgnr}`).self,
    overordnetEnhet: selfLinks(`/enheter/${parent.orgnr}`).self,
  };
  j.respons_klasse = "Underenhet";
  const rec: UnitRecord = { orgnr, kind: "underenhet", status: "active", recorded: false, json: j };
  const roll = r();
  if (roll < 0.02) {
    rec.status = "deleted";
    rec.slettedato = dateBetween(r, 2020, 2025);
  } else if (roll < 0.025) {
    rec.status = "removed";
    rec.slettedato = dateBetween(r, 2020, 2025);
  }
  return rec;
}

/** Generates `enheter` enheter (with `asa` of them ASA) and `underenheter` underenheter. */
export function generateUnits(
  seed: number,
  enheter: number,
  underenheter: number,
  asa: number,
  kommuner: readonly Kommune[],
  taken: Set<string>,
): UnitRecord[] {
  const r = mulberry32(seed);
  const nextOrgnr = orgnrFactory(r, taken);
  const out: UnitRecord[] = [];
  for (let i = 0; i < enheter; i++) {
    const form = i < asa ? "ASA" : pickWeighted(r, FORMS, FORM_WEIGHTS);
    const state = form === "ASA" ? "active" : drawState(r);
    out.push(enhet(r, nextOrgnr(), form, kommuner, state, form !== "ASA" && r() < 0.012));
  }
  const parents = out.filter((u) => u.status === "active");
  for (let i = 0; i < underenheter; i++) out.push(underenhet(r, nextOrgnr(), pick(r, parents), kommuner));
  return out;
}

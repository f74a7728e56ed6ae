/** Building blocks of generated units: addresses, dates, names, links. */
import { dateBetween, intBetween, pick, type Random } from "../util/prng";
import { FIRST_NAMES, LAST_NAMES, NAME_HEADS, NAME_TRADES, STREETS } from "./words";

/** The real base URL; rewritten to the replica's base when an answer is serialised. */
export const BRREG_REAL_BASE = "https://data.brreg.no/enhetsregisteret/api";

/** A municipality for addresses (uppercase name as Brreg writes it). */
export interface Kommune {
  nummer: string;
  navn: string;
}

/** `{ self: { href } }` below the Brreg base. */
export function selfLinks(path: string): { self: { href: string } } {
  return { self: { href: `${BRREG_REAL_BASE}${path}` } };
}

/** A Norwegian address object in Brreg's key order. */
export function norwegianAddress(r: Random, k: Kommune, lines?: string[]): Record<string, unknown> {
  const postnummer = String(intBetween(r, 1, 9990)).padStart(4, "0");
  return {
    land: "Norge",
    landkode: "NO",
    postnummer,
    poststed: k.navn,
    adresse: lines ?? [`${pick(r, STREETS)} ${intBetween(r, 1, 120)}`],
    kommune: k.navn,
    kommunenummer: k.nummer,
  };
}

const FOREIGN = [
  { land: "Sverige", landkode: "SE", poststed: "STOCKHOLM", postnummer: "111 52" },
  { land: "Danmark", landkode: "DK", poststed: "KØBENHAVN K", postnummer: "1050" },
  { land: "Tyskland", landkode: "DE", poststed: "BERLIN", postnummer: "10117" },
  { land: "Storbritannia", landkode: "GB", poststed: "LONDON", postnummer: "EC2V 7HH" },
];

/** A foreign address: no kommune or kommunenummer, as Brreg sends them. */
export function foreignAddress(r: Random): Record<string, unknown> {
  const f = pick(r, FOREIGN);
  return {
    land: f.land,
    landkode: f.landkode,
    postnummer: f.postnummer,
    poststed: f.poststed,
    adresse: [`${pick(r, STREETS)} ${intBetween(r, 1, 99)}`],
  };
}

/** A company name ending with its organisasjonsform where Brreg names carry it. */
export function companyName(r: Random, form: string): string {
  if (form === "ENK")
    return `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)} ${pick(r, NAME_TRADES).toLowerCase()}`.toUpperCase();
  // ASA names sort after the recorded "AGILYX ASA" so the recorded first page stays first.
  const heads = form === "ASA" ? NAME_HEADS.filter((h) => h > "AH") : NAME_HEADS;
  const base = `${pick(r, heads)} ${pick(r, NAME_TRADES)}`;
  if (form === "AS" || form === "ASA" || form === "SA" || form === "DA" || form === "ANS") return `${base} ${form}`;
  if (form === "STI") return `STIFTELSEN ${base}`;
  return base;
}

/** An invented person: birth date and name. */
export function person(r: Random): {
  fodselsdato: string;
  navn: { fornavn: string; etternavn: string };
  erDoed: boolean;
} {
  return {
    fodselsdato: dateBetween(r, 1940, 2002),
    navn: { fornavn: pick(r, FIRST_NAMES), etternavn: pick(r, LAST_NAMES) },
    erDoed: false,
  };
}

const wrapped = new Map<string, string[]>();

/**
 * Wraps long text into lines of at most 70 characters, as Brreg stores vedtektsfestetFormaal.
 * The arrays are cached and shared, so callers must not modify them.
 */
export function wrap(text: string): string[] {
  const hit = wrapped.get(text);
  if (hit) return hit;
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + w.length + 1 > 70) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  wrapped.set(text, lines);
  return lines;
}

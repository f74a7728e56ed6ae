/**
 * Filtering, sorting and paging of `enheter` and `underenheter` searches, with the validation
 * rules of the real service (every documented filter rule in ./filterRules.ts; (page+1)*size ≤ 10000).
 */
import type { UnitRecord } from "./model";
import { field } from "./model";
import { filterErrors } from "./filterRules";
import { BrregValidationError, type Valideringsfeil } from "./reply";

/** Default maximum number of organisasjonsnummer in one list (the documented limit). */
export const DEFAULT_MAX_ORGNR = 2000;
const MAX_RESULT_WINDOW = 10000;

const BOOLEANS = [
  "konkurs",
  "underAvvikling",
  "underTvangsavviklingEllerTvangsopplosning",
  "registrertIMvaregisteret",
  "registrertIForetaksregisteret",
  "registrertIStiftelsesregisteret",
  "registrertIFrivillighetsregisteret",
  "registrertIPartiregisteret",
];

type Pred = (u: UnitRecord) => boolean;

function list(v: string): string[] {
  return v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Builds the predicate list; collects every invalid parameter like the real API. */
/** The filters as predicates; values are valid (./filterRules.ts checked them first). */
function predicates(q: URLSearchParams, kind: UnitRecord["kind"]): Pred[] {
  const preds: Pred[] = [];
  const navn = q.get("navn");
  if (navn !== null) {
    const needle = navn.toLowerCase();
    preds.push((u) => String(u.json.navn).toLowerCase().includes(needle));
  }
  const orgnrs = q.get("organisasjonsnummer");
  if (orgnrs !== null) {
    const nrs = list(orgnrs);
    const set = new Set(nrs);
    preds.push((u) => set.has(u.orgnr));
  }
  const over = q.get("overordnetEnhet");
  if (over !== null) {
    preds.push((u) => u.json.overordnetEnhet === over);
  }
  const addr = kind === "enhet" ? "forretningsadresse" : "beliggenhetsadresse";
  const kommuner = q.get("kommunenummer");
  if (kommuner !== null) {
    const set = new Set(list(kommuner));
    preds.push(
      (u) =>
        set.has(String(field(u.json, `${addr}.kommunenummer`))) ||
        set.has(String(field(u.json, "postadresse.kommunenummer"))),
    );
  }
  for (const a of ["forretningsadresse", "beliggenhetsadresse", "postadresse"]) {
    const v = q.get(`${a}.kommunenummer`);
    if (v !== null) {
      const set = new Set(list(v));
      preds.push((u) => set.has(String(field(u.json, `${a}.kommunenummer`))));
    }
  }
  const nace = q.get("naeringskode");
  if (nace !== null) {
    const codes = list(nace);
    preds.push((u) =>
      ["naeringskode1", "naeringskode2", "naeringskode3"].some((n) => {
        const k = field(u.json, `${n}.kode`);
        return typeof k === "string" && codes.some((c) => k.startsWith(c));
      }),
    );
  }
  const forms = q.get("organisasjonsform");
  if (forms !== null) {
    const set = new Set(list(forms));
    preds.push((u) => set.has(String(field(u.json, "organisasjonsform.kode"))));
  }
  const sektor = q.get("institusjonellSektorkode");
  if (sektor !== null) {
    const set = new Set(list(sektor));
    preds.push((u) => set.has(String(field(u.json, "institusjonellSektorkode.kode"))));
  }
  for (const [name, cmp] of [
    ["fraAntallAnsatte", 1],
    ["tilAntallAnsatte", -1],
  ] as const) {
    const v = q.get(name);
    if (v === null) continue;
    const n = Number(v);
    preds.push((u) => {
      const a = typeof u.json.antallAnsatte === "number" ? u.json.antallAnsatte : 0;
      return cmp > 0 ? a >= n : a <= n;
    });
  }
  for (const name of BOOLEANS) {
    const v = q.get(name);
    if (v === null) continue;
    preds.push((u) => u.json[name] === (v === "true"));
  }
  const ukb = q.get("underKonkursbehandling");
  if (ukb === "true" || ukb === "false")
    preds.push(
      (u) =>
        (u.json.konkurs === true || u.json.underTvangsavviklingEllerTvangsopplosning === true) === (ukb === "true"),
    );
  for (const [name, path, cmp] of [
    ["fraStiftelsesdato", "stiftelsesdato", 1],
    ["tilStiftelsesdato", "stiftelsesdato", -1],
    ["fraRegistreringsdatoEnhetsregisteret", "registreringsdatoEnhetsregisteret", 1],
    ["tilRegistreringsdatoEnhetsregisteret", "registreringsdatoEnhetsregisteret", -1],
  ] as const) {
    const v = q.get(name);
    if (v === null) continue;
    preds.push((u) => {
      const d = u.json[path];
      return typeof d === "string" && (cmp > 0 ? d >= v : d <= v);
    });
  }
  const hjemmeside = q.get("hjemmeside");
  if (hjemmeside !== null) preds.push((u) => String(u.json.hjemmeside ?? "").includes(hjemmeside));
  return preds;
}

/** Result of a search: the page of units and the total. */
export interface SearchResult {
  items: UnitRecord[];
  total: number;
  page: number;
  size: number;
}

/** Runs a search over name-sorted active units; throws BrregValidationError with all problems. */
export function searchUnits(
  sorted: readonly UnitRecord[],
  q: URLSearchParams,
  kind: UnitRecord["kind"],
  maxOrgnr: number,
): SearchResult {
  const feil: Valideringsfeil[] = filterErrors(q, kind, maxOrgnr);
  const preds = predicates(q, kind);
  const pageText = q.get("page") ?? "0";
  const sizeText = q.get("size") ?? "20";
  const page = /^\d+$/.test(pageText) ? Number(pageText) : NaN;
  const size = /^\d+$/.test(sizeText) ? Number(sizeText) : NaN;
  if (Number.isNaN(page))
    feil.push({
      feilmelding: "Sidenummer må være et positivt heltall",
      parametere: ["page"],
      feilaktigVerdi: pageText,
    });
  if (Number.isNaN(size) || size < 1)
    feil.push({
      feilmelding: "Sidestørrelse må være et positivt heltall",
      parametere: ["size"],
      feilaktigVerdi: sizeText,
    });
  if (!Number.isNaN(page) && !Number.isNaN(size) && (page + 1) * size > MAX_RESULT_WINDOW) {
    feil.push({
      feilmelding: `(page+1)*size kan ikke være større enn ${MAX_RESULT_WINDOW}`,
      parametere: ["page", "size"],
      feilaktigVerdi: String((page + 1) * size),
    });
  }
  let sortField: string | undefined;
  let desc = false;
  const sort = q.get("sort");
  if (sort !== null && sort !== "") {
    const [f = "", dir = "ASC"] = sort.split(",").map((s) => s.trim());
    sortField = f;
    desc = /^desc$/i.test(dir);
  }
  if (feil.length > 0) throw new BrregValidationError(feil);
  let hits = preds.length === 0 ? [...sorted] : sorted.filter((u) => preds.every((p) => p(u)));
  if (sortField) {
    const f = sortField;
    hits = hits.sort((a, b) => {
      const x = field(a.json, f);
      const y = field(b.json, f);
      if (x === y) return 0;
      if (x === undefined || x === null) return 1;
      if (y === undefined || y === null) return -1;
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : 1;
      return desc ? -c : c;
    });
  }
  return { items: hits.slice(page * size, page * size + size), total: hits.length, page, size };
}

/**
 * The immutable generated data set, cached per (seed, counts) so several replicas in one test
 * process share it; stores copy the maps and replace records on mutation instead of editing them.
 */
import { buildMunicipalityVersions } from "../klass/municipalities131";
import { mulberry32, dateBetween } from "../util/prng";
import type { Oppdatering, UnitRecord } from "./model";
import { generateUnits } from "./generate";
import { recordedRoles, recordedUnits } from "./recorded";
import type { Kommune } from "./parts";

/** What a store starts from. */
export interface BaseData {
  units: readonly UnitRecord[];
  kommuner: readonly Kommune[];
  oppdateringer: { enhet: readonly Oppdatering[]; underenhet: readonly Oppdatering[] };
  recordedRoles: ReadonlyMap<string, Record<string, unknown>>;
}

const cache = new Map<string, BaseData>();

/** Brreg's spelling of a municipality: the Norwegian part of bilingual names, in capitals. */
function brregName(name: string): string {
  const parts = name.split(" - ");
  const norwegian = parts.find((p) => /^[A-Za-zÆØÅæøå .()-]+$/.test(p)) ?? parts[0] ?? name;
  return norwegian.replace(/ \(.*\)$/, "").toUpperCase();
}

/** Current municipalities (the 131 version valid today), without 9999. */
export function currentKommuner(): Kommune[] {
  const versions = buildMunicipalityVersions();
  const current = versions[versions.length - 1];
  return (current?.items ?? [])
    .filter((m) => m.code !== "9999")
    .map((m) => ({ nummer: m.code, navn: brregName(m.name) }));
}

const ASA_TOTAL = 219; // the recorded `organisasjonsform=ASA` search reported 219 hits

function history(seed: number, units: readonly UnitRecord[]): BaseData["oppdateringer"] {
  const r = mulberry32(seed + 1);
  const rows: Array<Omit<Oppdatering, "oppdateringsid"> & { kind: UnitRecord["kind"] }> = [];
  const at = (day: string): string =>
    `${day}T0${Math.floor(r() * 10)}:${String(Math.floor(r() * 60)).padStart(2, "0")}:${String(Math.floor(r() * 60)).padStart(2, "0")}.${String(Math.floor(r() * 1000)).padStart(3, "0")}Z`;
  for (const u of units) {
    const reg = String(u.json.registreringsdatoEnhetsregisteret ?? "2018-04-23");
    const first = reg < "2018-04-23" ? { t: "2018-04-23", e: "Ukjent" as const } : { t: reg, e: "Ny" as const };
    rows.push({ kind: u.kind, dato: at(first.t), organisasjonsnummer: u.orgnr, endringstype: first.e });
    if (r() < 0.2)
      rows.push({
        kind: u.kind,
        dato: at(dateBetween(r, 2024, 2025)),
        organisasjonsnummer: u.orgnr,
        endringstype: "Endring",
      });
    if (u.status !== "active" && u.slettedato) {
      rows.push({
        kind: u.kind,
        dato: at(u.slettedato),
        organisasjonsnummer: u.orgnr,
        endringstype: u.status === "removed" ? "Fjernet" : "Sletting",
      });
    }
  }
  rows.sort((a, b) => (a.dato < b.dato ? -1 : a.dato > b.dato ? 1 : 0));
  const out = { enhet: [] as Oppdatering[], underenhet: [] as Oppdatering[] };
  rows.forEach((row, i) =>
    out[row.kind].push({
      oppdateringsid: i + 1,
      dato: row.dato,
      organisasjonsnummer: row.organisasjonsnummer,
      endringstype: row.endringstype,
    }),
  );
  return out;
}

/** Builds (or returns the cached) base data. */
export function baseData(seed: number, enheter: number, underenheter: number): BaseData {
  const key = `${seed}/${enheter}/${underenheter}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const kommuner = currentKommuner();
  const recorded = recordedUnits();
  const taken = new Set(recorded.map((u) => u.orgnr));
  const recordedAsa = recorded.filter((u) => (u.json.organisasjonsform as { kode?: string }).kode === "ASA").length;
  const generated = generateUnits(seed, enheter, underenheter, Math.max(0, ASA_TOTAL - recordedAsa), kommuner, taken);
  const units = [...recorded, ...generated];
  const data: BaseData = { units, kommuner, oppdateringer: history(seed, units), recordedRoles: recordedRoles() };
  cache.set(key, data);
  return data;
}

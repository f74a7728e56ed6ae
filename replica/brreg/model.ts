/** The Brreg records held by the replica. */

/** A unit as stored: the served JSON (key order as served) plus its register state. */
export interface UnitRecord {
  orgnr: string;
  kind: "enhet" | "underenhet";
  status: "active" | "deleted" | "removed";
  slettedato?: string;
  /** True for the units copied from the recorded fixtures. */
  recorded: boolean;
  json: Record<string, unknown>;
}

/** One entry of `oppdateringer/enheter` or `oppdateringer/underenheter`. */
export interface Oppdatering {
  oppdateringsid: number;
  /** ISO instant with milliseconds and Z. */
  dato: string;
  organisasjonsnummer: string;
  endringstype: "Ukjent" | "Ny" | "Endring" | "Sletting" | "Fjernet";
}

/** Reads a dotted path (`organisasjonsform.kode`) from a unit. */
export function field(json: Record<string, unknown>, path: string): unknown {
  let v: unknown = json;
  for (const part of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

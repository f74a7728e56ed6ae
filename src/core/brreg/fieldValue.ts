import type { FieldSpec } from "./fieldCatalogue";
import type { CellScalar } from "../resultGrid";
import { unitStatus } from "./status";
import type { BrregAdresse, BrregUnit } from "./types";

/*
 * One field of one unit as one cell. A field the unit lacks (the API leaves optional fields
 * out) is an empty cell (""). Numbers stay numbers (kapital.belop 6392018780.00 → 6392018780),
 * booleans TRUE/FALSE, dates the API's ISO text. The joining of arrays is chosen per kind in
 * ./fieldCatalogue.ts.
 */

/** The cell for a field the unit lacks: empty text, which Excel shows as an empty cell. */
const EMPTY = "";

/** Split paths, kept: readPath runs per cell and field, over the few dozen names of the catalogue. */
const pathParts = new Map<string, readonly string[]>();

/** The value at a dotted path, or undefined. */
function readPath(unit: BrregUnit, path: string): unknown {
  let parts = pathParts.get(path);
  if (parts === undefined) {
    parts = path.split(".");
    if (pathParts.size < 1000) pathParts.set(path, parts);
  }
  let value: unknown = unit;
  for (const part of parts) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return typeof value === "string" ? [value] : [];
  return value
    .map((item: unknown) =>
      typeof item === "string"
        ? item
        : typeof (item as { tekst?: unknown })?.tekst === "string"
          ? String((item as { tekst: string }).tekst)
          : "",
    )
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** "Forusbeen 50, 4035 STAVANGER" (the country is added for addresses abroad). */
function addressLine(address: BrregAdresse | undefined): string {
  if (!address) return EMPTY;
  const parts = strings(address.adresse);
  const place = [address.postnummer, address.poststed].filter((p) => typeof p === "string" && p !== "").join(" ");
  if (place !== "") parts.push(place);
  if (address.landkode && address.landkode !== "NO" && address.land) parts.push(address.land);
  return parts.join(", ");
}

/** A code object as one cell: "kode beskrivelse" (e.g. "06.100 Utvinning av råolje"), or "". */
function codeAndDescription(value: unknown): string {
  const code = value as { kode?: unknown; beskrivelse?: unknown } | undefined;
  if (!code || typeof code !== "object") return EMPTY;
  return [code.kode, code.beskrivelse].filter((p) => typeof p === "string" && p !== "").join(" ");
}

/** The address a unit is found at: forretningsadresse (hovedenhet) or beliggenhetsadresse (underenhet). */
function placeOf(unit: BrregUnit): BrregAdresse | undefined {
  return unit.forretningsadresse ?? unit.beliggenhetsadresse;
}

function convenience(unit: BrregUnit, name: string, deleted: boolean): CellScalar {
  switch (name) {
    case "adresse":
      return addressLine(placeOf(unit));
    case "kommunenummer":
      return placeOf(unit)?.kommunenummer ?? EMPTY;
    case "naering":
      return codeAndDescription(unit.naeringskode1);
    case "status":
      return unitStatus(unit, deleted);
    default:
      return EMPTY;
  }
}

function scalar(value: unknown): CellScalar {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : EMPTY;
  if (Array.isArray(value)) return strings(value).join("\n");
  return EMPTY;
}

/** The cell for `field` of `unit`; `deleted` marks a deleted unit (its status is "Slettet …"). */
export function fieldValue(unit: BrregUnit, field: FieldSpec, deleted = false): CellScalar {
  if (field.kind === "convenience") return convenience(unit, field.name, deleted);
  // Roles and the parent's fields are not part of a unit's record: ./unitGrid.ts looks them up.
  if (field.kind === "role" || field.kind === "parent") return EMPTY;
  const value = readPath(unit, field.name);
  if (value === undefined || value === null) return EMPTY;
  switch (field.kind) {
    case "number": {
      // A fetch layer that keeps decimals exact may hand us "6392018780.00": still a number here.
      const n = typeof value === "string" ? Number(value) : value;
      return typeof n === "number" && Number.isFinite(n) ? n : scalar(value);
    }
    case "code":
      return codeAndDescription(value);
    case "address":
      return addressLine(value as BrregAdresse);
    case "lines":
      return strings(value).join(", ");
    case "paragraph":
      return strings(value).join(" ");
    case "list":
      return strings(value).join("\n");
    default:
      return scalar(value);
  }
}

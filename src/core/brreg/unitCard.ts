import type { CellScalar } from "../resultGrid";
import { findField, type FieldKind } from "./fieldCatalogue";
import { fieldValue } from "./fieldValue";
import type { BrregUnit } from "./types";

/** The fields a unit's card shows, in this order (API names; the pane labels them). */
const CARD_FIELDS = [
  "organisasjonsnummer",
  "status",
  "organisasjonsform",
  "adresse",
  "kommunenummer",
  "naering",
  "antallAnsatte",
  "stiftelsesdato",
  "hjemmeside",
];

/**
 * A unit's card as name/kind/value, each value as a cell would hold it (BRREG.ENHET's rules; the
 * pane formats numbers and dates for its language); empty values are left out, so the card
 * lists what the register holds.
 */
export function unitCardFields(
  unit: BrregUnit,
): Array<{ readonly name: string; readonly kind: FieldKind; readonly value: CellScalar }> {
  const out: Array<{ name: string; kind: FieldKind; value: CellScalar }> = [];
  for (const name of CARD_FIELDS) {
    const spec = findField(name);
    if (!spec) continue;
    const value = fieldValue(unit, spec);
    if (value === "") continue;
    out.push({ name, kind: spec.kind, value });
  }
  return out;
}

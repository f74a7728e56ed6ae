import { NotFoundError } from "../errors";
import type { BrregUnit, UnitLookup } from "./types";

/*
 * BRREG.STATUS: one word (and a date where the register has one) for the state of a unit.
 * Precedence follows severity: a deleted unit is "Slettet" whatever else it says; a bankrupt one
 * "Konkurs" even while it is also being wound up.
 */

/** The words BRREG.STATUS answers with (a date follows Slettet and Nedlagt where known). */
const STATUS = {
  active: "Aktiv",
  deleted: "Slettet",
  bankrupt: "Konkurs",
  forcedDissolution: "Under tvangsavvikling",
  dissolution: "Under avvikling",
  closed: "Nedlagt",
  removed: "Fjernet",
} as const;

function withDate(word: string, date: unknown): string {
  return typeof date === "string" && date !== "" ? `${word} ${date}` : word;
}

/** A unit's state by its own fields, most severe first (BRREG.STATUS's words and the workbook check read it). */
export type UnitState = "active" | "deleted" | "bankrupt" | "forced-dissolution" | "dissolution" | "closed";

/** The state of a unit's own fields (a found or deleted unit), with the date the register gives for it. */
export function unitState(unit: BrregUnit, deleted = false): { readonly state: UnitState; readonly date?: string } {
  if (deleted || typeof unit.slettedato === "string")
    return { state: "deleted", ...(typeof unit.slettedato === "string" ? { date: unit.slettedato } : {}) };
  if (unit.konkurs === true) return { state: "bankrupt" };
  if (unit.underTvangsavviklingEllerTvangsopplosning === true) return { state: "forced-dissolution" };
  if (unit.underAvvikling === true) return { state: "dissolution" };
  // An underenhet that has closed down but is not (yet) deleted: saying "Aktiv" would be wrong.
  if (typeof unit.nedleggelsesdato === "string" && unit.nedleggelsesdato !== "")
    return { state: "closed", date: unit.nedleggelsesdato };
  return { state: "active" };
}

const WORDS: Readonly<Record<UnitState, string>> = {
  active: STATUS.active,
  deleted: STATUS.deleted,
  bankrupt: STATUS.bankrupt,
  "forced-dissolution": STATUS.forcedDissolution,
  dissolution: STATUS.dissolution,
  closed: STATUS.closed,
};

/** The status of a unit's own fields (a found or deleted unit). */
export function unitStatus(unit: BrregUnit, deleted = false): string {
  const { state, date } = unitState(unit, deleted);
  return withDate(WORDS[state], date);
}

/**
 * The status of any look-up: "Fjernet" for a unit removed from the open data (410), and a
 * NotFoundError (#N/A) for a number that was never registered.
 *
 * @example lookupStatus({ state: "deleted", unit: { …, slettedato: "2024-11-26" } }) → "Slettet 2024-11-26"
 */
export function lookupStatus(lookup: UnitLookup): string {
  switch (lookup.state) {
    case "found":
      return unitStatus(lookup.unit);
    case "deleted":
      return unitStatus(lookup.unit, true);
    case "removed":
      return STATUS.removed;
    case "not-registered":
      throw notRegistered(lookup.orgnr, undefined, lookup.unchecked);
  }
}

/** The #N/A for a valid number that is in neither register (or not in the one asked for). */
export function notRegistered(
  orgnr: string,
  register?: "enheter" | "underenheter",
  unchecked?: boolean,
): NotFoundError {
  const where =
    register === "underenheter"
      ? " as an underenhet (use BRREG.ENHET for a hovedenhet)"
      : register === "enheter"
        ? " as a hovedenhet"
        : "";
  // Unchecked: absent from the lists, which leave deleted units out, and not asked for singly.
  const message = unchecked
    ? `${orgnr} is not a current unit in Enhetsregisteret${where} (not registered, or deleted)`
    : `${orgnr} is not registered in Enhetsregisteret${where}`;
  return new NotFoundError(message, { api: "brreg" });
}

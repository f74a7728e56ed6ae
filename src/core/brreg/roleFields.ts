import type { CellScalar } from "../resultGrid";
import { flattenRoller } from "./roller";
import type { BrregRollegruppe } from "./types";

/*
 * Role fields of BRREG.ENHET and Enrich: one cell per unit from its `enheter/{orgnr}/roller`
 * answer. Only current roles count (not fratrådt or avregistrert). A person's name is written as
 * the register gives it ("Fornavn Mellomnavn Etternavn"); a role held by a unit gives the unit's
 * name, and its number in the `.organisasjonsnummer` field. Several holders of one role (two
 * kontaktpersoner, say) are joined one per line, as list fields are. A unit without the role
 * gives an empty cell; `harRevisor` is TRUE or FALSE.
 */

/** What a role field reads: the holders' names, their numbers, how many there are, or whether there is one. */
type RoleRead = "name" | "orgnr" | "count" | "has";

interface RoleField {
  /** The role codes the field reads (DAGL, LEDE, …). */
  readonly codes: readonly string[];
  readonly read: RoleRead;
}

/** Role field name → the role codes and what is read. Names are matched case-insensitively (./fieldCatalogue.ts). */
export const ROLE_FIELDS: ReadonlyMap<string, RoleField> = new Map<string, RoleField>([
  ["dagligLeder", { codes: ["DAGL"], read: "name" }],
  ["styreleder", { codes: ["LEDE"], read: "name" }],
  ["nestleder", { codes: ["NEST"], read: "name" }],
  ["styremedlemmer", { codes: ["MEDL"], read: "name" }],
  ["styremedlemmer.antall", { codes: ["MEDL"], read: "count" }],
  ["revisor", { codes: ["REVI"], read: "name" }],
  ["revisor.organisasjonsnummer", { codes: ["REVI"], read: "orgnr" }],
  ["regnskapsforer", { codes: ["REGN"], read: "name" }],
  ["regnskapsforer.organisasjonsnummer", { codes: ["REGN"], read: "orgnr" }],
  ["kontaktperson", { codes: ["KONT"], read: "name" }],
  ["harRevisor", { codes: ["REVI"], read: "has" }],
]);

/** Flattened roles per answer: a column of fields over the same unit flattens its roles once. */
const flattened = new WeakMap<readonly BrregRollegruppe[], ReturnType<typeof flattenRoller>>();

function rowsOf(grupper: readonly BrregRollegruppe[]): ReturnType<typeof flattenRoller> {
  let rows = flattened.get(grupper);
  if (rows === undefined) {
    rows = flattenRoller(grupper).filter((row) => !row.fratraadt);
    flattened.set(grupper, rows);
  }
  return rows;
}

/**
 * The cell of role field `name` for a unit's roles.
 *
 * @example roleValue(grupper, "styreleder") // → "Ove Olsen"
 * @example roleValue(grupper, "styremedlemmer.antall") // → 3
 * @example roleValue([], "harRevisor") // → false
 */
export function roleValue(grupper: readonly BrregRollegruppe[], name: string): CellScalar {
  const field = ROLE_FIELDS.get(name);
  if (field === undefined) return "";
  const holders = rowsOf(grupper).filter((row) => field.codes.includes(row.kode.toUpperCase()));
  switch (field.read) {
    case "count":
      return holders.length;
    case "has":
      return holders.length > 0;
    case "orgnr":
      return holders
        .filter((row) => row.enhet)
        .map((row) => row.identitet)
        .join("\n");
    case "name":
      return holders
        .map((row) => row.navn)
        .filter((navn) => navn !== "")
        .join("\n");
  }
}

/** The value a role field has when the unit has no roles at all (an underenhet, or no roles registered). */
export function noRoles(name: string): CellScalar {
  return roleValue([], name);
}

import { InvalidInputError, isNotFoundError, isRemovedError, NotFoundError, RemovedError } from "../errors";
import { isPromise, mapMaybe, type MaybePromise } from "../maybePromise";
import type { BrregData } from "./brregData";
import { nameList, singleValue } from "./args";
import type { CellScalar } from "../resultGrid";
import { normaliseOrgnr } from "./orgnr";
import type { BrregRolle, BrregRollegruppe } from "./types";

/*
 * BRREG.ROLLER: the roles of a unit as a table, one row per role, under a header row.
 * Columns: rollegruppe, rolle (code), rollebeskrivelse, navn, fødselsdato or orgnr, fratrådt.
 * A person is "Fornavn Mellomnavn Etternavn"; a unit holding a role (REVI, REGN, DTPR, …) has
 * its `navn` array joined with a space (the register splits long names over lines).
 * "Fratrådt" is the role's `fratraadt`, or else `avregistrert` (newer responses carry either or
 * both), else FALSE.
 */

/** The header row of BRREG.ROLLER's table. */
export const ROLLER_HEADER: readonly string[] = [
  "Rollegruppe",
  "Rolle",
  "Rollebeskrivelse",
  "Navn",
  "Fødselsdato/orgnr",
  "Fratrådt",
];

/** One role of one holder, flattened out of its rollegruppe. */
export interface RolleRow {
  /** The group's description, e.g. "Styre". */
  readonly rollegruppe: string;
  /** The group's code, e.g. "STYR" (a filter may name it). */
  readonly rollegruppekode: string;
  /** The role's code, e.g. "LEDE". */
  readonly kode: string;
  /** The role's description, e.g. "Styrets leder". */
  readonly beskrivelse: string;
  /** The holder: a person's full name, or a unit's name. */
  readonly navn: string;
  /** A person's fødselsdato (ISO), or a unit's organisasjonsnummer. */
  readonly identitet: string;
  /** TRUE when the holder has left the role. */
  readonly fratraadt: boolean;
  /** TRUE when the holder is a unit (its organisasjonsnummer is `identitet`). */
  readonly enhet: boolean;
}

function personName(rolle: BrregRolle): string {
  const navn = rolle.person?.navn;
  if (!navn) return "";
  return [navn.fornavn, navn.mellomnavn, navn.etternavn]
    .filter((p) => typeof p === "string" && p.trim() !== "")
    .join(" ");
}

function holder(rolle: BrregRolle): { navn: string; identitet: string } {
  if (rolle.person) return { navn: personName(rolle), identitet: rolle.person.fodselsdato ?? "" };
  if (rolle.enhet) {
    const navn = Array.isArray(rolle.enhet.navn) ? rolle.enhet.navn.join(" ") : String(rolle.enhet.navn ?? "");
    return { navn: navn.replace(/\s+/g, " ").trim(), identitet: rolle.enhet.organisasjonsnummer };
  }
  return { navn: "", identitet: "" };
}

/** Flatten rollegrupper to one row per role, in the register's order. */
export function flattenRoller(grupper: readonly BrregRollegruppe[]): RolleRow[] {
  return grupper.flatMap((gruppe) =>
    (gruppe.roller ?? []).map((rolle) => ({
      rollegruppe: gruppe.type.beskrivelse,
      rollegruppekode: gruppe.type.kode,
      kode: rolle.type.kode,
      beskrivelse: rolle.type.beskrivelse,
      ...holder(rolle),
      fratraadt: (rolle.fratraadt ?? rolle.avregistrert) === true,
      enhet: rolle.person === undefined && rolle.enhet !== undefined,
    })),
  );
}

/**
 * Role codes to keep, from a code, a comma list or a range (DAGL, LEDE, MEDL, REVI, …); a
 * rollegruppe code (STYR) keeps the whole group. Empty: keep all.
 */
function parseRoleFilter(arg: unknown): Set<string> {
  const codes = nameList(arg, "roles").map((c) => c.toUpperCase());
  for (const code of codes) {
    if (!/^[A-ZÆØÅ-]{2,6}$/.test(code)) {
      throw new InvalidInputError(
        `"${code}" is not a role code: use codes such as DAGL, LEDE, MEDL, NEST, VARA, REVI, REGN or a group such as STYR`,
        { api: "brreg" },
      );
    }
  }
  return new Set(codes);
}

/**
 * The roles as BRREG.ROLLER's table: the header row, then one row per role whose code or group
 * code is in `filter` (every role when `filter` is empty). Codes compare case-insensitively.
 *
 * @example rolleTable(rows, new Set(["DAGL"])) // → [ROLLER_HEADER, ["Daglig leder/ adm.direktør", "DAGL", …]]
 */
function rolleTable(rows: readonly RolleRow[], filter: ReadonlySet<string>): CellScalar[][] {
  const kept =
    filter.size === 0
      ? rows
      : rows.filter((r) => filter.has(r.kode.toUpperCase()) || filter.has(r.rollegruppekode.toUpperCase()));
  return [
    [...ROLLER_HEADER],
    ...kept.map((r) => [r.rollegruppe, r.kode, r.beskrivelse, r.navn, r.identitet, r.fratraadt]),
  ];
}

/** A 404/410 from the roles resource, said about this number (the HTTP layer only knows the URL). */
function rolesError(orgnr: string, error: unknown): unknown {
  const options = { api: "brreg" as const, cause: error };
  if (isRemovedError(error)) return new RemovedError(`${orgnr} was removed from Enhetsregisteret (410 Gone)`, options);
  if (isNotFoundError(error))
    return new NotFoundError(
      `${orgnr} has no roles: it is not registered as a hovedenhet (underenheter have no roles)`,
      options,
    );
  return error;
}

function rollerOf(data: BrregData, orgnr: string): MaybePromise<readonly BrregRollegruppe[]> {
  try {
    const grupper = data.roller(orgnr);
    return isPromise(grupper) ? grupper.catch((error: unknown) => Promise.reject(rolesError(orgnr, error))) : grupper;
  } catch (error) {
    throw rolesError(orgnr, error);
  }
}

/** BRREG.ROLLER's core: validate, fetch `enheter/{orgnr}/roller`, flatten, filter. */
export function rollerTable(data: BrregData, orgnrArg: unknown, rolleArg?: unknown): MaybePromise<CellScalar[][]> {
  const orgnr = normaliseOrgnr(singleValue(orgnrArg, "orgnr"));
  const filter = parseRoleFilter(rolleArg);
  return mapMaybe(rollerOf(data, orgnr), (grupper) => rolleTable(flattenRoller(grupper), filter));
}

import { InvalidInputError } from "../errors";
import { fieldNamesFor, findField, type FieldSpec } from "./fieldCatalogue";
import { nameList } from "./args";
import { didYouMean, nearestNames } from "../args/nearest";
import type { BrregRegister } from "./types";

export { FIELD_CATALOGUE, findField, type FieldSpec } from "./fieldCatalogue";
export { fieldValue } from "./fieldValue";

/** Said in error messages: the help page lists the fields in BRREG.ENHET's section. */
const FIELDS_HELP = "The fields are listed under BRREG.ENHET in the help.";

/** Role and parent fields: read with a further look-up per unit, which searches do not make. */
function perUnit(spec: FieldSpec): boolean {
  return spec.kind === "role" || spec.kind === "parent";
}

/** What {@link parseFields} accepts beyond the units' own fields. */
export interface ParseFieldsOptions {
  /** Role fields (dagligLeder, …) and parent fields (overordnetEnhet.navn, …): BRREG.ENHET, BRREG.UNDERENHET and Enrich look them up; searches do not. */
  readonly roles?: boolean;
}

/**
 * Parse a `fields` argument — one name, a comma list, or a range of names — into field specs,
 * validated against the catalogue of the registers the function may return. An unknown name is
 * an InvalidInputError naming the nearest valid names (edit distance), so no request is made.
 *
 * @example parseFields("navn, organisasjonsform.kode", ["enheter"]) → [navn, organisasjonsform.kode]
 */
export function parseFields(
  arg: unknown,
  registers: readonly BrregRegister[],
  defaults: readonly string[] = ["navn"],
  options: ParseFieldsOptions = {},
): FieldSpec[] {
  const names = nameList(arg, "fields");
  const wanted = names.length > 0 ? names : defaults;
  const valid = fieldNamesFor(registers);
  return wanted.map((name) => {
    const spec = findField(name);
    if (spec && valid.has(spec.name) && (options.roles || !perUnit(spec))) return spec;
    const candidates = [...valid].filter((n) => {
      const known = findField(n);
      return options.roles || known === undefined || !perUnit(known);
    });
    const suggestions = nearestNames(name, candidates);
    const why =
      spec && perUnit(spec) && !options.roles
        ? `"${spec.name}" is read per unit (roles, the overordnet enhet) in BRREG.ENHET, BRREG.UNDERENHET and Enrich, not in a search.`
        : spec
          ? `"${spec.name}" is a field of ${spec.registers.join("/")} only, not of ${registers.join("/")}.`
          : `Unknown field "${name}".`;
    throw new InvalidInputError(`${why}${didYouMean(suggestions)} ${FIELDS_HELP}`, { api: "brreg", suggestions });
  });
}

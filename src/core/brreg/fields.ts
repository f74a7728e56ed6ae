import { InvalidInputError } from "../errors";
import { fieldNamesFor, findField, type FieldSpec } from "./fieldCatalogue";
import { nameList } from "./args";
import { didYouMean, nearestNames } from "../args/nearest";
import type { BrregRegister } from "./types";

export { FIELD_CATALOGUE, findField, type FieldSpec } from "./fieldCatalogue";
export { fieldValue } from "./fieldValue";

/** Said in error messages: the help page lists the fields in BRREG.ENHET's section. */
const FIELDS_HELP = "The fields are listed under BRREG.ENHET in the help.";

/** What {@link parseFields} accepts beyond the units' own fields. */
export interface ParseFieldsOptions {
  /** Role fields (dagligLeder, styreleder, revisor, …): BRREG.ENHET, BRREG.UNDERENHET and Enrich fetch roles; searches do not. */
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
  const names = nameList(arg);
  const wanted = names.length > 0 ? names : defaults;
  const valid = fieldNamesFor(registers);
  return wanted.map((name) => {
    const spec = findField(name);
    if (spec && valid.has(spec.name) && (options.roles || spec.kind !== "role")) return spec;
    const candidates = [...valid].filter((n) => options.roles || findField(n)?.kind !== "role");
    const suggestions = nearestNames(name, candidates);
    const why =
      spec?.kind === "role" && !options.roles
        ? `"${spec.name}" is a role field: roles are read per unit in BRREG.ENHET and Enrich, not in a search.`
        : spec
          ? `"${spec.name}" is a field of ${spec.registers.join("/")} only, not of ${registers.join("/")}.`
          : `Unknown field "${name}".`;
    throw new InvalidInputError(`${why}${didYouMean(suggestions)} ${FIELDS_HELP}`, { api: "brreg", suggestions });
  });
}

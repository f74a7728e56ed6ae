import type { BrregOrganisasjonsform, BrregRegister } from "./types";

/**
 * Organisasjonsformer only underenheter have (Enhetsregisteret's own split: its
 * `organisasjonsformer/underenheter` list holds BEDR and AAFY, which no hovedenhet can have).
 */
const UNDERENHET_ONLY: ReadonlySet<string> = new Set(["BEDR", "AAFY"]);

/**
 * The forms a search of `register` can match, current ones only: an enheter search never offers
 * BEDR or AAFY (it could only ever find nothing), an underenheter search offers only those.
 */
export function orgformsFor(
  register: BrregRegister,
  list: readonly BrregOrganisasjonsform[],
): BrregOrganisasjonsform[] {
  return list.filter((form) => !form.utgaatt && UNDERENHET_ONLY.has(form.kode) === (register === "underenheter"));
}

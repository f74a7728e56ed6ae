import { InvalidInputError, NotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { BrregData } from "./data";
import { toMatrix, type Grid, type GridCell } from "./grid";
import { didYouMean, nearestNames } from "./nearest";
import { isBlank } from "./orgnr";
import type { BrregOrganisasjonsform } from "./types";

/**
 * BRREG.ORGFORM: the description of an organisasjonsform code (AS → Aksjeselskap), over a
 * range of codes. The list is fetched once (BrregData caches it), so a column of codes costs one
 * request at most. An unknown code is #N/A naming the nearest codes.
 */
function describe(forms: ReadonlyMap<string, BrregOrganisasjonsform>, raw: unknown): GridCell {
  if (isBlank(raw)) return "";
  if (typeof raw !== "string") return new InvalidInputError(`An organisasjonsform code is text such as AS or ENK, not ${String(raw)}`, { api: "brreg" });
  const code = raw.trim().toUpperCase();
  const form = forms.get(code);
  if (form) return form.beskrivelse;
  const suggestions = nearestNames(code, [...forms.keys()]);
  return new NotFoundError(`No organisasjonsform "${code}" in Enhetsregisteret.${didYouMean(suggestions)}`, { api: "brreg" });
}

export function orgformGrid(data: BrregData, kodeArg: unknown): MaybePromise<Grid> {
  const matrix = toMatrix(kodeArg);
  return mapMaybe(data.organisasjonsformer(), (list) => {
    const forms = new Map(list.map((f) => [f.kode.toUpperCase(), f]));
    return matrix.map((row) => row.map((raw) => describe(forms, raw)));
  });
}

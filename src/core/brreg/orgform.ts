import { isOmitted, MAX_NAME_LENGTH, toGrid } from "../args";
import { didYouMean, nearestNames } from "../args/nearest";
import { InvalidInputError, NotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { BrregData } from "./brregData";
import type { ResultGrid, ResultCell } from "../resultGrid";
import type { BrregOrganisasjonsform } from "./types";

/*
 * BRREG.ORGFORM: the description of an organisasjonsform code (AS → Aksjeselskap), over a
 * range of codes. The list is fetched once (BrregData caches it), so a column of codes costs one
 * request at most. An unknown code is #N/A naming the nearest codes.
 */

type FormsByCode = ReadonlyMap<string, BrregOrganisasjonsform>;

/**
 * The code → form index per loaded list. BrregData hands back the same cached array on every
 * call, so the index is built once per list, not once per recalculated cell; a refreshed list
 * is a new array and gets its own index, and the old one is collected with it.
 */
const indexes = new WeakMap<readonly BrregOrganisasjonsform[], FormsByCode>();

/** The forms of `list` by upper-case code, memoised per array. */
export function formsByCode(list: readonly BrregOrganisasjonsform[]): FormsByCode {
  let forms = indexes.get(list);
  if (forms === undefined) {
    forms = new Map(list.map((f) => [f.kode.toUpperCase(), f]));
    indexes.set(list, forms);
  }
  return forms;
}

function describe(forms: FormsByCode, raw: unknown): ResultCell {
  if (isOmitted(raw)) return "";
  if (typeof raw !== "string")
    return new InvalidInputError(`An organisasjonsform code is text such as AS or ENK, not ${String(raw)}`, {
      api: "brreg",
    });
  if (raw.length > MAX_NAME_LENGTH)
    return new InvalidInputError(
      `An organisasjonsform code is a few letters such as AS or ENK; this one is ${raw.length.toLocaleString("en-US")} characters (at most ${MAX_NAME_LENGTH.toLocaleString("en-US")})`,
      { api: "brreg" },
    );
  const code = raw.trim().toUpperCase();
  const form = forms.get(code);
  if (form) return form.beskrivelse;
  const suggestions = nearestNames(code, [...forms.keys()]);
  return new NotFoundError(`No organisasjonsform "${code}" in Enhetsregisteret.${didYouMean(suggestions)}`, {
    api: "brreg",
  });
}

/**
 * BRREG.ORGFORM's core: the description of each code in `kodeArg`, in its shape (a 1-D array
 * is one row, as everywhere in core/args). A blank cell stays blank; a non-text cell is
 * #VALUE!, an unknown code #N/A with the nearest codes — each in its own element.
 *
 * @example orgformGrid(data, [["ASA"], ["enk"]]) // → [["Allmennaksjeselskap"], ["Enkeltpersonforetak"]]
 */
export function orgformGrid(data: BrregData, kodeArg: unknown): MaybePromise<ResultGrid> {
  const grid = toGrid(kodeArg);
  return mapMaybe(data.organisasjonsformer(), (list) => {
    const forms = formsByCode(list);
    return grid.map((row) => row.map((raw) => describe(forms, raw)));
  });
}

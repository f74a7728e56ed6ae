/**
 * The shapes Enhetsregisteret promises, one per endpoint the add-in reads (required fields and
 * their types, as the API documentation and the recorded answers show them), and the shapes of the
 * values the cache keeps for them. A 200 whose body fails its shape is an outage, never data
 * (../http/unexpectedBody.ts). Fields the product does not read are not checked; extra fields are
 * allowed (the API adds some).
 */
import * as v from "valibot";
import type { BrregRegister } from "./types";

const text = v.string();
const orgnr = v.pipe(v.string(), v.regex(/^\d{9}$/));
const kodeBeskrivelse = v.object({ kode: text, beskrivelse: text });
const page = v.object({ size: v.number(), totalElements: v.number(), totalPages: v.number(), number: v.number() });
const register = v.picklist(["enheter", "underenheter"]);

/** A hovedenhet or underenhet (a deleted one carries only these and `slettedato`). */
const unit = v.object({
  organisasjonsnummer: orgnr,
  navn: text,
  organisasjonsform: v.optional(kodeBeskrivelse),
  slettedato: v.optional(text),
});
/** A list or search page of one register: an empty one has no `_embedded` (recorded). */
const unitPage = (name: BrregRegister) =>
  v.object({ _embedded: v.optional(v.object({ [name]: v.array(unit) })), page });
const rollegruppe = v.object({ type: kodeBeskrivelse, roller: v.array(v.object({ type: kodeBeskrivelse })) });
const organisasjonsform = v.object({ kode: text, beskrivelse: text });
const update = v.object({ oppdateringsid: v.number(), organisasjonsnummer: orgnr, endringstype: text, dato: text });
const updatePage = (embedded: string) =>
  v.object({ _embedded: v.optional(v.object({ [embedded]: v.array(update) })), page });

const enheterPage = unitPage("enheter");
const underenheterPage = unitPage("underenheter");
const rollerBody = v.object({ rollegrupper: v.array(rollegruppe) });
const orgformBody = v.object({ _embedded: v.object({ organisasjonsformer: v.array(organisasjonsform) }) });
const updatePages: Readonly<Record<string, v.GenericSchema>> = {
  oppdaterteEnheter: updatePage("oppdaterteEnheter"),
  oppdaterteUnderenheter: updatePage("oppdaterteUnderenheter"),
};

/** The body each Enhetsregisteret endpoint promises. */
export const brregBodies = {
  /** `enheter/{orgnr}`, `underenheter/{orgnr}`: a unit, and the one asked for. */
  unit: (body: unknown, asked: string): body is v.InferOutput<typeof unit> =>
    v.is(unit, body) && body.organisasjonsnummer === asked,
  /** `enheter?…`, `underenheter?…` (the batched list and searches). */
  unitPage: (name: BrregRegister, body: unknown): boolean =>
    v.is(name === "enheter" ? enheterPage : underenheterPage, body),
  /** `enheter/{orgnr}/roller` */
  roller: (body: unknown): boolean => v.is(rollerBody, body),
  /** `organisasjonsformer` */
  organisasjonsformer: (body: unknown): boolean => v.is(orgformBody, body),
  /** `oppdateringer/enheter` (`oppdaterteEnheter`) and `oppdateringer/underenheter` (`oppdaterteUnderenheter`). */
  updates: (embedded: "oppdaterteEnheter" | "oppdaterteUnderenheter", body: unknown): boolean =>
    v.is(updatePages[embedded] ?? updatePage(embedded), body),
} as const;

const lookup = v.variant("state", [
  v.object({ state: v.picklist(["found", "deleted"]), register, unit }),
  v.object({ state: v.literal("removed"), register, orgnr, slettedato: v.optional(text) }),
  v.object({ state: v.literal("not-registered"), orgnr }),
]);

const rollerValue = v.array(rollegruppe);
const orgformValue = v.array(organisasjonsform);
const searchValue = v.object({ units: v.array(unit), page });
const changeWindowValue = v.object({
  since: text,
  lastId: v.number(),
  latest: v.array(v.tuple([orgnr, text, text, v.number()])),
});

/** The values the cache keeps for Enhetsregisteret keys. */
export const brregValues = {
  /** A unit look-up stored under `register`'s key for `asked`: about that number, in that register. */
  lookup: (value: unknown, name: BrregRegister, asked: string): boolean => {
    if (!v.is(lookup, value)) return false;
    if (value.state === "not-registered") return value.orgnr === asked;
    if (value.register !== name) return false;
    return (value.state === "removed" ? value.orgnr : value.unit.organisasjonsnummer) === asked;
  },
  roller: (value: unknown): boolean => v.is(rollerValue, value),
  organisasjonsformer: (value: unknown): boolean => v.is(orgformValue, value),
  searchPage: (value: unknown): boolean => v.is(searchValue, value),
  /** A change feed's window (BRREG.ENDRINGER), stored from `since`. */
  changeWindow: (value: unknown, since: string): boolean => v.is(changeWindowValue, value) && value.since === since,
} as const;

/**
 * The fixed rules of Enhetsregisteret look-ups: where a number is looked for, and how long what no
 * change feed covers is remembered.
 */
import type { BrregRegister } from "./types";

/** Both registers, in the order a number is looked for. */
export const REGISTERS: readonly BrregRegister[] = ["enheter", "underenheter"];
/** Organisasjonsformer change rarely and no feed covers them: a week. */
export const ORGFORM_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** "Not registered" is remembered this long; revalidation does not extend it (the feed only reports units). */
export const NOT_REGISTERED_TTL_MS = 60 * 60 * 1000;
/** Search pages (SOK, UNDERENHETER) are remembered this long, never extended. */
export const SEARCH_TTL_MS = 60 * 60 * 1000;
/** Most extra pages one list request may need when the server pages below the size asked for. */
export const MAX_LIST_PAGES = 100;

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
/**
 * The list endpoints leave out deleted and removed (410) units, so a number absent from both lists
 * is "not registered", "deleted" or "removed", and only its single URLs tell which (up to two
 * requests). That is done when a list request had at most this many absent numbers (a few deleted
 * units in a column of real ones); past it (a column of unregistered numbers) none is asked for
 * singly and all answer "not registered (or deleted)", so such a column costs its list requests
 * only: ≤ 2 × this many single requests per list request.
 */
export const SINGLE_CHECKS_PER_BATCH = 100;
/** Most extra pages one list request may need when the server pages below the size asked for. */
export const MAX_LIST_PAGES = 100;
/** The API's result window: no page may reach past hit 10,000 ((page + 1) · size ≤ 10,000). */
export const LIST_RESULT_WINDOW = 10_000;
/** Events per change-feed request for BRREG.ENDRINGER: the largest the API allows. */
export const FEED_PAGE_SIZE = 10_000;
/** Most feed requests one BRREG.ENDRINGER window may take (500,000 events: weeks of the real register). */
export const FEED_MAX_PAGES = 50;
/** A change window is read again (extended from its last event) after this long. */
export const CHANGES_TTL_MS = 60 * 60 * 1000;

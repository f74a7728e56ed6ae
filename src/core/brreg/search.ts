import { isOmitted } from "../args";
import { InvalidInputError } from "../errors";
import type { BrregData } from "./brregData";
import type { BrregRegister, BrregUnit } from "./types";

/*
 * Paging through `enheter` / `underenheter` search up to `max` units.
 *
 * The API refuses (400) any page with size × (page + 1) > 10,000, so a search can never see past
 * the 10,000th hit. To use as few requests as possible we ask for everything wanted in ONE page
 * (size = min(max, 10,000), page 0: 10,000 × 1 ≤ 10,000). Should a server answer with a smaller
 * page than asked (a server-side size cap), we continue with that page size, page by page,
 * and never ask for a page that would break the rule.
 */

/** The most hits Enhetsregisteret lets a search see (size × (page + 1) ≤ 10,000). */
export const SEARCH_CAP = 10_000;

/** Rows BRREG.SOK and BRREG.UNDERENHETER return when `max` is omitted. */
const DEFAULT_MAX = 100;

/** What {@link searchUnits} found, and what it cost. */
export interface SearchResult {
  /** The units fetched, at most `min(max, SEARCH_CAP)`, in the API's order. */
  readonly units: readonly BrregUnit[];
  /** Hits the API reports in total (may exceed what was fetched). */
  readonly totalElements: number;
  /** Requests made, for tests and the taskpane's status line. */
  readonly requests: number;
  /** True when more than 10,000 were wanted and there were more than 10,000: the API's cap cut the list. */
  readonly capped: boolean;
}

/** `max`: blank → 100; else a whole number ≥ 1. Values above 10,000 are allowed and end in a note. */
export function parseMax(arg: unknown): number {
  if (isOmitted(arg)) return DEFAULT_MAX;
  const n = typeof arg === "number" ? arg : typeof arg === "string" ? Number(arg.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new InvalidInputError(
      `max must be a whole number of at least 1 (default ${DEFAULT_MAX}), not "${String(arg)}"`,
      { api: "brreg" },
    );
  }
  return n;
}

/** Fetch up to `max` units matching `params` (already validated; no size/page in them). */
export async function searchUnits(
  data: BrregData,
  register: BrregRegister,
  params: Readonly<Record<string, string>>,
  max: number,
): Promise<SearchResult> {
  const want = Math.min(max, SEARCH_CAP);
  const units: BrregUnit[] = [];
  let size = want;
  let page = 0;
  let total = 0;
  let requests = 0;
  for (;;) {
    const result = await data.search(register, { ...params, size: String(size), page: String(page) });
    requests++;
    total = result.page.totalElements;
    units.push(...result.units.slice(0, want - units.length));
    if (units.length >= want || units.length >= total || result.units.length === 0) break;
    // The server gave fewer than asked: continue with its page size, if the page index stays whole.
    const served = Math.min(size, result.page.size > 0 ? result.page.size : result.units.length);
    if (served !== size) {
      if (units.length % served !== 0) break;
      size = served;
      page = units.length / served;
    } else {
      page++;
    }
    if (size * (page + 1) > SEARCH_CAP) break;
  }
  return { units, totalElements: total, requests, capped: max > SEARCH_CAP && total > SEARCH_CAP };
}

/** The note row text when the API's cap cut the list. */
export function capNote(result: SearchResult): string {
  const total = result.totalElements.toLocaleString("en-US");
  return `Showing the first ${result.units.length.toLocaleString("en-US")} of ${total}: Enhetsregisteret returns at most 10,000 hits per search. Narrow the filters to see the rest.`;
}

import { ServiceUnavailableError, isNotFoundError, isRemovedError } from "../errors";
import type { HttpClient } from "../http/types";
import { LIST_RESULT_WINDOW, MAX_LIST_PAGES } from "./lookupRules";
import { lookupOf, type ListBody } from "./responses";
import { brregBodies } from "./shapes";
import { unexpectedBody } from "../http/unexpectedBody";
import type { BrregRegister, UnitLookup } from "./types";

/**
 * A number absent from a list answer; `crowd`: how many of that request's numbers were absent
 * (it decides whether they are worth single look-ups: ./lookupRules.ts, SINGLE_CHECKS_PER_BATCH).
 */
export interface Absent {
  readonly state: "absent";
  readonly crowd: number;
}

/** What one list request says about a number: its unit, or that the list left it out. */
export type Listed = UnitLookup | Absent;

/** What {@link loadList} needs from brregData. */
interface ListContext {
  readonly http: HttpClient;
  /** The list URL of these keys, `size` a page, page `page` (0 first). */
  readonly url: (page: number, size: number) => string;
  /** Caches one unit out of the list. */
  readonly put: (orgnr: string, lookup: UnitLookup, bytes: number) => void;
}

/**
 * One batch of numbers by the list endpoint (`enheter?organisasjonsnummer=…&size=n`): every unit
 * asked for is cached and returned; numbers not in the answer are misses (the caller falls back to
 * single look-ups). The list holds every key asked for on one page; should a server page below the
 * size asked for (`page.totalElements` beyond what came back), the further pages are fetched too,
 * at the server's page size and never past the API's result window ((page + 1) · size ≤ 10,000:
 * keys beyond it stay absent and are looked up singly, or answered as not current).
 * The list endpoint never legitimately answers 404 or 410: that is a wrong base URL or a proxy, so
 * it is an outage, never "not found" for every key; nor does it answer in another shape (an outage too,
 * and nothing of that answer is cached).
 */
export async function loadList(
  ctx: ListContext,
  register: BrregRegister,
  keys: readonly string[],
): Promise<ReadonlyMap<string, UnitLookup>> {
  const asked = new Set(keys);
  const found = new Map<string, UnitLookup>();
  let size = keys.length;
  let page = 0;
  let seen = 0;
  for (let request = 0; request <= MAX_LIST_PAGES; request++) {
    const { body, bytes } = await listPage(ctx, register, page, size);
    const units = body?._embedded?.[register] ?? [];
    seen += units.length;
    const perUnit = Math.max(256, Math.round(bytes / Math.max(1, units.length)));
    for (const unit of units) {
      const orgnr = unit?.organisasjonsnummer;
      if (typeof orgnr !== "string" || !asked.has(orgnr)) continue;
      const lookup = lookupOf(register, unit);
      found.set(orgnr, lookup);
      ctx.put(orgnr, lookup, perUnit);
    }
    const info = body?.page;
    const total = typeof info?.totalElements === "number" ? Math.min(info.totalElements, keys.length) : 0;
    const pages = typeof info?.totalPages === "number" ? info.totalPages : 0;
    if (units.length === 0 || found.size >= total || page + 1 >= pages) break;
    // The server paged below the size asked for: go on with its page size, from where it stopped.
    const served = typeof info?.size === "number" && info.size > 0 ? Math.min(info.size, size) : units.length;
    if (served !== size) {
      if (seen % served !== 0) break;
      size = served;
      page = seen / served;
    } else {
      page++;
    }
    // The API refuses any page past its result window: (page + 1) · size ≤ 10,000.
    if ((page + 1) * size > LIST_RESULT_WINDOW) break;
  }
  return found;
}

async function listPage(
  ctx: ListContext,
  register: BrregRegister,
  page: number,
  size: number,
): Promise<{ body: ListBody | null; bytes: number }> {
  const url = ctx.url(page, size);
  try {
    const answer = await ctx.http.getJson<ListBody | null>({ api: "brreg", url });
    // Checked before any unit in it is cached: a wrong shape is an outage for the whole batch.
    if (!brregBodies.unitPage(register, answer.body)) throw unexpectedBody("brreg", url);
    return answer;
  } catch (error) {
    if (isNotFoundError(error) || isRemovedError(error)) {
      const status = error.status ?? 404;
      throw new ServiceUnavailableError(`answered ${status} for the list endpoint: check the base URL`, {
        api: "brreg",
        url,
        status,
        cause: error,
        code: "bad-base-url",
      });
    }
    throw error;
  }
}

/**
 * {@link loadList} answering every key: the units found, and an {@link Absent} (with the count of
 * absent keys in this request) for the rest.
 */
export async function loadListed(
  ctx: ListContext,
  register: BrregRegister,
  keys: readonly string[],
): Promise<ReadonlyMap<string, Listed>> {
  const found = await loadList(ctx, register, keys);
  const absent: Absent = { state: "absent", crowd: keys.length - found.size };
  const listed = new Map<string, Listed>(found);
  for (const key of keys) if (!found.has(key)) listed.set(key, absent);
  return listed;
}

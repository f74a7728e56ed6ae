import type { ResourceRequest } from "../cache/types";

/** One part of what names a request: an id, a date, a language, a flag (undefined = omitted). */
type RequestPart = string | number | boolean | undefined;

interface Row {
  readonly b: RequestPart;
  readonly c: RequestPart;
  readonly d: RequestPart;
  readonly e: RequestPart;
  readonly request: ResourceRequest<unknown>;
}

/**
 * Request objects remembered by their parts (up to five), found WITHOUT building a key string:
 * a warm look-up runs per cell, and the key and URL strings (template literals, query strings,
 * encodeURIComponent) were the costly part of a cache hit. The first part picks a short list; the
 * rest are compared with `===`. Bounded like the cache's own memory: cleared when full.
 *
 * @example
 * const ranges = new RequestTable(10_000);
 * const req = ranges.get(id, from, to, language) ?? ranges.set(id, from, to, language, undefined, build());
 */
export class RequestTable {
  readonly #rows = new Map<RequestPart, Row[]>();
  readonly #max: number;
  #size = 0;

  constructor(max: number) {
    this.#max = max;
  }

  /** The request remembered for these parts, if any (allocates nothing). */
  get<T>(
    a: RequestPart,
    b?: RequestPart,
    c?: RequestPart,
    d?: RequestPart,
    e?: RequestPart,
  ): ResourceRequest<T> | undefined {
    const rows = this.#rows.get(a);
    if (rows === undefined) return undefined;
    for (const row of rows) {
      if (row.b === b && row.c === c && row.d === d && row.e === e) return row.request as ResourceRequest<T>;
    }
    return undefined;
  }

  /** Remember `request` for these parts and return it. */
  set<T>(
    a: RequestPart,
    b: RequestPart,
    c: RequestPart,
    d: RequestPart,
    e: RequestPart,
    request: ResourceRequest<T>,
  ): ResourceRequest<T> {
    if (this.#size >= this.#max) {
      this.#rows.clear();
      this.#size = 0;
    }
    let rows = this.#rows.get(a);
    if (rows === undefined) this.#rows.set(a, (rows = []));
    rows.push({ b, c, d, e, request: request as ResourceRequest<unknown> });
    this.#size++;
    return request;
  }
}

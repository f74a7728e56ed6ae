import { isOmitted, toGrid } from "../args";
import { InvalidInputError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell, ResultGrid } from "../resultGrid";
import { attempt, settleMap } from "../settleMap";
import type { BrregData } from "./brregData";
import { parseFilters } from "./filters";
import { findParam, SEARCH_PARAMS } from "./searchParams";
import { didYouMean, nearestNames } from "../args/nearest";
import { parseRegister } from "./searchTables";
import type { BrregRegister } from "./types";

/*
 * BRREG.ANTALL: how many hovedenheter (or, with its register argument, underenheter) match a
 * search, from one `enheter?…&size=1` (`underenheter?…&size=1`) request each
 * (the count is the answer's `page.totalElements`; no units are read). Its arguments are filter
 * pairs (name, value); any value may be a range, and the result has that range's shape, one count
 * per element: `=BRREG.ANTALL("kommunenummer"; A2:A357; "organisasjonsform"; "AS")` fills a
 * column. Each distinct filter set is one request, all at once under the per-host limit, and
 * cached as search pages are (an hour; dropped when the change feed reports a change).
 */

function invalid(message: string, suggestions: readonly string[] = []): never {
  throw new InvalidInputError(message, { api: "brreg", suggestions });
}

/** The filter names of the pairs, checked before anything else (a typo costs no request). */
function pairNames(args: readonly unknown[], register: BrregRegister): string[] {
  const names: string[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const name = toGrid(args[i]);
    const text = name.length === 1 && name[0]?.length === 1 ? name[0][0] : undefined;
    if (isOmitted(text) && isOmitted(args[i + 1])) continue;
    if (typeof text !== "string" || text.trim() === "")
      invalid(`Filter name ${i / 2 + 1} must be one filter name (e.g. "kommunenummer"), not a range or a number`);
    const key = text.trim();
    if (!findParam(register, key)) {
      const suggestions = nearestNames(key, [...SEARCH_PARAMS[register].keys()]);
      invalid(`Unknown search filter "${key}" for ${register}.${didYouMean(suggestions)}`, suggestions);
    }
    if (isOmitted(args[i + 1]) && !Array.isArray(args[i + 1])) invalid(`Filter ${key} has no value`);
    names.push(key);
  }
  if (names.length === 0)
    invalid('Give at least one filter: a name and a value, e.g. BRREG.ANTALL("kommunenummer"; "0301")');
  return names;
}

/**
 * The count grid. The value ranges must have one shape (or be single values, which apply to every
 * element); a blank element gives an empty cell, a bad value its own #VALUE!. `registerArg`:
 * blank or "enheter" (hovedenheter) or "underenheter", with that register's filters.
 *
 * @example countGrid(data, ["kommunenummer", [["0301"], ["1103"]], "organisasjonsform", "AS"]) // → [[n1], [n2]]
 */
export function countGrid(data: BrregData, args: readonly unknown[], registerArg?: unknown): MaybePromise<ResultGrid> {
  const register = parseRegister(registerArg);
  const used = args.slice();
  while (used.length > 0 && isOmitted(used[used.length - 1])) used.pop();
  if (used.length % 2 === 1) used.push(undefined);
  const names = pairNames(used, register);
  const values: unknown[][][] = [];
  for (let i = 0; i < used.length; i += 2) {
    if (isOmitted(toGrid(used[i])[0]?.[0]) && isOmitted(used[i + 1])) continue;
    values.push(toGrid(used[i + 1]));
  }
  const shaped = values.filter((grid) => grid.length > 1 || (grid[0]?.length ?? 0) > 1);
  const shape = shaped[0] ?? [[null]];
  for (const grid of shaped)
    if (grid.length !== shape.length || grid[0]?.length !== shape[0]?.length)
      invalid(
        `The value ranges must have the same shape (${shape.length}×${shape[0]?.length ?? 0} and ${grid.length}×${grid[0]?.length ?? 0})`,
      );
  const at = (grid: unknown[][], r: number, c: number): unknown =>
    grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : grid[r]?.[c];

  // Per element: its parameters (or its error, or blank), keyed by the query they make.
  const cells: Array<Array<string | Error | null>> = [];
  const counts = new Map<string, MaybePromise<number>>();
  for (let r = 0; r < shape.length; r++) {
    const row: Array<string | Error | null> = [];
    for (let c = 0; c < (shape[0]?.length ?? 0); c++) {
      const pairs = names.map((name, k): [string, unknown] => [name, at(values[k] ?? [[null]], r, c)]);
      if (pairs.some(([, value]) => isOmitted(value))) {
        row.push(null);
        continue;
      }
      try {
        const params = parseFilters(pairs, register);
        const query = new URLSearchParams({ ...params, size: "1" }).toString();
        if (!counts.has(query)) counts.set(query, count(data, register, { ...params, size: "1" }));
        row.push(query);
      } catch (error) {
        row.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
    cells.push(row);
  }
  const settled = new Map<string, MaybePromise<number | Error>>();
  for (const [query, pending] of counts)
    settled.set(
      query,
      attempt(() => pending),
    );
  return mapMaybe(settleMap(settled), (done) =>
    cells.map((row) =>
      row.map((cell): ResultCell => {
        if (cell === null) return "";
        if (cell instanceof Error) return cell;
        const outcome = done.get(cell);
        return outcome === undefined
          ? new Error(`no answer for ${cell}`)
          : outcome instanceof Error
            ? outcome
            : outcome;
      }),
    ),
  );
}

function count(data: BrregData, register: BrregRegister, params: Record<string, string>): Promise<number> {
  return data.search(register, params).then((page) => page.page.totalElements);
}

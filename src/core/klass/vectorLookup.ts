import { at, broadcastShape, buildGrid, coerceDate, shapeOf, toGrid, type Grid } from "../args";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { asError, type Outcome } from "../settleMap";
import { typedCode } from "./codeLists";

/*
 * The skeleton of every vectorised KLASS look-up (CODENAME/LEVEL/VALID/PARENT, VARIANT,
 * UPDATECODE, CORRESPOND): `code` and `date` may each be a range or one value; the answer has
 * their broadcast shape, one value or Error per element. Dates are coerced once per element of
 * their own grid, what each distinct date needs is loaded once (one request per version, none
 * when cached), and every element's failure stays its own: a bad date, an unloadable version or
 * a throw in the look-up becomes that element's Error while the rest of the spill fills in.
 */

/** What `lookup` answers for an element to settle later, through `misses` (e.g. a message that needs another request). */
export const MISS: unique symbol = Symbol("klass.miss");

/** An element whose look-up answered MISS. */
export interface Miss<L> {
  readonly row: number;
  readonly column: number;
  /** The code as typed (trimmed). */
  readonly text: string;
  readonly date: string;
  /** What was loaded for its date. */
  readonly loaded: L;
}

export interface VectorLookup<L, R> {
  /** The code argument: a range or one value. */
  readonly codes: unknown;
  /** The date argument: a range or one value (blank = today). */
  readonly dates: unknown;
  /** The two arguments' names, for shape and date errors: ["code", "date"]. */
  readonly names: readonly [string, string];
  /** ISO today, the default date. */
  readonly today: string;
  /** Load what each distinct date needs, once: each date gets its value or its own Error. */
  readonly load: (dates: ReadonlySet<string>) => MaybePromise<ReadonlyMap<string, Outcome<L>>>;
  /** One element's answer, or MISS. A throw (or an Error returned) is that element's Error. */
  readonly lookup: (text: string, loaded: L, date: string) => R | Error | typeof MISS;
  /** What the elements of a date whose load failed answer (default: the load's Error). */
  readonly onLoadError?: (error: Error) => R | Error;
  /** Answers for the MISS elements, made only when some element missed (one more load, say). */
  readonly misses?: (misses: readonly Miss<L>[]) => MaybePromise<(miss: Miss<L>) => R | Error>;
  /** What a blank code answers. */
  readonly blank: R;
}

/**
 * Run a vectorised look-up (see {@link VectorLookup}). Synchronous when every load is a cache hit;
 * a shape mismatch between the arguments throws InvalidInputError for the whole call.
 *
 * @example
 * vectorLookup({ codes, dates, names: ["code", "date"], today, blank: "",
 *   load: (dates) => listsForDates(env, meta, dates, "nb"),
 *   lookup: (text, list) => findCode(list.index, text)?.name ?? MISS,
 *   misses: () => (miss) => new NotFoundError(`${miss.text} is not a code`) });
 */
export function vectorLookup<L, R>(spec: VectorLookup<L, R>): MaybePromise<Grid<R | Error>> {
  const codes = toGrid(spec.codes);
  const dateArgs = toGrid(spec.dates);
  const shape = broadcastShape(shapeOf(codes), shapeOf(dateArgs), [spec.names[0], spec.names[1]]);
  const dateName = spec.names[1];
  const dates = dateArgs.map((row) =>
    row.map((value): Outcome<string> => {
      try {
        return coerceDate(value, spec.today, dateName);
      } catch (error) {
        return asError(error);
      }
    }),
  );
  const distinct = new Set<string>();
  for (const row of dates) for (const date of row) if (typeof date === "string") distinct.add(date);

  return mapMaybe(spec.load(distinct), (loaded) => {
    const misses: Miss<L>[] = [];
    const grid = buildGrid<R | Error>(shape, (row, column) => {
      const date = at(dates, row, column) as Outcome<string>;
      if (date instanceof Error) return date;
      const text = typedCode(at(codes, row, column));
      if (text === undefined) return spec.blank;
      if (text instanceof Error) return text;
      const data = loaded.get(date);
      if (data === undefined) return new Error(`internal: nothing loaded for ${date}`);
      if (data instanceof Error) return spec.onLoadError ? spec.onLoadError(data) : data;
      let answer: R | Error | typeof MISS;
      try {
        answer = spec.lookup(text, data, date);
      } catch (error) {
        return asError(error);
      }
      if (answer !== MISS) return answer;
      misses.push({ row, column, text, date, loaded: data });
      return spec.blank;
    });
    if (misses.length === 0) return grid;
    if (!spec.misses) throw new Error("internal: a look-up missed with no way to answer misses");
    return mapMaybe(spec.misses(misses), (answerOf) => {
      for (const miss of misses) {
        let answer: R | Error;
        try {
          answer = answerOf(miss);
        } catch (error) {
          answer = asError(error);
        }
        grid[miss.row]![miss.column] = answer;
      }
      return grid;
    });
  });
}

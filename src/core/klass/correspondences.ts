import { coerceDate, coerceId } from "../args";
import { isNotFoundError, NotFoundError } from "../errors";
import { allMaybe, isPromise, mapMaybe, type MaybePromise } from "../maybePromise";
import { codeIndex, resolveCode, type CodeIndex } from "./codeIndex";
import { CORRESPONDENCE_FIELDS, DEFAULT_CORRESPONDENCE_COLUMNS, parseColumns, table } from "./columns";
import type { ResultCell } from "../resultGrid";
import type { KlassData } from "./klassData";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import { attempt, settleMap, type Outcome } from "../settleMap";
import type { KlassCode, KlassCorrespondenceItem } from "./types";
import { versionAt } from "./versions";
import { vectorLookup } from "./vectorLookup";

/**
 * Correspondences between two classifications at a date, in either direction. KLASS keeps one
 * table per pair of versions, owned by one side; asking from the other side answers 404, so we
 * then ask the owner and swap source and target. The direction found is remembered per data
 * instance, so a column of look-ups does not repeat the 404.
 *
 * The date sent is aligned to the versions (the later of the two versions' starts), so every date
 * within the same pair of versions shares one request.
 */
interface Correspondence {
  readonly items: readonly KlassCorrespondenceItem[];
  /** sourceCode → its items. */
  readonly bySource: ReadonlyMap<string, readonly KlassCorrespondenceItem[]>;
  /** sourceCode → its distinct target codes, in table order. */
  readonly targetCodes: ReadonlyMap<string, readonly string[]>;
  /** The source codes indexed like a code list, so typed codes normalise as in every look-up. */
  readonly sources: CodeIndex;
}

type Direction = "forward" | "reverse";
const directions = new WeakMap<KlassData, Map<string, Direction>>();
/** Indexed tables per loaded answer, one per orientation (the same answer serves both directions). */
const built = {
  forward: new WeakMap<readonly KlassCorrespondenceItem[], Correspondence>(),
  reverse: new WeakMap<readonly KlassCorrespondenceItem[], Correspondence>(),
};

function invert(item: KlassCorrespondenceItem): KlassCorrespondenceItem {
  return {
    sourceCode: item.targetCode,
    sourceName: item.targetName,
    sourceShortName: item.targetShortName,
    targetCode: item.sourceCode,
    targetName: item.sourceName,
    targetShortName: item.sourceShortName,
    validFrom: item.validFrom,
    validTo: item.validTo,
  };
}

function index(items: readonly KlassCorrespondenceItem[], reverse: boolean): Correspondence {
  const memo = reverse ? built.reverse : built.forward;
  let found = memo.get(items);
  if (!found) {
    const oriented = reverse ? items.map(invert) : items;
    const bySource = new Map<string, KlassCorrespondenceItem[]>();
    for (const item of oriented) {
      const list = bySource.get(item.sourceCode);
      if (list) list.push(item);
      else bySource.set(item.sourceCode, [item]);
    }
    const targetCodes = new Map<string, readonly string[]>();
    const sources: KlassCode[] = [];
    for (const [code, list] of bySource) {
      targetCodes.set(code, [...new Set(list.map((i) => i.targetCode))]);
      sources.push({ code, parentCode: null, level: "1", name: list[0]!.sourceName });
    }
    found = { items: oriented, bySource, targetCodes, sources: codeIndex(sources) };
    memo.set(items, found);
  }
  return found;
}

/** The correspondence from `source` to `target` valid at `date` (either table direction). */
function correspondenceAt(env: KlassEnv, source: number, target: number, date: string): MaybePromise<Correspondence> {
  return mapMaybe(allMaybe([env.klass.classification(source), env.klass.classification(target)]), ([s, t]) => {
    const from = [versionAt(s!, date).from, versionAt(t!, date).from].sort()[1]!;
    const pair = `${source}>${target}@${from}`;
    let remembered = directions.get(env.klass);
    if (!remembered) directions.set(env.klass, (remembered = new Map()));
    const known = remembered;
    const missing = () =>
      new NotFoundError(`no correspondence between ${source} and ${target} at ${date}`, { api: "klass" });
    const reverse = (): MaybePromise<Correspondence> => {
      try {
        return mapMaybe(env.klass.correspondsAt(target, source, from, "nb"), (items) => {
          known.set(pair, "reverse");
          return index(items, true);
        });
      } catch (error) {
        throw isNotFoundError(error) ? missing() : error;
      }
    };
    if (known.get(pair) === "reverse") return reverse();
    const forward = mapMaybe(env.klass.correspondsAt(source, target, from, "nb"), (items) => index(items, false));
    if (!isPromise(forward)) return forward;
    return forward.catch((error: unknown) => {
      if (!isNotFoundError(error)) throw error;
      return Promise.resolve(reverse()).catch((e: unknown) => {
        throw isNotFoundError(e) ? missing() : e;
      });
    });
  });
}

/**
 * KLASS.CORRESPOND: the target code(s) of each code. A single code (or a column of codes) spills
 * its targets across the row; a wider range joins several targets with ", " in its cell.
 */
export function klassCorrespond(
  env: KlassEnv,
  source: unknown,
  target: unknown,
  code: unknown,
  date?: unknown,
): MaybePromise<ResultCell[][]> {
  const from = coerceId(source, "source", "104");
  const to = coerceId(target, "target", "131");
  const targets = vectorLookup<Correspondence, readonly ResultCell[]>({
    codes: code,
    dates: date,
    names: ["code", "date"],
    today: todayOf(env),
    blank: BLANK,
    load: (dates) => {
      const loads = new Map<string, MaybePromise<Outcome<Correspondence>>>();
      for (const d of dates)
        loads.set(
          d,
          attempt(() => correspondenceAt(env, from, to, d)),
        );
      return settleMap(loads);
    },
    lookup: (text, corr, d) => {
      // The source codes as a code list: "301" finds "0301", "01110" finds "01.110", as everywhere.
      const sourceCode = resolveCode(corr.sources, text);
      const targetCodes = sourceCode === undefined ? undefined : corr.targetCodes.get(sourceCode);
      return (
        targetCodes ??
        new NotFoundError(`${text} has no correspondence from ${from} to ${to} at ${d}`, { api: "klass" })
      );
    },
  });
  return mapMaybe(targets, (cells) => {
    if (cells[0]?.length === 1) {
      // A column: each code's targets across its row, padded to the widest.
      let width = 1;
      for (const line of cells) {
        const t = line[0]!;
        if (!(t instanceof Error) && t.length > width) width = t.length;
      }
      return cells.map(([t]) => {
        const row: ResultCell[] = t instanceof Error ? [t] : t!.slice();
        while (row.length < width) row.push("");
        return row;
      });
    }
    return cells.map((line) =>
      line.map((t) => (t instanceof Error ? t : t.length === 1 ? t[0]! : t.map(String).join(", "))),
    );
  });
}

const BLANK: readonly ResultCell[] = [""];

/** KLASS.CORRESPONDS: the whole correspondence at `date` as a table, header row first. */
export function klassCorresponds(
  env: KlassEnv,
  source: unknown,
  target: unknown,
  date?: unknown,
  columns?: unknown,
): MaybePromise<ResultCell[][]> {
  const from = coerceId(source, "source", "104");
  const to = coerceId(target, "target", "131");
  const on = coerceDate(date, todayOf(env));
  const fields = parseColumns(columns, CORRESPONDENCE_FIELDS, DEFAULT_CORRESPONDENCE_COLUMNS);
  return mapMaybe(correspondenceAt(env, from, to, on), (corr) => table(corr.items, fields));
}

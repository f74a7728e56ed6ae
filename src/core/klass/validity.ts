import { NotFoundError } from "../errors";
import { addDays } from "../args";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { codeIndex, resolveCode } from "./codeIndex";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import { attempt } from "../settleMap";
import type { KlassClassification, KlassLanguage, KlassRangeCode } from "./types";
import { versionSpans } from "./versions";

/**
 * Messages for a code missing at a date that say when it WAS valid, from one range request over
 * the classification's whole history (`codes?from=<first version>`), made only when a look-up
 * misses and cached like any list. If that request fails, the message simply has no validity:
 * a miss stays a miss (#N/A), and the history's failure is not reported as the answer.
 */
type MissMessage = (text: string, date: string) => NotFoundError;

function yearsOf(items: readonly KlassRangeCode[], today: string): string {
  let from = "9999-12-31";
  let to = "0000-01-01";
  let open = false;
  for (const item of items) {
    const f = item.validFromInRequestedRange ?? item.validFrom;
    const t = item.validToInRequestedRange ?? item.validTo;
    if (f && f < from) from = f;
    if (!t || t > today) open = true;
    else if (t > to) to = t;
  }
  const last = open ? "" : addDays(to, -1).slice(0, 4);
  return `valid ${from.slice(0, 4)}–${last}`;
}

/**
 * What is derived from one loaded history (the cache holds the array), built once: the history by
 * code, and the messages already made. A message is an Error, whose construction (the stack
 * capture) was most of a warm miss's cost; a miss repeated at every recalculation gets the same
 * Error value back. Made again when "today" moves (an open validity reads "valid 2016–").
 */
interface History {
  readonly byCode: ReadonlyMap<string, readonly KlassRangeCode[]>;
  today: string;
  /** typed text → date → message. */
  readonly messages: Map<string, Map<string, NotFoundError>>;
  size: number;
}

const histories = new WeakMap<readonly KlassRangeCode[], History>();
const MAX_MESSAGES = 10_000;

function historyOf(items: readonly KlassRangeCode[], today: string): History {
  let history = histories.get(items);
  if (!history) {
    const byCode = new Map<string, KlassRangeCode[]>();
    for (const item of items) {
      const list = byCode.get(item.code);
      if (list) list.push(item);
      else byCode.set(item.code, [item]);
    }
    history = { byCode, today, messages: new Map(), size: 0 };
    histories.set(items, history);
  }
  if (history.today !== today || history.size >= MAX_MESSAGES) {
    history.today = today;
    history.messages.clear();
    history.size = 0;
  }
  return history;
}

/** The code in the history for what was typed (the text itself when none, or several, match). */
function historyCode(items: readonly KlassRangeCode[], text: string): string {
  try {
    return resolveCode(codeIndex(items), text) ?? text;
  } catch {
    return text; // ambiguous in the history: the message names the text as typed
  }
}

/**
 * A year hides a mid-year change: a date given as a year is 1 January, so a code that starts in a
 * version from later that year is missing there. The later version within the year in which the
 * code is valid, if any: "; valid from 2024-07-01 in version Kommuneinndeling 2024-07".
 */
function laterInYear(meta: KlassClassification, seen: readonly KlassRangeCode[], date: string): string {
  if (!date.endsWith("-01-01")) return "";
  const end = `${Number(date.slice(0, 4)) + 1}-01-01`;
  for (const span of versionSpans(meta)) {
    if (span.from <= date || span.from >= end) continue;
    const valid = seen.some((item) => {
      const f = item.validFromInRequestedRange ?? item.validFrom;
      const t = item.validToInRequestedRange ?? item.validTo;
      return (!f || f <= span.from) && (!t || span.from < t);
    });
    if (valid)
      return `; valid from ${span.from} in version ${span.version.name}, later that year (KLASS.INFO(${meta.id}, "versions", ${date.slice(0, 4)}) lists them)`;
  }
  return "";
}

function notACode(meta: KlassClassification, text: string, date: string): NotFoundError {
  return new NotFoundError(`${text} is not a code in ${meta.id} ${meta.name} at ${date}`, { api: "klass" });
}

/** A message maker for the misses of one classification (loads its history once, on demand). */
export function missMessages(
  env: KlassEnv,
  meta: KlassClassification,
  language: KlassLanguage,
): MaybePromise<MissMessage> {
  const first = versionSpans(meta)[0];
  const loaded = first
    ? attempt(() => env.klass.codesInRange(meta.id, first.from, undefined, language))
    : new Error("no versions");
  return mapMaybe(loaded, (items) => {
    if (items instanceof Error) return (text: string, date: string) => notACode(meta, text, date);
    const history = historyOf(items, todayOf(env));
    return (text: string, date: string) => {
      let byDate = history.messages.get(text);
      let message = byDate?.get(date);
      if (message) return message;
      const code = historyCode(items, text);
      const seen = history.byCode.get(code);
      message = seen
        ? new NotFoundError(
            `${code} is not in ${meta.id} at ${date} (${yearsOf(seen, history.today)})${laterInYear(meta, seen, date)}; see KLASS.UPDATECODE`,
            { api: "klass" },
          )
        : notACode(meta, text, date);
      if (!byDate) history.messages.set(text, (byDate = new Map()));
      byDate.set(date, message);
      history.size++;
      return message;
    };
  });
}

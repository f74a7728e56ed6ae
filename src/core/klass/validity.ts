import { NotFoundError } from "../errors";
import { addDays } from "../args";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { codeIndex, resolveCode } from "./codeIndex";
import type { KlassEnv } from "./env";
import { todayOf } from "./env";
import { settle } from "./settleMap";
import type { KlassClassification, KlassLanguage, KlassRangeCode } from "./types";
import { versionSpans } from "./versions";

/**
 * Messages for a code missing at a date that say when it WAS valid, from one range request over
 * the classification's whole history (`codes?from=<first version>`), made only when a look-up
 * misses and cached like any list. If that request fails, the message simply has no validity:
 * a miss stays a miss (#N/A), and the history's failure is not reported as the answer.
 */
export type MissMessage = (text: string, date: string) => NotFoundError;

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

/** A message maker for the misses of one classification (loads its history once, on demand). */
export function missMessages(env: KlassEnv, meta: KlassClassification, language: KlassLanguage): MaybePromise<MissMessage> {
  const first = versionSpans(meta)[0];
  const history = first ? settle(() => env.klass.codesInRange(meta.id, first.from, undefined, language)) : new Error("no versions");
  return mapMaybe(history, (items) => {
    const byCode = new Map<string, KlassRangeCode[]>();
    if (!(items instanceof Error)) {
      for (const item of items) {
        const list = byCode.get(item.code);
        if (list) list.push(item);
        else byCode.set(item.code, [item]);
      }
    }
    const today = todayOf(env);
    return (text: string, date: string) => {
      const code = items instanceof Error ? text : (resolveCode(codeIndex(items), text) ?? text);
      const seen = byCode.get(code);
      const where = `${meta.id} ${meta.name}`;
      if (!seen) return new NotFoundError(`${text} is not a code in ${where} at ${date}`, { api: "klass" });
      return new NotFoundError(`${code} is not in ${meta.id} at ${date} (${yearsOf(seen, today)}); see KLASS.UPDATECODE`, { api: "klass" });
    };
  });
}

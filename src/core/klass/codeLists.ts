import { MAX_NAME_LENGTH, shown } from "../args";
import { InvalidInputError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { codeIndex, type CodeIndex } from "./codeIndex";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import { attempt, settleMap, type Outcome } from "../settleMap";
import type { KlassClassification, KlassCode, KlassLanguage } from "./types";
import { checkPublished, versionAt, type VersionSpan } from "./versions";

/** The code list of the version valid at some date, indexed. */
export interface VersionList {
  readonly meta: KlassClassification;
  readonly span: VersionSpan;
  readonly index: CodeIndex;
}

/**
 * The version lists for a set of dates: dates are first mapped to versions, then each distinct
 * version is loaded once (one request per classification, version and language; none when
 * cached). Each date gets its list, or its own Error (no version then, not published in the
 * language, or the load failed) — one bad date never fails the others.
 */
export function listsForDates(
  env: KlassEnv,
  meta: KlassClassification,
  dates: Iterable<string>,
  language: KlassLanguage,
): MaybePromise<Map<string, Outcome<VersionList>>> {
  const today = todayOf(env);
  const spanOfDate = new Map<string, Outcome<VersionSpan>>();
  const loads = new Map<string, MaybePromise<Outcome<readonly KlassCode[]>>>();
  const spans = new Map<string, VersionSpan>();
  for (const date of dates) {
    if (spanOfDate.has(date)) continue;
    try {
      const span = versionAt(meta, date);
      checkPublished(meta, span, language);
      spanOfDate.set(date, span);
      spans.set(span.from, span);
      if (!loads.has(span.from)) {
        loads.set(
          span.from,
          attempt(() => env.klass.versionCodes(meta.id, span.from, language, span.from > today)),
        );
      }
    } catch (error) {
      spanOfDate.set(date, error as Error);
    }
  }
  return mapMaybe(settleMap(loads), (loaded) => {
    const out = new Map<string, Outcome<VersionList>>();
    for (const [date, span] of spanOfDate) {
      if (span instanceof Error) {
        out.set(date, span);
        continue;
      }
      const codes = loaded.get(span.from);
      out.set(
        date,
        codes === undefined
          ? new Error("internal: version not loaded")
          : codes instanceof Error
            ? codes
            : { meta, span, index: codeIndex(codes) },
      );
    }
    return out;
  });
}

/** The list at one date; throws its Error. */
export function listAt(
  env: KlassEnv,
  meta: KlassClassification,
  date: string,
  language: KlassLanguage,
): MaybePromise<VersionList> {
  return mapMaybe(listsForDates(env, meta, [date], language), (lists) => {
    const list = lists.get(date);
    if (!list || list instanceof Error) throw list ?? new Error("internal: no list");
    return list;
  });
}

/**
 * The code a user typed in a cell, as text: text is trimmed, a number is written as Excel shows it
 * (301 → "301"; the index then pads it). Blank → undefined. Anything else, or text longer than
 * MAX_NAME_LENGTH, → InvalidInputError.
 */
export function typedCode(value: unknown): string | undefined | Error {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    // No code is near this long: refuse it before normalising and matching (whose cost grows with it).
    if (value.length > MAX_NAME_LENGTH)
      return new InvalidInputError(
        `code is ${value.length.toLocaleString("en-US")} characters long; at most ${MAX_NAME_LENGTH.toLocaleString("en-US")} are allowed ("${shown(value)}")`,
      );
    const text = value.trim();
    return text === "" ? undefined : text;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return new InvalidInputError(`code must be text or a number, not ${String(value)}; e.g. "0301"`);
}

import { coerceId, isOmitted, toGrid } from "../args";
import { InvalidInputError, NotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import { attempt, settleMap } from "../settleMap";
import { listsForDates, typedCode, type VersionList } from "./codeLists";
import { findCode } from "./codeIndex";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassClassification } from "./types";
import { findVersionAt, versionSpans } from "./versions";

/**
 * KLASS.DETECT: which classification and version a column of codes most likely belongs to.
 * Every version of every candidate is tried (one request per candidate version, cached; the
 * lists KLASS.CODENAME uses), each distinct code matched as the look-ups match it (leading zeros
 * and separators as the list has them: "01110" is SN2007's "01.110").
 */

/** The commonly used classifications, always tried: municipalities, counties, economic regions, SN2007. */
export const DEFAULT_CANDIDATES: readonly number[] = [131, 104, 106, 6];

/** The header of KLASS.DETECT's table. */
export const DETECT_COLUMNS = [
  "classification",
  "name",
  "version",
  "validFrom",
  "validTo",
  "share",
  "valid",
  "codes",
  "changedSince",
] as const;

/** One candidate's best run of versions, with every version's list (the workbook check reads them). */
export interface CandidateScore {
  readonly meta: KlassClassification;
  /** Every version's list of the candidate (published in bokmål), oldest first. */
  readonly all: readonly VersionList[];
  /** The versions (consecutive, equally good) the best share spans, oldest first. */
  readonly lists: readonly VersionList[];
  readonly valid: number;
  /** Of the codes valid in the best version, how many are not valid in today's version. */
  readonly changedSince: number;
}

/** The distinct non-blank codes of a range, as typed (numbers as the look-ups read them). */
function codesOf(range: unknown): string[] {
  const seen = new Set<string>();
  for (const row of toGrid(range))
    for (const cell of row) {
      const code = typedCode(cell);
      if (typeof code === "string" && code !== "") seen.add(code);
    }
  return [...seen];
}

/** The codes (as typed) that are in the list; an ambiguous code counts as not in it. */
function validIn(list: VersionList, codes: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const c of codes) {
    try {
      if (findCode(list.index, c)) found.add(c);
    } catch {
      // ambiguous in this list: not a match
    }
  }
  return found;
}

/** A candidate's versions scored; the latest best version, extended back over adjacent equally good ones. */
function bestOf(
  meta: KlassClassification,
  lists: readonly VersionList[],
  codes: readonly string[],
  today: string,
): CandidateScore {
  const scored = lists.map((list) => ({ list, valid: validIn(list, codes) }));
  let best = -1;
  for (let i = 0; i < scored.length; i++) if (best < 0 || scored[i]!.valid.size >= scored[best]!.valid.size) best = i;
  const top = scored[best]!;
  let first = best;
  while (
    first > 0 &&
    scored[first - 1]!.valid.size === top.valid.size &&
    scored[first - 1]!.list.span.to === scored[first]!.list.span.from
  )
    first--;
  const current = scored.find((s) => s.list.span === findVersionAt(meta, today));
  let changedSince = 0;
  if (current) for (const c of top.valid) if (!current.valid.has(c)) changedSince++;
  return {
    meta,
    all: lists,
    lists: scored.slice(first, best + 1).map((s) => s.list),
    valid: top.valid.size,
    changedSince,
  };
}

/** One candidate's best match, as the pane proposes it and KLASS.DETECT lists it. */
export interface DetectMatch {
  readonly classificationId: number;
  readonly name: string;
  /** Names of the versions (consecutive, equally good) the best share spans, oldest first. */
  readonly versions: readonly string[];
  /** First day of the oldest of those versions; the latest one's first day; the last day after them (exclusive), "" when still valid. */
  readonly validFrom: string;
  readonly latestFrom: string;
  readonly validTo: string;
  /** Share of the distinct codes valid in it (0–1), and how many. */
  readonly share: number;
  readonly valid: number;
  /** Of those, how many are no longer valid today. */
  readonly changedSince: number;
}

/** The candidate ids: DEFAULT_CANDIDATES and any the user lists (ids, comma or semicolon lists, ranges). */
function candidateIds(candidates: unknown): number[] {
  const ids = [...DEFAULT_CANDIDATES];
  if (!isOmitted(candidates))
    for (const row of toGrid(candidates))
      for (const cell of row)
        if (!isOmitted(cell))
          for (const part of String(cell)
            .split(/[,;]/)
            .map((p) => p.trim())
            .filter(Boolean)) {
            const id = coerceId(part, "candidates", "131, 7");
            if (!ids.includes(id)) ids.push(id);
          }
  return ids;
}

/**
 * The candidates' best versions for a range of codes, best first: every version of every
 * candidate (DEFAULT_CANDIDATES and any listed) is tried. A candidate KLASS does not have is left
 * out; an outage of any candidate fails the call; no code valid anywhere is #N/A.
 */
export function detectMatches(
  env: KlassEnv,
  range: unknown,
  candidates?: unknown,
): MaybePromise<{ readonly codes: number; readonly matches: readonly DetectMatch[] }> {
  const codes = codesOf(range);
  if (codes.length === 0) throw new InvalidInputError(`range has no codes; give a column of codes, e.g. A2:A500`);
  const ids = candidateIds(candidates);
  return mapMaybe(scoreCandidates(env, codes, ids), (matches) => {
    if (matches.length === 0 || matches[0]!.valid === 0)
      throw new NotFoundError(
        `none of the ${codes.length} codes is valid in any version of ${ids.join(", ")}; list the classification to try as candidates, e.g. KLASS.DETECT(A2:A500, 7)`,
        { api: "klass" },
      );
    return {
      codes: codes.length,
      matches: matches.map((m): DetectMatch => {
        const first = m.lists[0]!;
        const last = m.lists[m.lists.length - 1]!;
        return {
          classificationId: m.meta.id,
          name: m.meta.name,
          versions: m.lists.map((l) => l.span.version.name),
          validFrom: first.span.from,
          latestFrom: last.span.from,
          validTo: last.span.to ?? "",
          share: m.valid / codes.length,
          valid: m.valid,
          changedSince: m.changedSince,
        };
      }),
    };
  });
}

/**
 * KLASS.DETECT: a table, header first, one row per candidate (best first): its best version (or
 * run of consecutive versions equally good) with its validity, the share of the codes valid in it,
 * how many, of how many distinct codes, and how many of those are no longer valid today. A
 * candidate KLASS does not have is left out; an outage of any candidate fails the call.
 */
export function klassDetect(env: KlassEnv, range: unknown, candidates?: unknown): MaybePromise<ResultCell[][]> {
  return mapMaybe(detectMatches(env, range, candidates), ({ codes, matches }) => [
    [...DETECT_COLUMNS],
    ...matches.map((m): ResultCell[] => [
      m.classificationId,
      m.name,
      m.versions.join(" – "),
      m.validFrom,
      m.validTo,
      m.share,
      m.valid,
      codes,
      m.changedSince,
    ]),
  ]);
}

/**
 * The candidates scored for distinct codes (as typed), best first: per candidate its best run of
 * versions and every version's list (one request per candidate version, cached). A candidate
 * KLASS does not have is left out; an outage of any candidate fails the whole answer. KLASS.DETECT
 * and the workbook check (src/core/check) both read it.
 */
export function scoreCandidates(
  env: KlassEnv,
  codes: readonly string[],
  ids: readonly number[],
): MaybePromise<CandidateScore[]> {
  const today = todayOf(env);
  const loads = new Map(
    ids.map((id) => [
      id,
      attempt(() =>
        mapMaybe(env.klass.classification(id), (meta) =>
          mapMaybe(
            listsForDates(
              env,
              meta,
              versionSpans(meta).map((s) => s.from),
              "nb",
            ),
            (lists) => {
              const ok: VersionList[] = [];
              for (const list of lists.values()) {
                if (list instanceof NotFoundError) continue; // a version not published in bokmål: not a candidate
                if (list instanceof Error) throw list;
                ok.push(list);
              }
              return ok.length === 0 ? undefined : bestOf(meta, ok, codes, today);
            },
          ),
        ),
      ),
    ]),
  );
  return mapMaybe(settleMap(loads), (results) => {
    const matches: CandidateScore[] = [];
    for (const result of results.values()) {
      if (result instanceof NotFoundError) continue; // a candidate KLASS does not have: no match
      if (result instanceof Error) throw result;
      if (result) matches.push(result);
    }
    matches.sort((a, b) => b.valid - a.valid);
    return matches;
  });
}

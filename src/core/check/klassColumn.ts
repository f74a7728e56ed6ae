import { addDays } from "../args";
import { NotFoundError } from "../errors";
import { findCode } from "../klass/codeIndex";
import { typedCode, type VersionList } from "../klass/codeLists";
import { scoreCandidates, type CandidateScore } from "../klass/detect";
import { followChangesResult, type FollowResult } from "../klass/followChanges";
import type { KlassEnv } from "../klass/klassEnv";
import type { KlassCodeChange } from "../klass/types";
import { between } from "../klass/updateCode";
import { findVersionAt } from "../klass/versions";
import { attempt } from "../settleMap";
import type { ColumnReport, Finding, FoundBy, SheetColumn } from "./types";

/**
 * The KLASS side of the workbook check for one column: which classification its codes belong to
 * (KLASS.DETECT's scoring, ../klass/detect.ts, over the candidates), then per distinct code:
 * valid at the check date, or the version it was last valid in and where KLASS.UPDATECODE's rules
 * take it (../klass/followChanges.ts); a code valid at the date is also followed into the later
 * published versions, to warn of a change ahead. Requests: one list per version of each candidate
 * (the same cached requests as KLASS.DETECT) and one `changes` request per classification over
 * all its versions, shared by every column — never one per cell.
 */

/** Least share of a column's distinct codes valid in one version to take it as that classification. */
const HEADER_SHARE = 0.5;
const CONTENT_SHARE = 0.8;
/** A column recognised by content alone needs this many distinct codes (a few small numbers prove nothing). */
const CONTENT_MIN_CODES = 5;

/** What one distinct code is at the check date. */
type Verdict =
  | { readonly kind: "valid"; readonly code: string; readonly ahead: Ahead | undefined }
  | {
      readonly kind: "old";
      readonly code: string;
      readonly validFrom: string;
      readonly validTo: string | undefined;
      readonly follow: FollowResult;
    }
  | { readonly kind: "unknown" };

/** The first later version in which a code valid at the date is no longer itself, and what it became. */
interface Ahead {
  readonly list: VersionList;
  readonly result: FollowResult;
}

/** The item for a typed code in a list, or undefined (an ambiguous code is no match). */
function codeIn(list: VersionList, text: string): string | undefined {
  try {
    return findCode(list.index, text)?.code;
  } catch {
    return undefined;
  }
}

/** The distinct codes of a column as typed (text; numbers as Excel shows them). */
function typedCodes(column: SheetColumn): string[] {
  const seen = new Set<string>();
  for (const cell of column.cells) {
    const text = typedCode(cell.value);
    if (typeof text === "string") seen.add(text);
  }
  return [...seen];
}

/** The match to use for the column, or undefined when its codes are not (enough) of any candidate. */
function chosen(matches: readonly CandidateScore[], codes: number, by: FoundBy): CandidateScore | undefined {
  const best = matches[0];
  if (!best || best.valid === 0) return undefined;
  if (by === "header") return best.valid / codes >= HEADER_SHARE ? best : undefined;
  return codes >= CONTENT_MIN_CODES && best.valid / codes >= CONTENT_SHARE ? best : undefined;
}

/**
 * Checks one column of codes at `date`: undefined when it is not a column of KLASS codes after all.
 * `ids`: the candidates (the header's classification alone, or KLASS.DETECT's defaults).
 */
export async function checkKlassColumn(
  env: KlassEnv,
  column: SheetColumn,
  ids: readonly number[],
  by: FoundBy,
  date: string,
): Promise<ColumnReport | undefined> {
  const codes = typedCodes(column);
  if (codes.length === 0) return undefined;
  const match = chosen(await scoreCandidates(env, codes, ids), codes.length, by);
  if (!match) return undefined;
  const { meta, all } = match;
  const kind = { type: "klass", classification: meta.id, name: meta.name } as const;
  const atSpan = findVersionAt(meta, date);
  const at = atSpan && all.find((l) => l.span.from === atSpan.from);
  if (!at)
    return {
      column,
      kind,
      by,
      findings: [],
      error: new NotFoundError(`${meta.id} ${meta.name} has no version valid at ${date}`, { api: "klass" }),
    };
  const later = all.filter((l) => l.span.from > at.span.from);
  const latest = later[later.length - 1];

  // Each code's version: the one at the date, else the latest version that has it.
  const placed = new Map<string, { list: VersionList; code: string } | undefined>();
  let follows = false;
  for (const text of codes) {
    const here = codeIn(at, text);
    if (here !== undefined) {
      placed.set(text, { list: at, code: here });
      if (latest) follows = true;
      continue;
    }
    let found: { list: VersionList; code: string } | undefined;
    for (let i = all.length - 1; i >= 0 && !found; i--) {
      const code = codeIn(all[i]!, text);
      if (code !== undefined) found = { list: all[i]!, code };
    }
    placed.set(text, found);
    if (found) follows = true;
  }

  // ONE changes request per classification, from its first version to its last, whatever the
  // columns: every code is followed within it between its own two versions (followChanges skips
  // the changes outside them), so a workbook's columns share one cached answer.
  const first = all[0]!.span.from;
  const last = all[all.length - 1]!.span.from;
  let changes: readonly KlassCodeChange[] = [];
  if (follows && first !== last) {
    const loaded = await attempt(() => env.klass.changes(meta.id, first, addDays(last, 1)));
    if (loaded instanceof Error) return { column, kind, by, findings: [], error: loaded };
    changes = loaded;
  }
  const follow = (code: string, from: string, to: string): FollowResult => {
    const [lo, hi] = between(from, to);
    return followChangesResult(code, changes, lo, hi, from > to);
  };

  /** Followed through each later version in turn (one changes request up to the latest covers them all). */
  const aheadOf = (code: string): Ahead | undefined => {
    if (!latest) return undefined;
    for (const list of later) {
      const result = followChangesResult(code, changes, at.span.from, list.span.from);
      if (!(result.kind === "code" && result.code === code)) return { list, result };
    }
    return undefined;
  };
  const verdicts = new Map<string, Verdict>();
  for (const [text, place] of placed) {
    if (!place) verdicts.set(text, { kind: "unknown" });
    else if (place.list === at)
      verdicts.set(text, {
        kind: "valid",
        code: place.code,
        ahead: aheadOf(place.code),
      });
    else {
      const holding = all.filter((l) => l.index.byCode.has(place.code));
      verdicts.set(text, {
        kind: "old",
        code: place.code,
        validFrom: holding[0]!.span.from,
        validTo: holding[holding.length - 1]!.span.to,
        follow: follow(place.code, place.list.span.from, at.span.from),
      });
    }
  }

  const findings: Finding[] = [];
  const fixes = new Map<number, string>();
  for (const cell of column.cells) {
    const text = typedCode(cell.value);
    if (typeof text !== "string") continue;
    const verdict = verdicts.get(text)!;
    const ref = { sheet: column.sheet, row: cell.row, column: column.column, value: cell.value };
    if (verdict.kind === "unknown") {
      findings.push({ ...ref, kind: "unknown", code: text });
      continue;
    }
    if (verdict.kind === "valid") {
      fixes.set(cell.row, verdict.code);
      const ahead = verdict.ahead;
      if (ahead) {
        const next = ahead.result;
        findings.push({
          ...ref,
          kind: "will-change",
          code: verdict.code,
          version: ahead.list.span.version.name,
          date: ahead.list.span.from,
          successors: next.kind === "code" ? [next.code] : next.kind === "split" ? next.codes : [],
        });
      }
      continue;
    }
    const { code, validFrom, validTo, follow: result } = verdict;
    const period = { code, validFrom, validTo };
    // A successor the list at the date does not have (the feed recorded no change): it ceased.
    if (result.kind === "code" && at.index.byCode.has(result.code)) {
      fixes.set(cell.row, result.code);
      findings.push({ ...ref, ...period, kind: "not-valid", successor: result.code });
    } else if (result.kind === "split")
      findings.push({ ...ref, ...period, kind: "split", date: result.date, successors: result.codes });
    else
      findings.push({
        ...ref,
        ...period,
        kind: "ceased",
        date: result.kind === "ceased" ? result.date : (validTo ?? ""),
      });
  }
  return { column, kind, by, version: at.span.version.name, findings, fixes };
}

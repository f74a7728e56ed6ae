import { addDays, coerceId, coerceLanguage, type Grid } from "../args";
import type { EntityValue } from "../cards/cellValues";
import { isNotFoundError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import { attempt } from "../settleMap";
import { changesRequestFrom } from "./changes";
import { listsForDates, type VersionList } from "./codeLists";
import { findCode } from "./codeIndex";
import { codeEntity } from "./codeEntity";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassClassification, KlassCode, KlassCodeChange } from "./types";
import { missMessages } from "./validity";
import { versionSpans } from "./versions";
import { MISS, vectorLookup, type Miss } from "./vectorLookup";

/*
 * KLASS.KORT over a range: one card (./codeEntity.ts) per code, in the broadcast shape of `code`
 * and `date`, as KLASS.CODENAME answers (one request per version; a missing code is #N/A saying
 * when it was valid). The changes that touched each code come from one `changes` request for the
 * classification's whole history (cached). A card never hides a failure: when that request fails
 * (an outage), the found codes' cells are its error, not cards without their changes.
 */

export type CodeCardCell = EntityValue | string | Error;

interface Found {
  readonly item: KlassCode;
  readonly list: VersionList;
}

/** The classification's history: from its first version to past today or its last version's start. */
function allChanges(env: KlassEnv, meta: KlassClassification): MaybePromise<readonly KlassCodeChange[] | Error> {
  const spans = versionSpans(meta);
  const first = spans[0]?.from;
  const last = spans[spans.length - 1]?.from;
  if (first === undefined || last === undefined) return [];
  const tomorrow = addDays(todayOf(env), 1);
  const end = last >= tomorrow ? addDays(last, 1) : tomorrow;
  const from = changesRequestFrom(meta, first, end);
  if (from === undefined) return [];
  const loaded = attempt(() => env.klass.changes(meta.id, from, end));
  return mapMaybe(loaded, (changes) =>
    changes instanceof Error ? (isNotFoundError(changes) ? [] : changes) : changes,
  );
}

/** Changes per code (old or new side), built once per loaded answer. */
const byCode = new WeakMap<readonly KlassCodeChange[], Map<string, KlassCodeChange[]>>();

function changesOf(changes: readonly KlassCodeChange[], code: string): readonly KlassCodeChange[] {
  let index = byCode.get(changes);
  if (!index) {
    index = new Map();
    for (const change of changes)
      for (const side of new Set([change.oldCode, change.newCode]))
        if (side) index.set(side, [...(index.get(side) ?? []), change]);
    byCode.set(changes, index);
  }
  return index.get(code) ?? [];
}

/** Cards already built per (item, changes): a warm recalculation hands back the same objects. */
const built = new WeakMap<KlassCode, { changes: unknown; list: VersionList; card: EntityValue }>();

function cardOf(found: Found, changes: readonly KlassCodeChange[]): EntityValue {
  const memo = built.get(found.item);
  if (memo && memo.changes === changes && memo.list.span === found.list.span) return memo.card;
  const card = codeEntity({ ...found, changes: changesOf(changes, found.item.code) });
  built.set(found.item, { changes, list: found.list, card });
  return card;
}

/**
 * The cards for a range (or one value) of codes at their dates.
 *
 * @example klassCardGrid(env, 131, [["0301"], ["abc"]], "2024-01-01") // → [[{ text: "0301 Oslo", … }], [NotFoundError]]
 */
export function klassCardGrid(
  env: KlassEnv,
  classification: unknown,
  code: unknown,
  date?: unknown,
  language?: unknown,
): MaybePromise<Grid<CodeCardCell>> {
  const id = coerceId(classification, "classification", "131");
  const lang = coerceLanguage(language);
  return mapMaybe(env.klass.classification(id), (meta) => {
    const found = vectorLookup<VersionList, Found | string>({
      codes: code,
      dates: date,
      names: ["code", "date"],
      today: todayOf(env),
      blank: "",
      load: (dates) => listsForDates(env, meta, dates, lang),
      lookup: (typed, list) => {
        const item = findCode(list.index, typed);
        return item ? { item, list } : MISS;
      },
      misses: () =>
        mapMaybe(
          missMessages(env, meta, lang),
          (message) => (miss: Miss<VersionList>) => message(miss.text, miss.date),
        ),
    });
    return mapMaybe(found, (grid) => {
      const anyFound = grid.some((row) => row.some((cell) => typeof cell === "object" && !(cell instanceof Error)));
      if (!anyFound) return grid as Grid<CodeCardCell>;
      return mapMaybe(allChanges(env, meta), (changes) =>
        grid.map((row) =>
          row.map((cell): CodeCardCell => {
            if (typeof cell === "string" || cell instanceof Error) return cell;
            return changes instanceof Error ? changes : cardOf(cell, changes);
          }),
        ),
      );
    });
  });
}

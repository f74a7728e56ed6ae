import { addDays, coerceDate, coerceId, isOmitted, scalar } from "../args";
import { InvalidInputError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassClassification, KlassCodeChange } from "./types";
import { versionSpans } from "./versions";

/** The columns of KLASS.CHANGES, in order. */
const CHANGE_COLUMNS = ["oldCode", "oldName", "newCode", "newName", "changeOccurred"] as const;

/**
 * The `from` to send to `changes` for the changes that take effect on the days [start, end).
 *
 * The API's `changes?from&to` lists the changes that take effect AFTER `from` and before `to`: it
 * leaves out those on `from` itself (recorded: `104/changes?from=2018-01-01&to=2019-01-02` is
 * empty although 16/17 → 50 Trøndelag took effect 2018-01-01) and those on `to`. So the day before
 * `start` is sent. Never earlier than the first version's start: no change takes effect on a
 * classification's first day, and early dates (year 1, 1900) make the real endpoint slow.
 * Undefined when the range ends on or before the first version's start (nothing can change there).
 */
export function changesRequestFrom(meta: KlassClassification, start: string, end: string): string | undefined {
  const first = versionSpans(meta)[0]?.from;
  if (first === undefined || end <= first) return undefined;
  const dayBefore = addDays(start, -1);
  return dayBefore < first ? first : dayBefore;
}

/**
 * KLASS.CHANGES: the code changes that take effect on the days [from, to) — a change on `from`
 * is included, one on `to` is not — as a table with a header row. CHANGES(104, 2019, 2021)
 * includes the reform of 2020-01-01 (01, 02, 06 → 30 Viken); CHANGES(104, 2019, 2020) does not;
 * CHANGES(104, 2018, 2019) has 16/17 → 50 of 2018-01-01. Omitted `to` = through today. A code that
 * was added has an empty old side; one that ceased, an empty new side. Costs the classification's
 * metadata (cached; for the first version's start) and one `changes` request.
 */
export function klassChanges(
  env: KlassEnv,
  classification: unknown,
  from: unknown,
  to?: unknown,
): MaybePromise<ResultCell[][]> {
  const id = coerceId(classification, "classification", "131");
  if (isOmitted(scalar(from))) throw new InvalidInputError(`from is missing; give a date, e.g. "2019-01-01"`);
  const today = todayOf(env);
  const start = coerceDate(from, today, "from");
  // Omitted: through today, so a change that took effect today is included.
  const end = isOmitted(scalar(to)) ? addDays(today, 1) : coerceDate(to, today, "to");
  if (end <= start)
    throw new InvalidInputError(
      `to (${end}) must be after from (${start}): the range is [from, to), e.g. from "2019-01-01", to "2021-01-01"`,
    );
  return mapMaybe(env.klass.classification(id), (meta) => {
    const requestFrom = changesRequestFrom(meta, start, end);
    if (requestFrom === undefined) return changeTable([]);
    return mapMaybe(env.klass.changes(id, requestFrom, end), (changes) =>
      // The day before `start` was asked for only to include `start`: keep [start, end).
      changeTable(changes.filter((c) => c.changeOccurred >= start && c.changeOccurred < end)),
    );
  });
}

/** Changes as a table with a header row, oldest change first; nulls become blanks. */
function changeTable(changes: readonly KlassCodeChange[]): ResultCell[][] {
  const rows: ResultCell[][] = [[...CHANGE_COLUMNS]];
  const sorted = [...changes].sort((a, b) =>
    a.changeOccurred < b.changeOccurred ? -1 : a.changeOccurred > b.changeOccurred ? 1 : 0,
  );
  for (const c of sorted)
    rows.push([c.oldCode ?? "", c.oldName ?? "", c.newCode ?? "", c.newName ?? "", c.changeOccurred]);
  return rows;
}

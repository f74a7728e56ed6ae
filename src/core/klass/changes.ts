import { addDays, coerceDate, coerceId, isOmitted, scalar } from "../args";
import { InvalidInputError } from "../errors";
import { mapMaybe, type MaybePromise } from "../maybePromise";
import type { ResultCell } from "../resultGrid";
import type { KlassEnv } from "./klassEnv";
import { todayOf } from "./klassEnv";
import type { KlassCodeChange } from "./types";

/** The columns of KLASS.CHANGES, in order. */
const CHANGE_COLUMNS = ["oldCode", "oldName", "newCode", "newName", "changeOccurred"] as const;

/**
 * KLASS.CHANGES: the code changes in [from, to) — half-open like the API's range (issue #8) — as a
 * table with a header row. CHANGES(104, 2019, 2021) includes the reform of 2020-01-01 (01, 02, 06
 * → 30 Viken); CHANGES(104, 2019, 2020) does not. Omitted `to` = through today. A code that was
 * added has an empty old side; one that ceased, an empty new side.
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
  return mapMaybe(env.klass.changes(id, start, end), (changes) => changeTable(changes));
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

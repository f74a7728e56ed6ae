/**
 * Code changes between two consecutive versions. Explicit lists (the recorded 104 and 106
 * answers, the 2024 renumbering of 131) win; otherwise changes are derived: a code that
 * disappeared is linked to a new code with the same name, else reported as removed; new codes
 * are reported as added; a code whose name changed is reported old → new.
 */
import type { KlassClassification, KlassItem, KlassVersion, LangText } from "./model";

/** One row of `codeChanges`. */
export interface ChangeRow {
  oldCode: string | null;
  oldName: string | null;
  oldShortName: string | null;
  newCode: string | null;
  newName: string | null;
  newShortName: string | null;
  changeOccurred: string;
}

function derive(older: KlassVersion, newer: KlassVersion): Array<{ oldCode: string | null; newCode: string | null }> {
  const oldByCode = new Map(older.items.map((i) => [i.code, i]));
  const newByCode = new Map(newer.items.map((i) => [i.code, i]));
  const pairs: Array<{ oldCode: string | null; newCode: string | null }> = [];
  const linkedNew = new Set<string>();
  for (const o of older.items) {
    const n = newByCode.get(o.code);
    if (n) {
      if (n.name.nb !== o.name.nb) pairs.push({ oldCode: o.code, newCode: n.code });
      continue;
    }
    const sameName = newer.items.find((x) => !oldByCode.has(x.code) && x.name.nb === o.name.nb);
    if (sameName) linkedNew.add(sameName.code);
    pairs.push({ oldCode: o.code, newCode: sameName ? sameName.code : null });
  }
  for (const n of newer.items)
    if (!oldByCode.has(n.code) && !linkedNew.has(n.code)) pairs.push({ oldCode: null, newCode: n.code });
  return pairs;
}

/** The change rows from `older` to `newer`, names in the requested language. */
export function changesBetween(
  c: KlassClassification,
  older: KlassVersion,
  newer: KlassVersion,
  text: (t: LangText) => string,
): ChangeRow[] {
  const oldByCode = new Map<string, KlassItem>(older.items.map((i) => [i.code, i]));
  const newByCode = new Map<string, KlassItem>(newer.items.map((i) => [i.code, i]));
  const list = c.changes.get(newer.id) ?? derive(older, newer);
  return list.map(({ oldCode, newCode }) => {
    const o = oldCode === null ? undefined : oldByCode.get(oldCode);
    const n = newCode === null ? undefined : newByCode.get(newCode);
    return {
      oldCode: o ? o.code : null,
      oldName: o ? text(o.name) : null,
      oldShortName: o ? text(o.shortName) : null,
      newCode: n ? n.code : null,
      newName: n ? text(n.name) : null,
      newShortName: n ? text(n.shortName) : null,
      changeOccurred: newer.validFrom,
    };
  });
}

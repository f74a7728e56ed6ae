/**
 * Is a value read back from the persistent store what its key holds? The store outlives this
 * code and can be written by another version of it (or damaged), so every record read back is
 * checked once, by its key's shape, before it is used; the cache drops one that fails and fetches
 * the resource again (./cache/cacheCore.ts). Memory hits are never checked again.
 */
import { brregValues } from "./brreg/shapes";
import type { BrregRegister } from "./brreg/types";
import { klassValues } from "./klass/shapes";
import {
  BRREG_CHANGES_KEY_PREFIX,
  BRREG_SEARCH_KEY_PREFIX,
  ORGFORM_KEY,
  ROLLER_KEY_PREFIX,
  UNIT_KEY_PREFIX,
  parseKlassKey,
} from "./cacheKeys";

const KLASS_KINDS: Readonly<Record<string, (value: unknown) => boolean>> = {
  meta: klassValues.classification,
  codesAt: klassValues.codes,
  variantAt: klassValues.codes,
  codes: klassValues.rangeCodes,
  variant: klassValues.rangeCodes,
  variants: klassValues.variant,
  correspondsAt: klassValues.correspondenceItems,
  changes: klassValues.codeChanges,
  version: klassValues.version,
};

const REGISTERS: ReadonlyArray<BrregRegister> = ["enheter", "underenheter"];

/**
 * True when `value` has the shape the entry under `key` holds (keys: ./cacheKeys.ts). A key of a
 * shape this file does not know (a test's own key) passes: nothing here can say it is wrong.
 */
export function isValidStoredValue(key: string, value: unknown): boolean {
  const klass = parseKlassKey(key);
  if (klass !== undefined) return KLASS_KINDS[klass.kind]?.(value) ?? true;
  if (key.startsWith("klass/search/")) return klassValues.searchPage(value);
  if (key.startsWith("klass/correspondencetables/")) return klassValues.correspondenceTable(value);
  if (key.startsWith("klass/families/"))
    return key.split("/").length === 3 ? klassValues.families(value) : klassValues.family(value);
  for (const register of REGISTERS) {
    const prefix = UNIT_KEY_PREFIX[register];
    if (key.startsWith(prefix)) return brregValues.lookup(value, register, key.slice(prefix.length));
  }
  if (key.startsWith(ROLLER_KEY_PREFIX)) return brregValues.roller(value);
  if (key === ORGFORM_KEY) return brregValues.organisasjonsformer(value);
  if (key.startsWith(BRREG_SEARCH_KEY_PREFIX)) return brregValues.searchPage(value);
  if (key.startsWith(BRREG_CHANGES_KEY_PREFIX))
    return brregValues.changeWindow(value, key.split("/").slice(3).join("/"));
  return true;
}

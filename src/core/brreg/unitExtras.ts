import { allMaybe, mapMaybe, type MaybePromise } from "../maybePromise";
import { attempt, settleMap } from "../settleMap";
import type { BrregData } from "./brregData";
import type { BrregRollegruppe, UnitLookup } from "./types";

/** What a column's units need beyond themselves, settled: roles per unit, and the parents' look-ups. */
export interface UnitExtras {
  readonly roles: ReadonlyMap<string, readonly BrregRollegruppe[] | Error>;
  readonly parents: ReadonlyMap<string, UnitLookup | Error>;
}

/**
 * After a column's units are looked up: the roles of each unit `rolesOf` accepts (one
 * `enheter/{orgnr}/roller` request per unit — there is no list endpoint) and each distinct parent
 * `parentOf` names (through the batched unit look-up), fetched together through the cache.
 * BRREG.ENHET's role and parent fields and BRREG.KORT's cards share it.
 */
export function loadUnitExtras(
  data: BrregData,
  units: ReadonlyMap<string, UnitLookup | Error>,
  rolesOf: (lookup: UnitLookup | Error) => boolean,
  parentOf: (lookup: UnitLookup | Error) => string | undefined,
): MaybePromise<UnitExtras> {
  const roles = new Map<string, MaybePromise<readonly BrregRollegruppe[] | Error>>();
  const parents = new Map<string, MaybePromise<UnitLookup | Error>>();
  for (const [key, lookup] of units) {
    if (rolesOf(lookup))
      roles.set(
        key,
        attempt(() => data.roller(key)),
      );
    const parent = parentOf(lookup);
    if (parent !== undefined && !parents.has(parent))
      parents.set(
        parent,
        attempt(() => data.unitIn("enheter", parent)),
      );
  }
  const ready = allMaybe<Map<string, unknown>>([settleMap(roles), settleMap(parents)]);
  return mapMaybe(ready, ([rolesReady, parentsReady]) => ({
    roles: rolesReady as Map<string, readonly BrregRollegruppe[] | Error>,
    parents: parentsReady as Map<string, UnitLookup | Error>,
  }));
}

import { isOmitted, scalar, toGrid, type Grid } from "../args";
import type { EntityValue } from "../cards/cellValues";
import { isNotFoundError } from "../errors";
import { isPromise, mapMaybe, type MaybePromise } from "../maybePromise";
import { attempt, settleMap } from "../settleMap";
import type { BrregData } from "./brregData";
import { orgnrOrError } from "./orgnr";
import { notRegistered } from "./status";
import type { BrregRollegruppe, BrregUnit, UnitLookup } from "./types";
import { loadUnitExtras } from "./unitExtras";
import { removedUnitEntity, unitEntity } from "./unitEntity";

/*
 * BRREG.KORT over a range: one card (./unitEntity.ts) per organisasjonsnummer, in the argument's
 * shape. The requests are BRREG.ENHET's with role fields: every distinct number through the
 * batched look-up (list requests), then `enheter/{orgnr}/roller` once per distinct hovedenhet,
 * and each distinct underenhet's overordnet enhet through the same batched look-up. All through
 * the cache, so a warm recalculation makes no request and is synchronous.
 *
 * A card never hides a failure: a malformed number is its #VALUE!, a number in no register its
 * #N/A, and a failed unit, roles or parent look-up (an outage) the cell's error, not a card with
 * gaps. A unit without a roles resource (404) has empty roles, as in BRREG.ENHET. Blank → "".
 */

/** One element of the answer: a card, a blank, or the element's own Error. */
export type CardCell = EntityValue | string | Error;

type Key = string | Error | null;

function keyOf(value: unknown): Key {
  return isOmitted(value) ? null : orgnrOrError(value);
}

type Present = Extract<UnitLookup, { state: "found" | "deleted" }>;

function isPresent(lookup: UnitLookup | Error): lookup is Present {
  return !(lookup instanceof Error) && (lookup.state === "found" || lookup.state === "deleted");
}

function parentOf(lookup: UnitLookup | Error): string | undefined {
  if (!isPresent(lookup) || lookup.register !== "underenheter") return undefined;
  const parent = lookup.unit.overordnetEnhet;
  return typeof parent === "string" && parent !== "" ? parent : undefined;
}

/**
 * Cards already built, per unit record: a warm recalculation hands Excel the same object
 * (nothing rebuilt) as long as the cached unit, roles and parent are the same objects.
 */
const built = {
  /** A hovedenhet's own card (with its roles) or an underenhet's. */
  own: new WeakMap<BrregUnit, { roles: unknown; parent: unknown; card: EntityValue }>(),
  /** A hovedenhet's card as an underenhet's parent (no roles). */
  asParent: new WeakMap<BrregUnit, { roles: unknown; parent: unknown; card: EntityValue }>(),
};

function cardOf(lookup: Present, roles: readonly BrregRollegruppe[] | undefined, parent?: EntityValue): EntityValue {
  const memos = lookup.register === "enheter" && roles === undefined ? built.asParent : built.own;
  const memo = memos.get(lookup.unit);
  if (memo && memo.roles === roles && memo.parent === parent) return memo.card;
  const card = unitEntity({
    unit: lookup.unit,
    register: lookup.register,
    deleted: lookup.state === "deleted",
    roles,
    parent,
  });
  memos.set(lookup.unit, { roles, parent, card });
  return card;
}

/** The parent's card (no roles: it costs no roles request), its state's stand-in, or its failure. */
function parentCard(orgnr: string, lookup: UnitLookup | Error | undefined): EntityValue | Error | undefined {
  if (lookup === undefined) return undefined;
  if (lookup instanceof Error) return lookup;
  if (isPresent(lookup)) return cardOf(lookup, undefined);
  if (lookup.state === "removed") return removedUnitEntity(orgnr, "enheter");
  return undefined;
}

/**
 * The cards for a range (or one value) of organisasjonsnumre.
 *
 * @example unitCardGrid(data, [[923609016], ["abc"]]) // → [[{ type: "Entity", text: "EQUINOR ASA", … }], [InvalidInputError]]
 */
export function unitCardGrid(data: BrregData, orgnrArg: unknown): MaybePromise<Grid<CardCell>> {
  const single = scalar(orgnrArg);
  if (!Array.isArray(single)) {
    const key = keyOf(single);
    const warm = typeof key === "string" ? warmCard(data, key) : undefined;
    if (warm !== undefined) return [[warm]];
  }
  return rangeCards(data, orgnrArg);
}

/**
 * One number's card when everything it needs is cached (the common case on recalculation: a
 * formula per row): the look-ups answered synchronously, no maps or grids. Undefined for anything
 * else (a miss, a failure, a state other than found): the general way answers it.
 */
function warmCard(data: BrregData, orgnr: string): EntityValue | undefined {
  try {
    const lookup = data.unit(orgnr);
    if (isPromise(lookup)) return abandon(lookup);
    if (!isPresent(lookup)) return undefined;
    if (lookup.register === "enheter") {
      const roles = data.roller(orgnr);
      return isPromise(roles) ? abandon(roles) : cardOf(lookup, roles);
    }
    const parent = parentOf(lookup);
    if (parent === undefined) return cardOf(lookup, undefined);
    const parentLookup = data.unitIn("enheter", parent);
    if (isPromise(parentLookup)) return abandon(parentLookup);
    if (!isPresent(parentLookup)) return undefined;
    return cardOf(lookup, undefined, cardOf(parentLookup, undefined));
  } catch {
    return undefined;
  }
}

/**
 * A load the warm path will not wait for: the general way asks again (the cache shares the
 * request in flight) and answers its outcome; this copy's rejection must not go unhandled.
 */
function abandon(pending: Promise<unknown>): undefined {
  pending.catch(() => undefined);
  return undefined;
}

function rangeCards(data: BrregData, orgnrArg: unknown): MaybePromise<Grid<CardCell>> {
  const keys = toGrid(orgnrArg).map((row) => row.map(keyOf));
  const lookups = new Map<string, MaybePromise<UnitLookup | Error>>();
  for (const row of keys)
    for (const key of row)
      if (typeof key === "string" && !lookups.has(key))
        lookups.set(
          key,
          attempt(() => data.unit(key)),
        );

  return mapMaybe(settleMap(lookups), (units) => {
    const extras = loadUnitExtras(
      data,
      units,
      (lookup) => isPresent(lookup) && lookup.register === "enheter",
      parentOf,
    );
    return mapMaybe(extras, ({ roles: held, parents: parentLookups }) => {
      const cell = (key: Key): CardCell => {
        if (key === null) return "";
        if (key instanceof Error) return key;
        const lookup = units.get(key) ?? new Error(`no answer for ${key}`);
        if (lookup instanceof Error) return lookup;
        switch (lookup.state) {
          case "removed":
            return removedUnitEntity(key, lookup.register);
          case "not-registered":
            return notRegistered(key, undefined, lookup.unchecked);
        }
        if (lookup.register === "enheter") {
          const grupper = held.get(key) ?? [];
          if (grupper instanceof Error) return isNotFoundError(grupper) ? cardOf(lookup, []) : grupper;
          return cardOf(lookup, grupper);
        }
        const parent = parentOf(lookup);
        const card = parent === undefined ? undefined : parentCard(parent, parentLookups.get(parent));
        if (card instanceof Error) return card;
        // No card for the parent (not registered): the card names its number, as the register does.
        return cardOf(lookup, undefined, card);
      };
      return keys.map((row) => row.map(cell));
    });
  });
}

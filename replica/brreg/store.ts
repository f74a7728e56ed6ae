/**
 * One replica's Brreg state: units by number, name-sorted search lists (built on first search,
 * then kept in step by mutations), the oppdateringer feeds, and the mutations that append to them.
 */
import type { Mutation } from "../index";
import { deepCopy } from "../util/json";
import { baseData, type BaseData } from "./baseData";
import type { Oppdatering, UnitRecord } from "./model";
import { generatedRoles } from "./roles";

/**
 * Sort key for names in Norwegian order (A–Z, then Æ, Ø, Å). Plain string comparison of these
 * keys is an order of magnitude faster than Intl.Collator, which matters when every mutation
 * re-sorts 20 000 names.
 */
const keys = new WeakMap<UnitRecord, string>();
function nameKey(u: UnitRecord): string {
  let k = keys.get(u);
  if (k === undefined) {
    k = `${String(u.json.navn).toUpperCase().replace(/Æ/g, "\uFFF0").replace(/Ø/g, "\uFFF1").replace(/Å/g, "\uFFF2")}\u0000${u.orgnr}`;
    keys.set(u, k);
  }
  return k;
}

/** Mutable Brreg state for one replica. */
export class BrregStore {
  readonly base: BaseData;
  readonly units = new Map<string, UnitRecord>();
  readonly feeds: { enhet: Oppdatering[]; underenhet: Oppdatering[] };
  #sorted: { enhet: UnitRecord[]; underenhet: UnitRecord[] } | undefined;
  /** Incremented by every mutation, so views can cache derived lists. */
  revision = 0;
  #nextId: number;
  #auditors: UnitRecord[] | undefined;

  constructor(
    readonly seed: number,
    enheter: number,
    underenheter: number,
  ) {
    this.base = baseData(seed, enheter, underenheter);
    for (const u of this.base.units) this.units.set(u.orgnr, u);
    this.feeds = { enhet: [...this.base.oppdateringer.enhet], underenhet: [...this.base.oppdateringer.underenhet] };
    this.#nextId = this.feeds.enhet.length + this.feeds.underenhet.length + 1;
  }

  /** Active units of a kind, sorted by name then number (the default search order). */
  sorted(kind: UnitRecord["kind"]): UnitRecord[] {
    if (!this.#sorted) {
      const by = (k: UnitRecord["kind"]): UnitRecord[] =>
        [...this.units.values()]
          .filter((u) => u.kind === k && u.status === "active")
          .sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : 1));
      this.#sorted = { enhet: by("enhet"), underenhet: by("underenhet") };
    }
    return this.#sorted[kind];
  }

  /** The roles answer for an enhet. */
  roles(unit: UnitRecord): Record<string, unknown> {
    const recorded = this.base.recordedRoles.get(unit.orgnr);
    if (recorded) return recorded;
    // Auditors (REVI) are drawn from the generated accounting firms.
    this.#auditors ??= this.sorted("enhet").filter((u) => String(u.json.navn).includes("REGNSKAP"));
    return generatedRoles(this.seed, unit, this.#auditors);
  }

  #record(unit: UnitRecord, endringstype: Oppdatering["endringstype"], now: number): void {
    this.feeds[unit.kind].push({
      oppdateringsid: this.#nextId++,
      dato: new Date(now).toISOString(),
      organisasjonsnummer: unit.orgnr,
      endringstype,
    });
    this.revision++;
  }

  /** Keeps the sorted lists in step with a replaced record (binary search, no full re-sort). */
  #replace(old: UnitRecord, next: UnitRecord): void {
    this.units.set(next.orgnr, next);
    if (!this.#sorted) return;
    const list = this.#sorted[old.kind];
    const lowerBound = (key: string): number => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (nameKey(list[mid] as UnitRecord) < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const at = lowerBound(nameKey(old));
    if (list[at] === old) list.splice(at, 1);
    if (next.status === "active") list.splice(lowerBound(nameKey(next)), 0, next);
  }

  #get(orgnr: string): UnitRecord {
    const u = this.units.get(orgnr);
    if (!u) throw new Error(`replica mutate: no unit ${orgnr}`);
    return u;
  }

  /** Applies a Brreg mutation; records are replaced, never edited, since the base is shared. */
  mutate(m: Exclude<Mutation, { kind: "klass-rename" }>, now: number): void {
    const u = this.#get(m.orgnr);
    let next: UnitRecord;
    const today = new Date(now).toISOString().slice(0, 10);
    if (m.kind === "brreg-unit") {
      next = { ...u, json: { ...deepCopy(u.json), ...deepCopy(m.patch) } };
      this.#replace(u, next);
      this.#record(next, "Endring", now);
    } else if (m.kind === "brreg-delete") {
      next = { ...u, status: "deleted", slettedato: m.slettedato ?? today };
      this.#replace(u, next);
      this.#record(next, "Sletting", now);
    } else {
      next = { ...u, status: "removed", slettedato: u.slettedato ?? today };
      this.#replace(u, next);
      this.#record(next, "Fjernet", now);
    }
  }
}

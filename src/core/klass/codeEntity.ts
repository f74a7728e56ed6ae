import { date, entity, number, section, text } from "../cards/build";
import type { ArrayValue, EntityValue, PropertyValue, StringValue } from "../cards/cellValues";
import type { VersionList } from "./codeLists";
import { levelOf } from "./hierarchy";
import type { KlassCode, KlassCodeChange } from "./types";

/*
 * KLASS.KORT's card of one code: an entity value whose text is "0301 Oslo" and whose properties
 * carry Norwegian labels (as BRREG.KORT's), so `=A2.navn` and `=A2.[overordnet kode]` read them:
 * the code, its names, level, parent, validity, the classification and version it is read from,
 * notes, and the changes that touched the code (a table: date, from, to). Every label is on every
 * card (empty text where KLASS has nothing), so a column of cards never meets #FIELD!.
 */

export const CODE_LABELS = {
  code: "kode",
  name: "navn",
  shortName: "kortnavn",
  level: "nivå",
  parentCode: "overordnet kode",
  parentName: "overordnet navn",
  validFrom: "gyldig fra",
  validTo: "gyldig til",
  classification: "klassifikasjon",
  version: "versjon",
  notes: "merknader",
  changes: "endringer",
} as const;

const L = CODE_LABELS;

/** The KLASS page of a classification (the card's provider link). */
export function classificationUrl(id: number): string {
  return `https://www.ssb.no/klass/klassifikasjoner/${id}`;
}

const SSB = "Statistisk sentralbyrå (SSB), KLASS (CC BY 4.0)";

function named(code: string | null, name: string | null): string {
  return [code, name].filter((p) => typeof p === "string" && p !== "").join(" ");
}

/** The changes as a table with a header row, oldest first; "" when there are none. */
function changeTable(changes: readonly KlassCodeChange[]): ArrayValue | StringValue {
  if (changes.length === 0) return text("");
  const rows = [...changes]
    .sort((a, b) => (a.changeOccurred < b.changeOccurred ? -1 : a.changeOccurred > b.changeOccurred ? 1 : 0))
    .map((c) => [date(c.changeOccurred), text(named(c.oldCode, c.oldName)), text(named(c.newCode, c.newName))]);
  return {
    type: "Array",
    basicValue: "#VALUE!",
    basicType: "Error",
    elements: [[text("dato"), text("fra"), text("til")], ...rows],
  };
}

/** What one card is built from. */
export interface CodeCardInput {
  readonly item: KlassCode;
  /** The version list the code was found in (its classification, version span and index). */
  readonly list: VersionList;
  /** The changes of the classification that touched this code (as old or new code). */
  readonly changes: readonly KlassCodeChange[];
}

/**
 * The card of a code found in a version.
 *
 * @example codeEntity({ item: oslo, list, changes: [] }).text // → "0301 Oslo"
 */
export function codeEntity(input: CodeCardInput): EntityValue {
  const { item, list } = input;
  const parent = item.parentCode ? list.index.byCode.get(item.parentCode) : undefined;
  const level = levelOf(item);
  const properties: Record<string, PropertyValue> = {
    [L.code]: text(item.code),
    [L.name]: text(item.name),
    [L.shortName]: text(item.shortName ?? ""),
    [L.level]: Number.isFinite(level) ? number(level) : text(item.level),
    [L.parentCode]: text(item.parentCode ?? ""),
    [L.parentName]: text(parent?.name ?? ""),
    [L.validFrom]: date(item.validFrom ?? list.span.from),
    [L.validTo]: date(item.validTo ?? list.span.to),
    [L.classification]: text(named(String(list.meta.id), list.meta.name)),
    [L.version]: text(list.span.version.name),
    [L.notes]: text(item.notes ?? ""),
    [L.changes]: changeTable(input.changes),
  };
  return entity({
    text: named(item.code, item.name),
    properties,
    title: L.name,
    sections: [
      section("Kode", [L.code, L.name, L.shortName, L.level, L.parentCode, L.parentName]),
      section("Gyldighet", [L.validFrom, L.validTo, L.classification, L.version]),
      section("Merknader", [L.notes], true),
      section("Endringer", [L.changes], true),
    ],
    provider: { description: SSB, logoTargetAddress: classificationUrl(list.meta.id) },
  });
}

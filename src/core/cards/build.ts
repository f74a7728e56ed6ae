import type {
  Attribution,
  CardSection,
  DoubleValue,
  EntityValue,
  FormattedNumberValue,
  PropertyValue,
  Provider,
  StringValue,
} from "./cellValues";

/*
 * Building entity values (./cellValues.ts): property values from plain values, and an entity
 * whose card names only properties it has, so the rule "every property a layout names exists"
 * holds by construction, whatever a unit or code happens to lack.
 */

/** The number format of dates in cards: ISO, as the APIs and the other functions write dates. */
export const CARD_DATE_FORMAT = "yyyy-mm-dd";

const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

export function text(value: string): StringValue {
  return { type: "String", basicValue: value };
}

export function number(value: number): DoubleValue {
  return { type: "Double", basicValue: value };
}

/**
 * An ISO date (yyyy-mm-dd) as Excel's serial in the 1900 system (which counts a 1900-02-29 that
 * never was, so dates before 1900-03-01 are one less), or undefined for text that is not such a
 * date or a day before Excel's first (1900-01-01).
 *
 * @example isoToSerial("1972-09-18") // → 26560
 */
export function isoToSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(ms)) return undefined;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (serial < 61) return serial - 1 >= 1 ? serial - 1 : undefined;
  return serial;
}

/** A date as a formatted number (a real Excel date); text it cannot be (before 1900, malformed) stays text; absent → "". */
export function date(iso: string | undefined | null): FormattedNumberValue | StringValue {
  if (typeof iso !== "string" || iso === "") return text("");
  const serial = isoToSerial(iso);
  return serial === undefined
    ? text(iso)
    : { type: "FormattedNumber", basicValue: serial, numberFormat: CARD_DATE_FORMAT };
}

/** A property with its attribution (Excel shows the source and licence beside it). */
export function attributed<T extends StringValue>(value: T, attribution: Attribution): T {
  return { ...value, propertyMetadata: { attribution: [attribution] } };
}

/** What an entity is built from: its text, its properties in card order, and the card's sections. */
export interface EntitySpec {
  readonly text: string;
  readonly properties: Readonly<Record<string, PropertyValue>>;
  /** The property that titles the card. */
  readonly title: string;
  readonly sections: readonly CardSection[];
  readonly provider: Provider;
}

/**
 * The entity: a section keeps only the properties that exist, and a section left empty is
 * dropped, so the card never names a property the entity lacks.
 */
export function entity(spec: EntitySpec): EntityValue {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(spec.properties, name);
  const sections: CardSection[] = [];
  for (const section of spec.sections) {
    const properties = section.properties.filter(has);
    if (properties.length > 0) sections.push({ ...section, properties });
  }
  return {
    type: "Entity",
    basicValue: "#VALUE!",
    basicType: "Error",
    text: spec.text,
    properties: spec.properties,
    layouts: { card: { ...(has(spec.title) ? { title: { property: spec.title } } : {}), sections } },
    provider: spec.provider,
  };
}

/** A section as the card lists it. */
export function section(title: string, properties: string[], collapsed = false): CardSection {
  return collapsed ? { layout: "List", title, collapsed, properties } : { layout: "List", title, properties };
}

/*
 * Excel's entity values (data types), as plain JSON that core can build without Office.js: the
 * shapes of @types/office-js' Excel.EntityCellValue and the property values it holds, spelt with
 * the string literals the typings accept ("Entity", "String", …), so a value built here is
 * assignable to Excel.EntityCellValue (test/unit/core/cards checks that at compile time) and
 * reaches Excel through a custom function's result unchanged. (Arrays are mutable in these types
 * because Excel's are: a readonly array would not be assignable.) Microsoft's rules, from "Use cards
 * with entity value data types": every property has a `type` and a `basicValue`; a card layout
 * names properties that exist; `provider` says where the data comes from.
 */

/** Attribution of one property: where the value comes from, and its licence. */
export interface Attribution {
  readonly sourceText?: string;
  readonly sourceAddress?: string;
  readonly licenseText?: string;
  readonly licenseAddress?: string;
}

/** What Excel may show about a property besides its value (only attribution is used here). */
export interface PropertyMetadata {
  readonly attribution?: Attribution[];
}

interface Described {
  readonly propertyMetadata?: PropertyMetadata;
}

export interface StringValue extends Described {
  readonly type: "String";
  readonly basicValue: string;
}

export interface DoubleValue extends Described {
  readonly type: "Double";
  readonly basicValue: number;
}

/** A number with a number format: dates are Excel serials with a date format. */
export interface FormattedNumberValue extends Described {
  readonly type: "FormattedNumber";
  readonly basicValue: number;
  readonly numberFormat: string;
}

export interface BooleanValue extends Described {
  readonly type: "Boolean";
  readonly basicValue: boolean;
}

/** A table inside an entity (the card shows it as a table). */
export interface ArrayValue extends Described {
  readonly type: "Array";
  /** What a formula that cannot take an array sees (Excel's own value for arrays and entities). */
  readonly basicValue: "#VALUE!";
  readonly basicType: "Error";
  readonly elements: (StringValue | DoubleValue | FormattedNumberValue)[][];
}

/** Any value a property may hold. */
export type PropertyValue = StringValue | DoubleValue | FormattedNumberValue | BooleanValue | ArrayValue | EntityValue;

/** One section of a card: a titled list of property names. */
export interface CardSection {
  readonly layout: "List" | "Table";
  readonly title?: string;
  readonly collapsed?: boolean;
  readonly properties: string[];
}

export interface CardLayout {
  readonly title?: { readonly property: string };
  readonly subTitle?: { readonly property: string };
  readonly sections: CardSection[];
}

/** Who provides the data (Excel shows it at the foot of the card). */
export interface Provider {
  readonly description: string;
  readonly logoTargetAddress?: string;
}

/** An entity value: what a cell holds, what it shows (`text`), its properties and card. */
export interface EntityValue {
  readonly type: "Entity";
  readonly basicValue: "#VALUE!";
  readonly basicType: "Error";
  readonly text: string;
  readonly properties: Readonly<Record<string, PropertyValue>>;
  readonly layouts: { readonly card: CardLayout };
  readonly provider: Provider;
}

/**
 * The shapes KLASS promises, one per endpoint the add-in reads (required fields and their types,
 * as the API guide and the recorded answers show them), and the shapes of the values the cache
 * keeps for them. A 200 whose body fails its shape is an outage, never data (../http/unexpectedBody.ts).
 * Fields the product does not read are not checked; extra fields are allowed (the API adds some).
 */
import * as v from "valibot";
import { idFromLinks } from "./links";

const text = v.string();
/** Absent, null or text: optional texts are "" or null depending on the endpoint (see ./types.ts). */
const maybeText = v.nullish(v.string());
/** Any number, NaN included: a search hit without an id is kept as NaN (../klass/createKlassData.ts). */
const anyNumber = v.custom<number>((x) => typeof x === "number");

/** HAL paging (`page`), where the answer has it. */
const page = v.object({ size: v.number(), totalElements: v.number(), totalPages: v.number(), number: v.number() });

/** One item of `codesAt`, `variantAt` and `variants/{id}` (`level` is a string in JSON). */
const code = v.object({
  code: text,
  parentCode: maybeText,
  level: text,
  name: text,
  shortName: maybeText,
  presentationName: maybeText,
  validFrom: maybeText,
  validTo: maybeText,
  notes: maybeText,
});
/** One item of `codes?from&to` and `variant?from&to`. */
const rangeCode = v.object({
  ...code.entries,
  validFromInRequestedRange: text,
  validToInRequestedRange: maybeText,
});
const correspondenceItem = v.object({
  sourceCode: text,
  sourceName: text,
  sourceShortName: maybeText,
  targetCode: text,
  targetName: text,
  targetShortName: maybeText,
});
/** `changes`: null on the side that does not exist (an added or a removed code). */
const codeChange = v.object({
  oldCode: maybeText,
  oldName: maybeText,
  newCode: maybeText,
  newName: maybeText,
  changeOccurred: text,
});
const classification = v.object({
  name: text,
  id: v.number(),
  versions: v.array(
    v.object({ name: text, id: v.number(), validFrom: text, validTo: maybeText, lastModified: v.optional(text) }),
  ),
});
const variant = v.object({ name: text, id: v.number(), classificationItems: v.array(code) });
const searchHit = v.object({ name: text, id: v.optional(v.number()), snippet: v.optional(text) });
/** HAL lists always carry `_links`; an empty one has no `_embedded` at all. */
const links = v.object({});
/** `_links.self.href`, where an item's id is read when the API leaves `id` out (./links.ts). */
const selfLink = v.object({ self: v.object({ href: text }) });
/**
 * One entry of `classificationfamilies`: real answers (recorded) have no `id`; the family is
 * identified by its self link, so one of the two must name it.
 */
const family = v.pipe(
  v.object({
    name: text,
    id: v.optional(v.number()),
    numberOfClassifications: v.optional(v.number()),
    _links: v.optional(selfLink),
  }),
  v.check((f) => Number.isFinite(idFromLinks(f, "classificationfamilies"))),
);
/** A family as the cache keeps it: the id read (../klass/createKlassData.ts). */
const storedFamily = v.object({ name: text, id: v.number(), numberOfClassifications: v.optional(v.number()) });
const versionDetail = {
  id: v.number(),
  name: text,
  levels: v.array(v.object({ levelNumber: v.number(), levelName: text })),
};
const versionVariants = v.array(v.object({ id: v.number(), name: text }));
const versionTables = v.array(v.object({ id: v.number(), name: text }));

/** A shape check: true when `body` has the shape. */
type Check = (body: unknown) => boolean;
const check =
  (schema: v.GenericSchema): Check =>
  (body) =>
    v.is(schema, body);

/** One map of `correspondencetables/{id}` (either side may be empty where a code has no counterpart). */
const correspondenceMap = v.object({
  sourceCode: maybeText,
  sourceName: maybeText,
  targetCode: maybeText,
  targetName: maybeText,
});
const correspondenceTable = v.object({
  id: v.number(),
  name: text,
  source: maybeText,
  target: maybeText,
  correspondenceMaps: v.array(correspondenceMap),
});

/** The body each KLASS endpoint promises. */
export const klassBodies = {
  /** `classifications/{id}` */
  classification: check(classification),
  /** `codesAt`, `variantAt` */
  codesAt: check(v.object({ codes: v.array(code) })),
  /** `codes`, `variant` (a range) */
  codesInRange: check(v.object({ codes: v.array(rangeCode) })),
  /** `variants/{id}` */
  variant: check(variant),
  /** `correspondsAt` */
  correspondsAt: check(v.object({ correspondenceItems: v.array(correspondenceItem) })),
  /** `correspondencetables/{id}` */
  correspondenceTable: check(correspondenceTable),
  /** `changes` */
  changes: check(v.object({ codeChanges: v.array(codeChange) })),
  /** `classifications/search` */
  search: check(
    v.object({
      _links: links,
      _embedded: v.optional(v.object({ searchResults: v.array(searchHit) })),
      page: v.optional(page),
    }),
  ),
  /** `classificationfamilies` */
  families: check(v.object({ _embedded: v.object({ classificationFamilies: v.array(family) }) })),
  /** `classificationfamilies/{id}` */
  family: check(
    v.pipe(
      v.object({
        id: v.optional(v.number()),
        name: text,
        _links: v.optional(selfLink),
        classifications: v.array(v.object({ name: text })),
      }),
      v.check((f) => Number.isFinite(idFromLinks(f, "classificationfamilies"))),
    ),
  ),
  /** `versions/{id}` */
  version: check(
    v.object({
      ...versionDetail,
      classificationVariants: v.optional(versionVariants),
      correspondenceTables: v.optional(versionTables),
    }),
  ),
  /** `classifications?changedSince=` (the change feed) */
  changedSince: check(
    v.object({
      _links: links,
      _embedded: v.optional(v.object({ classifications: v.array(v.object({ id: v.number() })) })),
      page: v.optional(page),
    }),
  ),
} as const;

/** The values the cache keeps for KLASS keys (the body, or what its transform made of it). */
export const klassValues = {
  classification: klassBodies.classification,
  codes: check(v.array(code)),
  rangeCodes: check(v.array(rangeCode)),
  variant: klassBodies.variant,
  correspondenceItems: check(v.array(correspondenceItem)),
  correspondenceTable: check(correspondenceTable),
  codeChanges: check(v.array(codeChange)),
  searchPage: check(
    v.object({
      results: v.array(v.object({ name: text, id: anyNumber, snippet: text })),
      totalElements: v.optional(v.number()),
      more: v.boolean(),
    }),
  ),
  families: check(v.array(storedFamily)),
  family: check(
    v.object({ id: v.number(), name: text, classifications: v.array(v.object({ id: v.number(), name: text })) }),
  ),
  version: check(
    v.object({ ...versionDetail, classificationVariants: versionVariants, correspondenceTables: versionTables }),
  ),
} as const;

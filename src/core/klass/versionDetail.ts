/**
 * A classification version's page (`versions/{id}`) and a family's page
 * (`classificationfamilies/{id}`), read into plain shapes: the levels, variants and correspondence
 * tables a classification page lists, and a family's classifications.
 */
import { idFromLinks, type Linked } from "./links";

/** A version's page: levels, variants and correspondence tables. */
export interface KlassVersionDetail {
  readonly id: number;
  readonly name: string;
  readonly validFrom?: string;
  readonly validTo?: string | null;
  readonly levels: readonly { readonly levelNumber: number; readonly levelName: string }[];
  readonly classificationVariants: readonly {
    readonly id: number;
    readonly name: string;
    readonly validFrom?: string;
    readonly validTo?: string | null;
  }[];
  readonly correspondenceTables: readonly {
    readonly id: number;
    readonly name: string;
    readonly source?: string;
    readonly target?: string;
  }[];
}

/** Normalised again on the way out of the cache: a revalidation may store a refetched body as received. */
export function toVersionDetail(body: unknown): KlassVersionDetail {
  const v = (body ?? {}) as Partial<KlassVersionDetail> & { id?: number; name?: string };
  return {
    id: Number(v.id),
    name: String(v.name ?? ""),
    validFrom: v.validFrom,
    validTo: v.validTo ?? null,
    levels: Array.isArray(v.levels)
      ? v.levels.map((l) => ({ levelNumber: Number(l.levelNumber), levelName: String(l.levelName ?? "") }))
      : [],
    classificationVariants: Array.isArray(v.classificationVariants)
      ? v.classificationVariants.map((x) => ({
          id: Number(x.id),
          name: String(x.name ?? ""),
          validFrom: x.validFrom,
          validTo: x.validTo ?? null,
        }))
      : [],
    correspondenceTables: Array.isArray(v.correspondenceTables)
      ? v.correspondenceTables.map((x) => ({
          id: Number(x.id),
          name: String(x.name ?? ""),
          source: x.source,
          target: x.target,
        }))
      : [],
  };
}

/** The classifications of one family (`classificationfamilies/{id}`). */
export interface KlassFamilyDetail {
  readonly id: number;
  readonly name: string;
  readonly classifications: readonly { readonly id: number; readonly name: string }[];
}

export function toFamilyDetail(body: unknown): KlassFamilyDetail {
  const f = (body ?? {}) as {
    id?: unknown;
    name?: string;
    _links?: Linked["_links"];
    classifications?: (Linked & { name?: string })[];
  };
  return {
    id: idFromLinks(f, "classificationfamilies"),
    name: String(f.name ?? ""),
    classifications: (f.classifications ?? [])
      .map((c) => ({ id: idFromLinks(c, "classifications"), name: String(c.name ?? "") }))
      .filter((c) => Number.isFinite(c.id)),
  };
}

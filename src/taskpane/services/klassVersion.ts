import type { Services } from "../../core/services";

/**
 * A classification version's page (`versions/{id}`): levels, variants and correspondence tables.
 * KlassData has no method for it, so the taskpane reads it through the shared cache directly,
 * keyed under the classification (`klass/<id>/version/<versionId>/<language>`) so revalidation
 * of the classification refreshes it too.
 */
export interface KlassVersionDetail {
  readonly id: number;
  readonly name: string;
  readonly validFrom?: string;
  readonly validTo?: string | null;
  readonly levels: readonly { readonly levelNumber: number; readonly levelName: string }[];
  readonly classificationVariants: readonly { readonly id: number; readonly name: string; readonly validFrom?: string; readonly validTo?: string | null }[];
  readonly correspondenceTables: readonly { readonly id: number; readonly name: string; readonly source?: string; readonly target?: string }[];
}

function pick(body: unknown): KlassVersionDetail {
  const v = (body ?? {}) as Partial<KlassVersionDetail> & { id?: number; name?: string };
  return {
    id: Number(v.id), name: String(v.name ?? ""), validFrom: v.validFrom, validTo: v.validTo ?? null,
    levels: Array.isArray(v.levels) ? v.levels.map((l) => ({ levelNumber: Number(l.levelNumber), levelName: String(l.levelName ?? "") })) : [],
    classificationVariants: Array.isArray(v.classificationVariants)
      ? v.classificationVariants.map((x) => ({ id: Number(x.id), name: String(x.name ?? ""), validFrom: x.validFrom, validTo: x.validTo ?? null })) : [],
    correspondenceTables: Array.isArray(v.correspondenceTables)
      ? v.correspondenceTables.map((x) => ({ id: Number(x.id), name: String(x.name ?? ""), source: x.source, target: x.target })) : [],
  };
}

export async function klassVersion(services: Services, classificationId: number, versionId: number, language: "nb" | "en"): Promise<KlassVersionDetail> {
  // Normalised again on the way out: a revalidation may store the refetched body as received.
  return pick(await services.cache.get<unknown>({
    key: `klass/${classificationId}/version/${versionId}/${language}`,
    api: "klass",
    url: `${services.config.klassBaseUrl}/versions/${versionId}?language=${language}`,
    accept: "application/json",
    transform: pick,
  }));
}

/** The classifications of one family (`classificationfamilies/{id}`), through the shared cache. */
export interface KlassFamilyDetail {
  readonly id: number;
  readonly name: string;
  readonly classifications: readonly { readonly id: number; readonly name: string }[];
}

function idFromLinks(x: { id?: unknown; _links?: { self?: { href?: string } } }): number {
  if (typeof x.id === "number") return x.id;
  const match = /\/classifications\/(\d+)/.exec(x._links?.self?.href ?? "");
  return match ? Number(match[1]) : NaN;
}

function pickFamily(body: unknown): KlassFamilyDetail {
  const f = (body ?? {}) as { id?: number; name?: string; classifications?: { id?: unknown; name?: string; _links?: { self?: { href?: string } } }[] };
  return {
    id: Number(f.id), name: String(f.name ?? ""),
    classifications: (f.classifications ?? []).map((c) => ({ id: idFromLinks(c), name: String(c.name ?? "") })).filter((c) => Number.isFinite(c.id)),
  };
}

export async function klassFamily(services: Services, familyId: number, language: "nb" | "en", includeCodelists: boolean): Promise<KlassFamilyDetail> {
  return pickFamily(await services.cache.get<unknown>({
    key: `klass/families/${familyId}/${language}/${includeCodelists ? "all" : "classifications"}`,
    api: "klass",
    url: `${services.config.klassBaseUrl}/classificationfamilies/${familyId}?language=${language}&includeCodelists=${includeCodelists}`,
    accept: "application/json",
    transform: pickFamily,
  }));
}

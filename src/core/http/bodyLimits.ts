import type { ApiName } from "../errors";

/*
 * The largest answer body the fetch layer reads, per kind of endpoint. Each is several times the
 * largest real answer of its kind, so no real answer comes near, while a runaway body (a proxy
 * streaming a file, a broken server) is cut off after at most this much instead of being read,
 * parsed and held whole (a 40 MB body was read four times per request).
 *
 * Sizes of real answers (recorded): a BRREG unit ~3 KB, a search page ~3.2 KB per unit (so a full
 * page of 10,000 units ~32 MB), roles ~3 KB; KLASS metadata and searches well under 1 MB, the
 * largest code lists (SN2007 over a range, all levels) a few MB.
 */
const MB = 1024 * 1024;

/** The bound of each kind, bytes (of the decoded body, as it will sit in memory). */
export const BODY_LIMITS = {
  /** One BRREG unit (`enheter/{orgnr}`, `underenheter/{orgnr}`). */
  brregUnit: 1 * MB,
  /** BRREG unit lists and searches (`enheter?…`, up to 10,000 units a page). */
  brregList: 64 * MB,
  /** BRREG change feeds (`oppdateringer/…`, up to 10,000 events a page). */
  brregFeed: 32 * MB,
  /** Everything else of BRREG: roles, organisasjonsformer, kommuner, the API root. */
  brregOther: 4 * MB,
  /** KLASS code tables: `classifications/{id}/codes…`, variants, correspondences, changes. */
  klassCodes: 64 * MB,
  /** Everything else of KLASS: metadata, search, families, versions, one variant. */
  klassOther: 16 * MB,
} as const;

/** The path below the API root (`…/api/`, `…/v1/`), without leading or trailing slashes. */
function pathOf(url: string): string {
  const path = new URL(url).pathname;
  const at = Math.max(path.lastIndexOf("/api/"), path.lastIndexOf("/v1/"));
  const rest = at >= 0 ? path.slice(path.indexOf("/", at + 1)) : path;
  return rest.replace(/^\/+|\/+$/g, "");
}

/**
 * The most bytes an answer from `url` may have.
 *
 * @example maxBodyBytes("brreg", "https://data.brreg.no/enhetsregisteret/api/enheter/923609016") // 1 MB
 */
export function maxBodyBytes(api: ApiName, url: string): number {
  const path = pathOf(url);
  if (api === "klass") {
    return /^classifications\/\d+\/(codes|codesAt|variant|variantAt|correspondsAt|changes)$/.test(path)
      ? BODY_LIMITS.klassCodes
      : BODY_LIMITS.klassOther;
  }
  if (/^(enheter|underenheter)\/[^/]+$/.test(path)) return BODY_LIMITS.brregUnit;
  if (/^(enheter|underenheter)$/.test(path)) return BODY_LIMITS.brregList;
  if (/^oppdateringer\//.test(path)) return BODY_LIMITS.brregFeed;
  return BODY_LIMITS.brregOther;
}

/** "40 MB" for the outage message. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

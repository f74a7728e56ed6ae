import type { RemoteReplica } from "./replica/remote";

/**
 * The benchmark's inputs, built from the replica's own data: KLASS cells (code, date) over dates
 * that span every version of 131, organisation numbers of active units, and the theoretical
 * minimum of requests for each, computed from the data rather than written down.
 */
export interface KlassCell {
  readonly code: string;
  readonly date: string;
}

export interface KlassWorkload {
  readonly classification: number;
  readonly dates: readonly string[];
  readonly cells: readonly KlassCell[];
  /** validFrom of each version some date falls in. */
  readonly versionsTouched: readonly string[];
  /** Distinct versions touched + 1 (the classification's metadata, which maps dates to versions). */
  readonly minimumRequests: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `count` dates evenly spread from the first version's start to today (or the last version's start + a year). */
export function spanningDates(
  versions: RemoteReplica["classifications"][number]["versions"],
  count: number,
  today: string,
): string[] {
  const first = Date.parse(versions[0]?.validFrom ?? "2016-01-01");
  const lastStart = Date.parse(versions[versions.length - 1]?.validFrom ?? today);
  const end = Math.min(Date.parse(today), lastStart + 365 * DAY_MS);
  const step = (end - first) / Math.max(1, count - 1);
  return Array.from({ length: count }, (_, i) => iso(first + Math.round((i * step) / DAY_MS) * DAY_MS));
}

/** The validFrom of the version valid at `date`, if any. */
function versionAt(versions: RemoteReplica["classifications"][number]["versions"], date: string): string | undefined {
  return versions.find((v) => v.validFrom <= date && (v.validTo === null || date < v.validTo))?.validFrom;
}

/**
 * `cells` KLASS.CODENAME cells: cell i is at date i mod dates, with a code valid then (taken in
 * turn from that date's code list, fetched here once, outside any measurement).
 */
export async function klassWorkload(
  replica: RemoteReplica,
  classification: number,
  cells: number,
  dateCount: number,
): Promise<KlassWorkload> {
  const meta = replica.classifications.find((c) => c.id === classification);
  if (!meta) throw new Error(`the replica has no classification ${classification}`);
  const dates = spanningDates(meta.versions, dateCount, iso(Date.now()));
  const codesAt = new Map<string, string[]>();
  for (const date of new Set(dates)) {
    const response = await fetch(`${replica.klassBaseUrl}/classifications/${classification}/codesAt?date=${date}`, {
      headers: { accept: "application/json" },
    });
    const body = (await response.json()) as { codes?: Array<{ code: string }> };
    codesAt.set(
      date,
      (body.codes ?? []).map((c) => c.code),
    );
  }
  const list: KlassCell[] = [];
  for (let i = 0; i < cells; i++) {
    const date = dates[i % dates.length] as string;
    const codes = codesAt.get(date) ?? [];
    list.push({ date, code: codes[Math.floor(i / dates.length) % codes.length] ?? "0301" });
  }
  const touched = [
    ...new Set(dates.map((d) => versionAt(meta.versions, d)).filter((v): v is string => v !== undefined)),
  ].sort();
  return { classification, dates, cells: list, versionsTouched: touched, minimumRequests: touched.length + 1 };
}

/** `count` distinct active enheter, evenly spread over the register (not one block of neighbours). */
export function activeOrgnrs(replica: RemoteReplica, count: number): string[] {
  const all = replica.activeEnheter;
  if (count > all.length)
    throw new Error(`the replica has ${all.length} active enheter; ${count} asked for (start it with more)`);
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step)] as string);
}

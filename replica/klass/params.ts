/** Parsing and checking of KLASS query parameters, with the server's 400/404 answers. */
import { KlassError } from "./reply";
import type { KlassClassification, KlassVersion, Lang } from "./model";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid yyyy-MM-dd date or a 400. */
export function parseDate(name: string, value: string | null, required: boolean): string | null {
  if (value === null || value === "") {
    if (required)
      throw new KlassError(
        400,
        `Required request parameter '${name}' for method parameter type LocalDate is not present`,
      );
    return null;
  }
  const m = DATE.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new KlassError(
      400,
      `Failed to convert value of type 'java.lang.String' to required type 'java.time.LocalDate'; '${name}' must be a date on the form yyyy-MM-dd, got '${value}'`,
    );
  }
  return value;
}

/** from (required) and to (optional, exclusive); 400 when from >= to. */
export function parseRange(q: URLSearchParams): { from: string; to: string | null } {
  const from = parseDate("from", q.get("from"), true) as string;
  const to = parseDate("to", q.get("to"), false);
  if (to !== null && from >= to) throw new KlassError(400, `'from' (${from}) must be before 'to' (${to})`);
  return { from, to };
}

/** `language` (nb, nn or en; default nb). */
export function parseLang(q: URLSearchParams): Lang {
  const v = q.get("language") ?? "nb";
  if (v === "nb" || v === "nn" || v === "en") return v;
  throw new KlassError(400, `Unsupported language '${v}'. Supported languages are nb, nn and en`);
}

/** `selectLevel` as a level string, or null. */
export function parseLevel(q: URLSearchParams): string | null {
  const v = q.get("selectLevel") ?? q.get("level");
  if (v === null || v === "") return null;
  if (!/^\d+$/.test(v)) throw new KlassError(400, `Invalid selectLevel '${v}'`);
  return String(Number(v));
}

/** The classification or the real 404 message. */
export function findClassification(all: Map<number, KlassClassification>, idText: string): KlassClassification {
  const c = /^\d+$/.test(idText) ? all.get(Number(idText)) : undefined;
  if (!c) throw new KlassError(404, `Classification not found with id = ${idText}`);
  return c;
}

/** Versions visible now: future ones (validFrom after today) only with includeFuture=true. */
export function visibleVersions(c: KlassClassification, q: URLSearchParams, now: number): KlassVersion[] {
  const today = new Date(now).toISOString().slice(0, 10);
  const includeFuture = q.get("includeFuture") === "true";
  return c.versions.filter((v) => includeFuture || v.validFrom <= today);
}

/** The version valid at a date, or a 404. */
export function versionAt(c: KlassClassification, versions: KlassVersion[], date: string): KlassVersion {
  const v = versions.find((x) => x.validFrom <= date && (x.validTo === null || x.validTo > date));
  if (!v) throw new KlassError(404, `${c.name.nb} - ${c.id} does not have a version valid at ${date}`);
  return v;
}

/** Versions overlapping [from, to), oldest first, or a 404 when there is none. */
export function versionsIn(
  c: KlassClassification,
  versions: KlassVersion[],
  from: string,
  to: string | null,
): KlassVersion[] {
  const list = versions.filter((v) => (v.validTo === null || v.validTo > from) && (to === null || v.validFrom < to));
  if (list.length === 0)
    throw new KlassError(404, `${c.name.nb} - ${c.id} does not have a version valid in range ${from} - ${to ?? ""}`);
  return list;
}

/** 404 when a version is not published in the language asked for. */
export function checkPublished(v: { name: { nb: string }; published: Lang[] }, lang: Lang): void {
  if (!v.published.includes(lang)) throw new KlassError(404, `${v.name.nb} is not published in language ${lang}`);
}

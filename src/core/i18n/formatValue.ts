import type { UiLanguage } from "./language";

/*
 * Numbers, sizes and dates as the pane's language writes them: "1,5 MB" and "21 408" in nb,
 * "1.5 MB" and "21,408" in en; an ISO date as "18.09.1972" in nb, "18 Sept 1972" in en.
 */

const LOCALE: Readonly<Record<UiLanguage, string>> = { nb: "nb-NO", en: "en-GB" };

export function formatNumber(value: number, language: UiLanguage, fractionDigits?: number): string {
  return value.toLocaleString(
    LOCALE[language],
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
  );
}

/** A byte count as B, kB or MB with one decimal. */
export function formatBytes(bytes: number, language: UiLanguage): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 1)} kB`;
  return `${formatNumber(bytes / 1024 / 1024, language, 1)} MB`;
}

/** An ISO date (yyyy-mm-dd) as people read it; anything else is returned as it is. */
export function formatIsoDate(iso: string, language: UiLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(
    LOCALE[language],
    language === "nb"
      ? { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }
      : { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" },
  );
}

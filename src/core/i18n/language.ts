/**
 * The taskpane's two languages. Office reports its display language as a BCP 47 tag
 * ("nb-NO", "nn-NO", "en-US", …); Norwegian in any form (nb, nn, no) gets bokmål, anything else
 * English, as the issue asks.
 */
export type UiLanguage = "nb" | "en";

/** The UI language that follows a display-language tag. */
export function languageFor(displayLanguage: string | undefined): UiLanguage {
  const primary = (displayLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "nb" || primary === "nn" || primary === "no" ? "nb" : "en";
}

/** A saved choice, if it names one of the languages; undefined = follow Office. */
export function parseLanguage(value: unknown): UiLanguage | undefined {
  return value === "nb" || value === "en" ? value : undefined;
}

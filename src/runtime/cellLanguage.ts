import { languageFor, type UiLanguage } from "../core/i18n";

/**
 * The language of the messages custom functions put on #VALUE! and #N/A: Office's display
 * language, told by whoever can read it (the taskpane's entry, which runs in the shared runtime
 * as soon as the add-in loads), so neither core nor the functions need Office.js. Until told,
 * English (the messages functions had before).
 */
let language: UiLanguage = "en";

export function cellLanguage(): UiLanguage {
  return language;
}

/** Follow a display-language tag ("nb-NO", "en-US", …); Norwegian in any form gets bokmål. */
export function setCellLanguage(displayLanguage: string | undefined): void {
  language = languageFor(displayLanguage);
}

/** Taskpane strings in Norwegian bokmål and English; pure, so tests and core can use them. */
export { languageFor, parseLanguage, type UiLanguage } from "./language";
export { translator, format, EN, NB, type Translate } from "./translate";

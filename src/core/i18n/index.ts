/** Taskpane strings in Norwegian bokmål and English; pure, so tests and core can use them. */
export { languageFor, parseLanguage, UI_LANGUAGES, type UiLanguage } from "./language";
export { translator, format, formatNumber, EN, NB, type Translate, type StringKey, type Strings } from "./translate";

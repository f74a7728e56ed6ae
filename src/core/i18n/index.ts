/** Taskpane strings in Norwegian bokmål and English; pure, so tests and core can use them. */
export { languageFor, parseLanguage, type UiLanguage } from "./language";
export { translator, format, plural, EN, NB, type Translate, type StringKey } from "./translate";
export { describeError, type ErrorText } from "./errorText";
export { fieldLabel } from "./fieldLabels";
export { formatBytes, formatIsoDate, formatNumber } from "./formatValue";

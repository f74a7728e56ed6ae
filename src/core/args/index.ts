/** Argument coercion shared by every custom function (KLASS and BRREG). */
export {
  isOmitted,
  scalar,
  toWholeNumber,
  coerceId,
  coerceOptionalInteger,
  coerceBoolean,
  coerceText,
  coerceLanguage,
} from "./scalars";
export { coerceDate, excelSerialToIso, isoToExcelSerial, isoToday, addDays } from "./dates";
export { coerceNameList } from "./lists";
export { checkLength, shown, MAX_NAME_LENGTH, MAX_SEARCH_TEXT_LENGTH } from "./bounds";

export { toGrid, shapeOf, broadcastShape, at, buildGrid, type Grid } from "./rangeGrid";

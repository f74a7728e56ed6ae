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
export { coerceDate, excelSerialToIso, isoToday, addDays } from "./dates";
export { coerceNameList } from "./lists";

export { toGrid, shapeOf, broadcastShape, at, buildGrid, type Grid } from "./rangeGrid";

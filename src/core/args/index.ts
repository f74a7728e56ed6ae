/** Argument coercion shared by every custom function (KLASS and BRREG). */
export {
  isOmitted, scalar, toWholeNumber, coerceId, coerceOptionalInteger, coerceBoolean, coerceText, coerceLanguage,
  type Language,
} from "./scalars";
export { coerceDate, excelSerialToIso, isoToday, addDays } from "./dates";
export { coerceNameList } from "./lists";
export { editDistance, nearestNames, didYouMean, type NearestOptions } from "./nearest";
export { toGrid, shapeOf, broadcastShape, at, buildGrid, type Grid, type Shape } from "./grid";

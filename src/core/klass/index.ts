/** KLASS: data access, domain logic and the functions' pure implementations. */

export { createKlassData, KLASS_SEARCH_MAX_RESULTS, type KlassDataDeps } from "./createKlassData";
export type * from "./types";
export { type KlassEnv } from "./klassEnv";
export { findVersionAt } from "./versions";
export { codeIndex, resolveCode, findCode } from "./codeIndex";

export { parseSelectCodes } from "./selectCodes";
export { followChanges } from "./followChanges";
export { stripHtml } from "./search";

export { klassCodename, klassLevel, klassValid, klassParent } from "./codeLookups";
export { klassCodes, klassCodesRange } from "./codeTables";
export { klassVariant, klassVariantCodes } from "./variants";
export { klassCorrespond, klassCorresponds } from "./correspondences";
export { klassChanges } from "./changes";
export { klassUpdateCode } from "./updateCode";
export { klassSearch } from "./search";
export { klassInfo } from "./info";
export { klassTrail, traceTrail, trailText, type Trail, type TrailFlag } from "./trail";
export { klassHierarchy } from "./wide";
export { klassCorrespondTable } from "./correspondTable";
export { klassDetect } from "./detect";

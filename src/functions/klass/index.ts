/**
 * The KLASS custom functions. Importing each file is enough: the metadata plugin appends
 * `CustomFunctions.associate(id, fn)` for every `@customfunction` in them.
 */
export { codename, codes, codesRange } from "./codes";
export { parent, level, valid, hierarchy } from "./hierarchy";
export { variant, variantCodes } from "./variants";
export { correspond, corresponds, correspondTable } from "./correspondences";
export { changes, trail, updateCode } from "./changes";
export { search, info, detect } from "./info";
export { kort } from "./cards";

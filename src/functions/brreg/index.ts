/**
 * The BRREG custom functions. Importing each file is enough: the metadata plugin appends
 * `CustomFunctions.associate(id, fn)` for every `@customfunction` in them.
 */
export { enhet, underenhet, status, gyldig, orgform } from "./units";
export { antall, roller, sok, underenheter } from "./tables";
export { kort } from "./cards";
export { endringer } from "./changes";

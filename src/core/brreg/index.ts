/**
 * The BRREG domain's public surface: the functions runtime, the taskpane and tests import from
 * here. Data access (`BrregData`) is implemented in ./brregData.ts; everything else is pure.
 */
export type { BrregData } from "./data";
export type { BrregRegister, BrregUnit, UnitLookup } from "./types";
export { normaliseOrgnr, isValidOrgnr, mod11Control } from "./orgnr";
export { FIELD_CATALOGUE, findField, fieldNamesFor, parseFields, fieldValue, addressLine, type FieldSpec, type FieldKind } from "./fields";
export { unitStatus, lookupStatus, STATUS } from "./status";
export { unitGrid, statusGrid, validGrid, lookupCell, type UnitGridOptions } from "./unitGrid";
export { rollerTable, flattenRoller, ROLLER_HEADER, type RolleRow } from "./roller";
export { parseFilters } from "./filters";
export { SEARCH_PARAMS, findParam, type ParamKind } from "./searchParams";
export { searchUnits, parseMax, SEARCH_CAP, DEFAULT_MAX, type SearchResult } from "./search";
export { sokTable, underenheterTable, SOK_DEFAULT_FIELDS, UNDERENHETER_DEFAULT_FIELDS } from "./searchTables";
export { orgformGrid } from "./orgform";
export type { CellScalar, Grid, GridCell } from "./grid";

export { Revalidator, type RevalidatorDeps } from "./revalidator";
export { revalidateKlass, klassTime, type KlassRevalidationDeps } from "./klassChanges";
export { revalidateBrreg, type BrregRevalidationDeps } from "./brregChanges";
export type { ApiRevalidation, RevalidationReport } from "./types";

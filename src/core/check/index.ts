export type * from "./types";
export { columnsOf, headerHint } from "./columns";
export { runWorkbookCheck, planColumn, type CheckDeps, type CheckOptions } from "./run";
export { fixColumn, type FixColumn } from "./fixes";
export { findingCounts, type FindingCounts } from "./counts";
export { describeFinding, yearsText } from "./describe";
export { shiftReport } from "./shift";

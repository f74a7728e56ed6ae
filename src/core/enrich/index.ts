/** Enriching a column of codes or organisasjonsnumre: fetched in batch-sized chunks, written in budget-sized writes, with progress and cancellation. */
export { runEnrich, type EnrichJob } from "./run";
export { planChunks, fetchChunkRows, DEFAULT_CHUNK_ROWS } from "./plan";
export { WriteBuffer, type EnrichWrite } from "./writeBuffer";
export { klassEnrichJob, brregEnrichJob, brregBatching, type BrregBatchLimits, type KlassAddition } from "./jobs";
export { settleRows, EXCEL_ERROR_FORMULA, type EnrichCell, type FailureStyle } from "./failures";
export { enrichNote } from "./note";

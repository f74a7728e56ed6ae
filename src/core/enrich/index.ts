/** Enriching a column of codes or organisasjonsnumre: fetched in batch-sized chunks, written in budget-sized writes, with progress and cancellation. */
export { runEnrich, type EnrichJob, type EnrichOptions, type EnrichResult } from "./run";
export { planChunks, fetchChunkRows, DEFAULT_CHUNK_ROWS, DEFAULT_CHUNKS_IN_FLIGHT, type EnrichBatching } from "./plan";
export { WriteBuffer, type EnrichWrite } from "./writeBuffer";
export { klassEnrichJob, brregEnrichJob, brregBatching, type BrregBatchLimits, type KlassAddition, type KlassEnrichSpec } from "./jobs";

/** Enriching a column of codes or organisasjonsnumre: chunked, with progress and cancellation. */
export { runEnrich, planChunks, DEFAULT_CHUNK_ROWS, type EnrichJob, type EnrichWrite, type EnrichOptions, type EnrichResult } from "./run";
export { klassEnrichJob, brregEnrichJob, type KlassAddition, type KlassEnrichSpec } from "./jobs";

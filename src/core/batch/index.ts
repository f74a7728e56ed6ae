export { MicroBatcher, type BatchLoad, type MicroBatcherOptions } from "./microBatcher";
export { chunkKeys, effectiveBatchMax, type ChunkLimits } from "./chunk";

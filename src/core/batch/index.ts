export { MicroBatcher } from "./microBatcher";
export { chunkKeys, effectiveBatchMax } from "./chunk";

/** The limits of one list request (see {@link chunkKeys}). */
export interface ChunkLimits {
  readonly maxKeys: number;
  readonly maxUrlBytes: number;
  /** Bytes of the URL with no key in it. */
  readonly baseBytes: number;
  /** Bytes one key adds, separator included (default: its length + 1). */
  readonly keyBytes?: (key: string) => number;
}

/**
 * Splits keys into request-sized groups: at most `maxKeys` per group, and no group whose URL
 * would exceed `maxUrlBytes` (URL = base + keys joined by a separator). Greedy, in order; a single
 * key longer than the limit still gets a group of its own (the server then answers 414).
 *
 * @example chunkKeys(["1", "2", "3"], { maxKeys: 2, maxUrlBytes: 8000, baseBytes: 80 }) // [["1", "2"], ["3"]]
 */
export function chunkKeys(keys: readonly string[], limits: ChunkLimits): string[][] {
  const keyBytes = limits.keyBytes ?? ((key: string) => key.length + 1);
  const chunks: string[][] = [];
  let current: string[] = [];
  let bytes = limits.baseBytes;
  for (const key of keys) {
    const add = keyBytes(key);
    if (current.length > 0 && (current.length >= limits.maxKeys || bytes + add > limits.maxUrlBytes)) {
      chunks.push(current);
      current = [];
      bytes = limits.baseBytes;
    }
    current.push(key);
    bytes += add;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Most keys of width `keyBytes` one request can carry under the limits (what "batch max" means in practice). */
export function effectiveBatchMax(limits: ChunkLimits, keyBytes: number): number {
  return Math.max(1, Math.min(limits.maxKeys, Math.floor((limits.maxUrlBytes - limits.baseBytes) / keyBytes)));
}

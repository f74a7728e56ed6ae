/**
 * A short, stable hash of a string (32-bit FNV-1a, base 36): for cache keys of long parameter
 * lists and for namespacing a store by base URLs. Not for security.
 *
 * @example shortHash("https://data.ssb.no/api/klass/v1") // "1x3k9qz" (7 characters or fewer)
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

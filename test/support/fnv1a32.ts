/**
 * The 32-bit FNV-1a hash (base 36) that cache keys and store namespaces were once built from, kept
 * here only so tests can show their crafted inputs really collide under it: a collision test whose
 * inputs did not collide under a 32-bit hash could not fail on the old code.
 */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The public services' base URLs (the defaults). */
export const REAL_KLASS = "https://data.ssb.no/api/klass/v1";
export const REAL_BRREG = "https://data.brreg.no/enhetsregisteret/api";

/**
 * A crafted pair of base URLs (an attacker's KLASS, a BRREG URL with a six-character suffix found
 * by meet-in-the-middle) whose `klass\nbrreg` text has the same 32-bit FNV-1a hash as the real
 * pair's: the old store namespace, and so the old IndexedDB database name.
 */
export const CRAFTED = {
  klassBaseUrl: "https://klass.evil.example/api/klass/v1",
  brregBaseUrl: "https://data.brreg.no/enhetsregisteret/api/LDVcTa",
} as const;

/**
 * Compact JSON with verbatim number literals. Brreg sends `"belop": 6392018780.00`; JSON.stringify
 * would drop the `.00`, so such values are held as {@link RawNumber} and spliced in as written.
 */

/** A number whose literal text must be sent exactly as recorded. */
export class RawNumber {
  constructor(readonly literal: string) {}
  /** For code that reads the value (sorting, filtering). */
  valueOf(): number {
    return Number(this.literal);
  }
}

const MARK = "\u0000raw:";

/** JSON.stringify that writes {@link RawNumber} literals verbatim (compact, like both real APIs). */
export function stringify(value: unknown): string {
  let hasRaw = false;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawNumber) {
      hasRaw = true;
      return MARK + v.literal;
    }
    return v;
  });
  if (!hasRaw) return text;
  // JSON.stringify escapes U+0000 as \u0000, so the marker cannot collide with real text.
  return text.replace(/"\\u0000raw:([-0-9.eE+]+)"/g, "$1");
}

/**
 * JSON.parse that keeps decimals with trailing zeros (e.g. `121200000.00`) as {@link RawNumber},
 * so recorded fixtures can be served back byte-for-byte in their number literals.
 */
export function parseKeepingDecimals(text: string): unknown {
  const wrapped = text.replace(/(:\s*)(-?\d+\.\d*0)(\s*[,}\]])/g, '$1"\\u0000raw:$2"$3');
  return JSON.parse(wrapped, (_key, v: unknown) =>
    typeof v === "string" && v.startsWith(MARK) ? new RawNumber(v.slice(MARK.length)) : v,
  );
}

/** Deep copy that keeps {@link RawNumber} instances (structuredClone would turn them into objects). */
export function deepCopy<T>(value: T): T {
  if (value instanceof RawNumber || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v: unknown) => deepCopy(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = deepCopy(v);
  return out as T;
}

/**
 * Structural comparison of a replica answer with a recorded one: same types, null versus "",
 * same values, the recorded keys present in the recorded order. Used by the fixture tests.
 */

/** Options for {@link compareJson}. */
export interface CompareOptions {
  /** Paths (`/codes/3/notes`) whose value may differ (documented exceptions). */
  ignoreValues?: RegExp[];
  /** Keys the replica may add (newer API shape), e.g. `validFrom` on 2022 `codesAt` items. */
  allowExtraKeys?: string[];
  /** Replaces the replica's base URLs with the real ones before comparing strings. */
  rewrite?: (s: string) => string;
}

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** Differences between `actual` and `expected`, as readable lines (empty when they match). */
export function compareJson(actual: unknown, expected: unknown, opts: CompareOptions = {}, path = ""): string[] {
  const ignored = (opts.ignoreValues ?? []).some((re) => re.test(path));
  if (kind(actual) !== kind(expected))
    return ignored
      ? []
      : [
          `${path || "/"}: type ${kind(actual)} (${JSON.stringify(actual)}) vs recorded ${kind(expected)} (${JSON.stringify(expected)})`,
        ];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length && !ignored)
      return [`${path}: length ${actual.length} vs recorded ${expected.length}`];
    return expected.flatMap((e, i) => compareJson(actual[i], e, opts, `${path}/${i}`));
  }
  if (expected !== null && typeof expected === "object") {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const out: string[] = [];
    const aKeys = Object.keys(a);
    const eKeys = Object.keys(e);
    const extra = aKeys.filter((k) => !(k in e) && !(opts.allowExtraKeys ?? []).includes(k));
    const missing = eKeys.filter((k) => !(k in a));
    if (extra.length > 0 && !ignored) out.push(`${path || "/"}: extra keys ${extra.join(",")}`);
    if (missing.length > 0 && !ignored) out.push(`${path || "/"}: missing keys ${missing.join(",")}`);
    const order = aKeys.filter((k) => k in e);
    const wanted = eKeys.filter((k) => k in a);
    if (order.join(",") !== wanted.join(",") && !ignored)
      out.push(`${path || "/"}: key order ${order.join(",")} vs recorded ${wanted.join(",")}`);
    for (const k of wanted) out.push(...compareJson(a[k], e[k], opts, `${path}/${k}`));
    return out;
  }
  if (ignored) return [];
  const av = typeof actual === "string" && opts.rewrite ? opts.rewrite(actual) : actual;
  return av === expected ? [] : [`${path}: ${JSON.stringify(av)} vs recorded ${JSON.stringify(expected)}`];
}

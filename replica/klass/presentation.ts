/**
 * `presentationNamePattern`: `{code}`, `{name}`, `{shortName}` and `lowercase(...)`,
 * `uppercase(...)`, `capitalize(...)` around them. Without a pattern the API sends "".
 */
import { KlassError } from "./reply";

/** Fields a pattern can use. */
export interface PatternFields {
  code: string;
  name: string;
  shortName: string;
}

const TOKEN = /\{([^{}]*)\}/g;
const FUNC = /^(lowercase|uppercase|capitalize)\((code|name|shortname|shortName)\)$/;

function field(f: PatternFields, key: string): string {
  return key.toLowerCase() === "shortname" ? f.shortName : key === "code" ? f.code : f.name;
}

/** A formatter for the pattern; 400 on an unknown token. Returns "" for every item when absent. */
export function parsePattern(pattern: string | null): (f: PatternFields) => string {
  if (pattern === null || pattern === "") return () => "";
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1] ?? "");
  for (const t of tokens) {
    if (!/^(code|name|shortName|shortname)$/.test(t) && !FUNC.test(t)) {
      throw new KlassError(400, `Invalid presentationNamePattern: unknown element {${t}}`);
    }
  }
  return (f) =>
    pattern.replace(TOKEN, (_m, t: string) => {
      const fn = FUNC.exec(t);
      if (!fn) return field(f, t);
      const v = field(f, fn[2] ?? "name");
      if (fn[1] === "lowercase") return v.toLowerCase();
      if (fn[1] === "uppercase") return v.toUpperCase();
      return v.charAt(0).toUpperCase() + v.slice(1).toLowerCase();
    });
}

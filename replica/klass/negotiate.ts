/**
 * KLASS content negotiation. The real server picks the format from `Accept` only (the `.json`
 * suffixes are deprecated): JSON, CSV (ISO-8859-1 unless UTF-8 is asked for) or XML, which is
 * also the default when no Accept header is sent.
 */

/** The chosen representation. */
export interface KlassFormat {
  kind: "json" | "csv" | "xml";
  /** CSV only: the charset to encode with. */
  charset: "ISO-8859-1" | "UTF-8";
}

interface MediaRange {
  type: string;
  charset: string | undefined;
  q: number;
  order: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept
    .split(",")
    .map((part, order) => {
      const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      let q = 1;
      let charset: string | undefined;
      for (const p of params) {
        const [k, v] = p.split("=").map((s) => s.trim());
        if (k === "q" && v !== undefined) q = Number(v) || 0;
        if (k === "charset" && v !== undefined) charset = v;
      }
      return { type, charset, q, order };
    })
    .filter((m) => m.type !== "" && m.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * Picks the format. `csvAllowed` is false for endpoints that only speak JSON and XML
 * (classifications, search, families, sections); CSV there falls back to JSON.
 */
export function negotiate(accept: string | undefined, csvAllowed: boolean): KlassFormat {
  if (!accept) return { kind: "xml", charset: "UTF-8" };
  for (const m of parseAccept(accept)) {
    if (m.type === "application/json" || m.type === "application/hal+json" || m.type === "application/*") {
      return { kind: "json", charset: "UTF-8" };
    }
    if (m.type === "text/csv" && csvAllowed) {
      return { kind: "csv", charset: m.charset === "utf-8" ? "UTF-8" : "ISO-8859-1" };
    }
    if (m.type === "text/xml" || m.type === "application/xml" || m.type === "text/*" || m.type === "*/*") {
      return { kind: "xml", charset: "UTF-8" };
    }
  }
  return { kind: "json", charset: "UTF-8" };
}

/** CSV and XML serialisations of KLASS answers, and the text encodings they are sent in. */

/** One CSV table: header names and rows of string/null cells (null is written as an empty cell). */
export interface CsvTable {
  fields: readonly string[];
  rows: ReadonlyArray<Record<string, unknown>>;
}

/** Thrown for a misspelled `csvFields` entry (the real server answers 400). */
export class CsvFieldError extends Error {
  constructor(readonly field: string) {
    super(`Invalid csvFields parameter: ${field}`);
    this.name = "CsvFieldError";
  }
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return "";
  return `"${String(value).replace(/"/g, '""')}"`;
}

/**
 * Writes a table like the real server: every value quoted, nulls as empty cells, `\n` line ends.
 * `csvFields` (comma list, case-sensitive) filters and orders the columns.
 */
export function toCsv(table: CsvTable, separator: string, csvFields: string | null): string {
  let fields = table.fields;
  if (csvFields !== null && csvFields !== "") {
    const wanted = csvFields.split(",").map((f) => f.trim());
    for (const f of wanted) if (!table.fields.includes(f)) throw new CsvFieldError(f);
    fields = wanted;
  }
  const lines = [fields.map((f) => `"${f}"`).join(separator)];
  for (const row of table.rows) lines.push(fields.map((f) => cell(row[f])).join(separator));
  return lines.join("\n") + "\n";
}

/** Encodes text; ISO-8859-1 replaces characters outside Latin-1 with `?` as Java does. */
export function encode(text: string, charset: "ISO-8859-1" | "UTF-8"): Buffer {
  if (charset === "UTF-8") return Buffer.from(text, "utf8");
  // eslint-disable-next-line no-control-regex
  return Buffer.from(text.replace(/[^\u0000-\u00ff]/g, "?"), "latin1");
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Singular element names for arrays, so `codes` holds `<code>` items and so on. */
function singular(key: string): string {
  if (key === "codes") return "codeItem";
  if (key === "classificationItems") return "classificationItem";
  if (key === "codeChanges") return "codeChange";
  if (key.endsWith("ies")) return key.slice(0, -3) + "y";
  if (key.endsWith("s")) return key.slice(0, -1);
  return "item";
}

function xmlNode(name: string, value: unknown, indent: string): string {
  if (value === null || value === undefined) return `${indent}<${name}/>`;
  if (Array.isArray(value)) {
    const inner = value.map((v) => xmlNode(singular(name), v, indent + "  ")).join("\n");
    return value.length === 0 ? `${indent}<${name}/>` : `${indent}<${name}>\n${inner}\n${indent}</${name}>`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    const inner = entries.map(([k, v]) => xmlNode(k.replace(/^_/, ""), v, indent + "  ")).join("\n");
    return `${indent}<${name}>\n${inner}\n${indent}</${name}>`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A plain XML rendering of a JSON answer under the given root element. */
export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlNode(root, value, "")}\n`;
}

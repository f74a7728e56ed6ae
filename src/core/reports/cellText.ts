import { isKbError } from "../errors";

/**
 * A computed cell (a value or an Error) as something a worksheet can hold. Errors become short
 * text ("#N/A: 0999 is not valid at 2024-01-01"): never a bare "#N/A", which Excel would turn into
 * its error value, and the message stays readable beside the data.
 */
export function cellText(value: unknown): string | number | boolean {
  if (value instanceof Error) {
    const kind = isKbError(value) ? value.kind : undefined;
    const tag = kind === "not-found" || kind === "removed" ? "#N/A" : "#VALUE!";
    return `${tag}: ${value.message}`;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return value === null || value === undefined ? "" : String(value);
}

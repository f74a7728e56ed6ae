/**
 * CSV files from Norwegian sources come as UTF-8 or as ISO-8859-1/Windows-1252 (Excel's "CSV"
 * on a Norwegian Windows). "auto" reads UTF-8 and falls back to Windows-1252 (a superset of
 * ISO-8859-1's printable characters) when the bytes are not valid UTF-8, so "Bærum" survives
 * either way. A UTF-8 byte-order mark is dropped.
 */
export type CsvEncoding = "auto" | "utf-8" | "iso-8859-1";

export function decodeCsvBytes(
  bytes: Uint8Array,
  encoding: CsvEncoding = "auto",
): { text: string; encoding: "utf-8" | "iso-8859-1" } {
  if (encoding === "iso-8859-1") return { text: new TextDecoder("windows-1252").decode(bytes), encoding };
  try {
    const text = new TextDecoder("utf-8", { fatal: encoding === "auto", ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "iso-8859-1" };
  }
}

import { InvalidInputError } from "../errors";

/**
 * An Excel or OpenDocument workbook chosen as a CSV file would decode to a sheet of binary junk.
 * Their first bytes give them away: .xlsx and .ods are zip archives ("PK\x03\x04"), the old .xls
 * an OLE compound file (D0 CF 11 E0). Throws the error the pane shows ("open it in Excel and
 * save it as CSV") before anything is written.
 */
export function rejectSpreadsheet(bytes: Uint8Array, fileName: string): void {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new InvalidInputError(`${fileName} is a workbook (xlsx, xls or ods), not a CSV text file`, {
      code: "not-csv",
      params: { file: fileName },
    });
  }
}

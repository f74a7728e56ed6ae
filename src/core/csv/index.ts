/** CSV in (streaming, any delimiter, UTF-8 or ISO-8859-1) and out (formula-safe). */
export { decodeCsvBytes, type CsvEncoding } from "./decode";
export { parseCsvText } from "./parse";
export { toCsv, csvCell, csvFileName, CSV_DIALECTS, type CsvDialect, type CsvDialectName } from "./format";
export { rejectSpreadsheet } from "./spreadsheetCheck";

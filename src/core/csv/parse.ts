import Papa from "papaparse";

/**
 * Parses CSV text with papaparse, streaming: rows arrive in chunks to `onRows`, so a file of a
 * million rows never needs one array of them all. The delimiter is detected (comma, semicolon —
 * Norwegian Excel's choice —, tab, pipe) unless given. Every field stays text: a code "0301" or an
 * organisasjonsnummer must not become a number here.
 */
interface CsvParseOptions {
  /** "" or omitted: detect. */
  readonly delimiter?: string;
  /** Rows per callback (default 5,000). */
  readonly chunkRows?: number;
  readonly onRows: (rows: string[][]) => void;
}

interface CsvParseResult {
  readonly rows: number;
  readonly delimiter: string;
  readonly errors: readonly string[];
}

export function parseCsvText(text: string, options: CsvParseOptions): Promise<CsvParseResult> {
  const size = options.chunkRows ?? 5000;
  let buffer: string[][] = [];
  let count = 0;
  let delimiter = options.delimiter ?? "";
  const errors: string[] = [];
  return new Promise((resolve) => {
    Papa.parse<string[]>(text, {
      delimiter: options.delimiter ?? "",
      delimitersToGuess: [";", ",", "\t", "|"],
      skipEmptyLines: "greedy",
      dynamicTyping: false,
      step: (result) => {
        delimiter ||= result.meta.delimiter;
        for (const error of result.errors)
          if (errors.length < 10) errors.push(`row ${(error.row ?? count) + 1}: ${error.message}`);
        buffer.push(result.data);
        count++;
        if (buffer.length >= size) {
          options.onRows(buffer);
          buffer = [];
        }
      },
      complete: () => {
        if (buffer.length) options.onRows(buffer);
        resolve({ rows: count, delimiter: delimiter || ",", errors });
      },
    });
  });
}

import { CellErrorCode, cellError, isCellError } from "./cellError";

/**
 * Excel's custom-functions runtime sends results to Excel in batched requests, and Excel refuses
 * a request over its payload limit. The runtime then puts every result of that batch back and
 * retries, for up to 60 s, before it drops them: one oversized answer keeps the other cells of
 * the batch waiting and then leaves them all at #BUSY! (seen with Microsoft's
 * custom-functions-runtime.js, test/build/real-runtime-contract.test.ts). When it retries in
 * slices, it makes them at most 2,000,000 characters (`_maxResultSize`): an answer larger than
 * that never fits. So an answer above this limit becomes one clear #VALUE! instead.
 */
export const MAX_RESULT_CHARS = 2_000_000;

/**
 * A cell error's JSON as the runtime sends it (`CustomFunctionError.toJSON`: valueType, code,
 * type, basicValue, basicType, message, errorType), without its message: about 150 characters.
 */
const ERROR_JSON_CHARS = 160;

/**
 * JSON lengths of the rich values (entity cards) already measured: a warm recalculation hands
 * back the same card objects, so each is stringified once, not on every answer.
 */
const objectChars = new WeakMap<object, number>();

function jsonChars(value: object): number {
  let chars = objectChars.get(value);
  if (chars === undefined) {
    chars = JSON.stringify(value).length + 1;
    objectChars.set(value, chars);
  }
  return chars;
}

/**
 * An upper estimate of the characters the grid takes in the runtime's JSON, without building the
 * JSON for plain values (this runs on every answer, so it only counts): strings by length plus
 * quotes and comma, numbers at their longest form, errors at their JSON with the message, and a
 * rich value (an entity card) at its own JSON's length.
 */
export function estimateResultChars(cells: readonly (readonly unknown[])[]): number {
  let chars = 2;
  for (const row of cells) {
    chars += 3;
    for (const cell of row) {
      if (typeof cell === "string") chars += cell.length + 3;
      else if (isCellError(cell)) chars += ERROR_JSON_CHARS + (cell.message?.length ?? 0);
      else if (typeof cell === "object" && cell !== null) chars += jsonChars(cell);
      else chars += 25;
    }
  }
  return chars;
}

/** The grid as is when it fits the runtime's result size; otherwise a #VALUE! that says what to do. */
export function withinResultSize<T extends readonly (readonly unknown[])[]>(cells: T): T {
  const chars = estimateResultChars(cells);
  if (chars <= MAX_RESULT_CHARS) return cells;
  const cellCount = cells.reduce((n, row) => n + row.length, 0);
  throw cellError(
    CellErrorCode.value,
    `The answer is too large for Excel: about ${(chars / 1e6).toFixed(1)} million characters for ` +
      `${cellCount.toLocaleString("en-US")} cells, over the ${MAX_RESULT_CHARS / 1e6} million a custom function's ` +
      "result may hold. Split the range into smaller ranges.",
  );
}

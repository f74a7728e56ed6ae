/**
 * What went wrong, as a code the UI can render in the user's language (src/core/i18n's
 * `describeError`), with the parameters the sentence needs. The message an error also carries
 * stays the technical detail (and the API's own text, when it sent one).
 */
export type ErrorCode =
  /** 5xx (after retries): params { status } */
  | "service-unavailable"
  /** 429 beyond the retry budget */
  | "too-many-requests"
  /** no connection slot free in time */
  | "busy"
  /** a 2xx that is not data: an empty body, a web page, cut-off JSON */
  | "bad-answer"
  /** the connection broke while the answer was read */
  | "connection-broke"
  /** the host could not be reached: params { host } */
  | "offline"
  /** the device reports no network */
  | "device-offline"
  /** no answer in time: params { seconds } */
  | "timeout"
  /** the base URL does not answer as the API */
  | "bad-base-url"
  /** the service refused the request (400); the API's own text is the detail */
  | "rejected"
  /** KLASS has no classification with this id: params { id } */
  | "unknown-classification"
  /** a search filter's value is not what it takes: params { name, expects } (a ParamKind) */
  | "invalid-filter"
  /** a search filter the register does not have: params { name } */
  | "unknown-filter"
  /** a workbook (xlsx, xls, ods) chosen as a CSV file: params { file } */
  | "not-csv";

/** Values for the message's placeholders (strings, so an id is never written as "99 999"). */
export type ErrorParams = Readonly<Record<string, string>>;

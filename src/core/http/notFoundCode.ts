import type { ApiName, ErrorCode, ErrorParams } from "../errors";

/**
 * The code of a real 404, where the URL says what was missing: KLASS's
 * `/classifications/{id}` (the request that opens a classification) is an unknown classification.
 * Other 404s keep the API's own sentence as their message and no code.
 */
export function notFoundCode(api: ApiName, url: string): { code?: ErrorCode; params?: ErrorParams } {
  if (api !== "klass") return {};
  const match = /\/classifications\/(\d+)(?:$|\?)/.exec(url);
  return match ? { code: "unknown-classification", params: { id: match[1]! } } : {};
}

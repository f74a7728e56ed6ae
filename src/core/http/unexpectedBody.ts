import { ServiceUnavailableError, type ApiName } from "../errors";

/**
 * The outage a 200 is when its body is not the shape its endpoint promises (`{"message":…}`, `[]`,
 * `null`, another unit than the one asked for): a proxy or a broken deployment, never data. It is
 * not stored, and a stale copy keeps being served (stale-if-error) until the service answers right.
 */
export function unexpectedBody(api: ApiName, url: string, status = 200): ServiceUnavailableError {
  return new ServiceUnavailableError("answered with an unexpected body", { api, url, status });
}

import { DEFAULT_CONFIG, checkBaseUrl } from "../core/config";
import { shownValue, type RuntimeProblem } from "./problems";

/** The two base URLs the runtime builds its services with. */
export interface ApiBaseUrls {
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
}

export const BASE_URL_KEYS: readonly (keyof ApiBaseUrls)[] = ["klassBaseUrl", "brregBaseUrl"];

/** The public services, from the one place they are defined (the core's defaults). */
export const PUBLIC_BASE_URLS: ApiBaseUrls = Object.freeze({
  klassBaseUrl: DEFAULT_CONFIG.klassBaseUrl,
  brregBaseUrl: DEFAULT_CONFIG.brregBaseUrl,
});

/** One source's base URLs, unchecked (any may be missing or not a URL). */
export type PartialBaseUrls = Partial<Record<keyof ApiBaseUrls, unknown>>;

/**
 * One source's URLs through the core's check ({@link checkBaseUrl}): the good ones, normalised,
 * and a problem for each value given that fails (a missing key is not a problem).
 */
export function checkBaseUrls(
  source: RuntimeProblem["source"],
  given: PartialBaseUrls | undefined,
): { urls: Partial<ApiBaseUrls>; problems: RuntimeProblem[] } {
  const urls: { -readonly [K in keyof ApiBaseUrls]?: string } = {};
  const problems: RuntimeProblem[] = [];
  for (const key of BASE_URL_KEYS) {
    const value = given?.[key];
    if (value === undefined || value === null || value === "") continue;
    const checked = checkBaseUrl(key, value);
    if (checked.ok) urls[key] = checked.url;
    else
      problems.push({
        source,
        key,
        reason: checked.problem,
        value: shownValue(value),
        message: `${source === "global" ? "KLASS_BRREG_CONFIG" : "Saved settings"}: ${checked.message}`,
      });
  }
  return { urls, problems };
}

/**
 * Pure: merge sources in priority order, per URL; a value the check refuses falls through to the
 * next source, and the public services come last.
 */
export function resolveBaseUrls(...sources: (PartialBaseUrls | undefined)[]): ApiBaseUrls {
  const first = (key: keyof ApiBaseUrls): string => {
    for (const source of sources) {
      const value = source?.[key];
      if (value === undefined) continue;
      const checked = checkBaseUrl(key, value);
      if (checked.ok) return checked.url;
    }
    return PUBLIC_BASE_URLS[key];
  };
  return { klassBaseUrl: first("klassBaseUrl"), brregBaseUrl: first("brregBaseUrl") };
}

/**
 * Where the functions runtime gets its API base URLs, in this order (first found wins):
 * 1. the settings saved by the taskpane (Settings → Advanced), in this origin's localStorage —
 *    functions and taskpane share one runtime and one origin, so both see them;
 * 2. a global `KLASS_BRREG_CONFIG = { klassBaseUrl, brregBaseUrl }` defined before functions.js
 *    loads (a proxy set-up, `npm run start:offline`, the browser tests);
 * 3. the public services.
 * Each source may give one URL or both; missing ones fall through to the next source.
 */
import { DEFAULT_CONFIG } from "../../core/config";

/** The two base URLs the functions runtime uses. */
export interface ApiBaseUrls {
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
}

/** The public services, from the one place they are defined (the core's defaults). */
export const PUBLIC_BASE_URLS: ApiBaseUrls = Object.freeze({
  klassBaseUrl: DEFAULT_CONFIG.klassBaseUrl,
  brregBaseUrl: DEFAULT_CONFIG.brregBaseUrl,
});

/** The localStorage key under which the taskpane saves its settings. */
export const SETTINGS_STORAGE_KEY = "klass-brreg.settings";

/** One source's base URLs, unchecked (any may be missing or not a URL). */
export type PartialBaseUrls = Partial<Record<keyof ApiBaseUrls, unknown>>;

function pick(source: PartialBaseUrls | undefined, key: keyof ApiBaseUrls): string | undefined {
  const value = source?.[key];
  return typeof value === "string" && /^https?:\/\//.test(value.trim()) ? value.trim().replace(/\/+$/, "") : undefined;
}

/** Pure: merge the sources in priority order. */
export function resolveBaseUrls(...sources: (PartialBaseUrls | undefined)[]): ApiBaseUrls {
  const first = (key: keyof ApiBaseUrls): string => {
    for (const source of sources) {
      const url = pick(source, key);
      if (url) return url;
    }
    return PUBLIC_BASE_URLS[key];
  };
  return { klassBaseUrl: first("klassBaseUrl"), brregBaseUrl: first("brregBaseUrl") };
}

/** The settings saved by the taskpane, if this environment has localStorage and they parse. */
export function readSavedSettings(storage: Pick<Storage, "getItem"> | undefined): PartialBaseUrls | undefined {
  try {
    const text = storage?.getItem(SETTINGS_STORAGE_KEY);
    return text ? (JSON.parse(text) as PartialBaseUrls) : undefined;
  } catch {
    // Unreadable settings must not stop the functions from loading: fall through to the next source.
    return undefined;
  }
}

/** The global set by a page before functions.js loads. */
export function readGlobalConfig(scope: object): PartialBaseUrls | undefined {
  const config = (scope as { KLASS_BRREG_CONFIG?: unknown }).KLASS_BRREG_CONFIG;
  return typeof config === "object" && config !== null ? (config as PartialBaseUrls) : undefined;
}

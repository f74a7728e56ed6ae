import type { PartialBaseUrls } from "./baseUrls";

/**
 * The global a page may set before functions.js loads:
 * `window.KLASS_BRREG_CONFIG = { klassBaseUrl, brregBaseUrl }` (a proxy set-up, a build with the
 * KLASS_BRREG_CONFIG environment variable, `npm run start:offline`, the browser tests).
 * Unchecked: {@link checkBaseUrls} decides what of it is used.
 */
export function readGlobalConfig(scope: object): PartialBaseUrls | undefined {
  const config = (scope as { KLASS_BRREG_CONFIG?: unknown }).KLASS_BRREG_CONFIG;
  return typeof config === "object" && config !== null ? (config as PartialBaseUrls) : undefined;
}

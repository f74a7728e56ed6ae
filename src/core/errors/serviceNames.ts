import type { ApiName } from "./KbError";

/**
 * The services' names as users know them, for messages such as "KLASS unavailable: …" — the one
 * map both the HTTP core and the cell-error mapping use.
 */
export const SERVICE_NAMES: Readonly<Record<ApiName, string>> = Object.freeze({
  klass: "KLASS",
  brreg: "Enhetsregisteret",
});

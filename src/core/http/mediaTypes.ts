import type { ApiName } from "../errors";

/**
 * The `Accept` header per request. KLASS answers XML unless asked for JSON. Enhetsregisteret
 * versions its resources by media type; asking for the explicit version keeps a future v3 from
 * changing field shapes under us (API docs, "Versjonering": the table of headers per path).
 */
const BRREG = "application/vnd.brreg.enhetsregisteret";

/** Path (below the base URL) → media type, first match wins. */
const BRREG_MEDIA_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^enheter\/[^/]+\/roller$/, `${BRREG}.rolle.v1+json`],
  [/^enheter(\/[^/]+)?$/, `${BRREG}.enhet.v2+json`],
  [/^underenheter(\/[^/]+)?$/, `${BRREG}.underenhet.v2+json`],
  [/^oppdateringer\/enheter$/, `${BRREG}.oppdatering.enhet.v1+json`],
  [/^oppdateringer\/underenheter$/, `${BRREG}.oppdatering.underenhet.v1+json`],
  [/^oppdateringer\/roller$/, "application/cloudevents-batch+json"],
  [/^organisasjonsformer(\/.*)?$/, `${BRREG}.organisasjonsform.v1+json`],
  [/^kommuner(\/.*)?$/, `${BRREG}.kommune.v1+json`],
  [/^roller\/rolletyper(\/.*)?$/, `${BRREG}.rolletype.v1+json`],
  [/^roller\/rollegruppetyper(\/.*)?$/, `${BRREG}.rollegruppetype.v1+json`],
  [/^roller\/representanter(\/.*)?$/, `${BRREG}.representant.v1+json`],
  [/^$/, `${BRREG}.v1+json`],
];

/** The path of `url` below the Enhetsregisteret API root (`…/enhetsregisteret/api/`), without a leading slash. */
function brregPath(url: string): string {
  const path = new URL(url).pathname;
  const at = path.indexOf("/api");
  const rest = at >= 0 ? path.slice(at + 4) : path;
  return rest.replace(/^\/+|\/+$/g, "");
}

/**
 * The `Accept` value for a GET.
 *
 * @example acceptFor("brreg", "https://data.brreg.no/enhetsregisteret/api/enheter/923609016")
 *   // "application/vnd.brreg.enhetsregisteret.enhet.v2+json"
 */
export function acceptFor(api: ApiName, url: string): string {
  if (api === "klass") return "application/json";
  const path = brregPath(url);
  for (const [pattern, type] of BRREG_MEDIA_TYPES) if (pattern.test(path)) return type;
  return "application/json";
}

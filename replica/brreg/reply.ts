/** Brreg answers: versioned media types, the validation-error body, 404 without body, 410. */
import type { ApiRequest, ApiResponse } from "../http/types";
import { VARY } from "../http/cors";
import { stringify } from "../util/json";
import { BRREG_REAL_BASE } from "./parts";

/** Media types from the API's versioning table. */
export const MEDIA = {
  enhet: "application/vnd.brreg.enhetsregisteret.enhet.v2+json;charset=UTF-8",
  underenhet: "application/vnd.brreg.enhetsregisteret.underenhet.v2+json;charset=UTF-8",
  rolle: "application/vnd.brreg.enhetsregisteret.rolle.v1+json;charset=UTF-8",
  oppdateringEnhet: "application/vnd.brreg.enhetsregisteret.oppdatering.enhet.v1+json;charset=UTF-8",
  oppdateringUnderenhet: "application/vnd.brreg.enhetsregisteret.oppdatering.underenhet.v1+json;charset=UTF-8",
  organisasjonsform: "application/vnd.brreg.enhetsregisteret.organisasjonsform.v1+json;charset=UTF-8",
  kommune: "application/vnd.brreg.enhetsregisteret.kommune.v1+json;charset=UTF-8",
  rolletype: "application/vnd.brreg.enhetsregisteret.rolletype.v1+json;charset=UTF-8",
  rollegruppetype: "application/vnd.brreg.enhetsregisteret.rollegruppetype.v1+json;charset=UTF-8",
  representant: "application/vnd.brreg.enhetsregisteret.representant.v1+json;charset=UTF-8",
  root: "application/vnd.brreg.enhetsregisteret.v1+json;charset=UTF-8",
} as const;

/** One entry of `valideringsfeil`. */
export interface Valideringsfeil {
  feilmelding: string;
  parametere: string[];
  feilaktigVerdi: string;
}

/** Thrown by handlers for 400 answers. */
export class BrregValidationError extends Error {
  constructor(readonly feil: Valideringsfeil[]) {
    super(feil.map((f) => f.feilmelding).join("; "));
    this.name = "BrregValidationError";
  }
}

/** Thrown for status-only answers (404 without body) or 410 with a body. */
export class BrregStatus extends Error {
  constructor(
    readonly status: 404 | 410,
    readonly body?: Record<string, unknown>,
  ) {
    super(`Brreg ${status}`);
    this.name = "BrregStatus";
  }
}

function headers(type: string, length: number): Record<string, string | string[]> {
  return { "content-type": type, "content-length": String(length), vary: VARY };
}

/** JSON answer; links recorded with the real base are rewritten to the replica's. */
export function brregJson(req: ApiRequest, body: unknown, type: string, status = 200): ApiResponse {
  const text = stringify(body).split(BRREG_REAL_BASE).join(req.base);
  const buf = Buffer.from(text, "utf8");
  return { status, headers: headers(type, buf.length), body: buf };
}

/** The documented 400 body. */
export function validationResponse(req: ApiRequest, feil: Valideringsfeil[]): ApiResponse {
  const body = {
    tidsstempel: req.now,
    status: 400,
    feilmelding: "Feilaktig forespørsel",
    sti: req.fullPath,
    antallFeil: feil.length,
    valideringsfeil: feil,
  };
  return brregJson(req, body, "application/json", 400);
}

/** 404 with no content, as documented ("uten innhold"). */
export function emptyStatus(status: number): ApiResponse {
  return { status, headers: { "content-length": "0", vary: VARY }, body: Buffer.alloc(0) };
}

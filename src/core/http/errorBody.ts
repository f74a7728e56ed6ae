/**
 * Reads the server's own explanation out of an error body, in the three shapes the APIs use:
 * - KLASS problem details (RFC 7807): `{ "title": "Bad Request", "detail": "…" }`;
 * - a plain-text body (KLASS with a CSV or text Accept, and some proxies);
 * - Enhetsregisteret: `{ "feilmelding": "Feilaktig forespørsel", "valideringsfeil": [{ "feilmelding": "…", "feilaktigVerdi": "…" }] }`.
 * HTML pages are never shown to the user: they are proxy pages, not messages.
 */
const MAX_TEXT = 300;

/**
 * True when a body is markup (an HTML page, or XML — e.g. KLASS's default representation) rather
 * than the JSON or text asked for: an HTML/XML content type, or a body that starts with `<`.
 * Neither is ever shown as a message, and neither parses as data.
 */
export function looksLikeMarkup(text: string, contentType: string | null): boolean {
  if (contentType && /html|xml/i.test(contentType)) return true;
  return text.trimStart().startsWith("<");
}

/**
 * True for an RFC 7807 problem body (`application/problem+json`, or a JSON object with a string
 * `title` or `detail` and a numeric `status`) — what KLASS itself answers for errors. A 404 in any
 * other shape came from something in front of KLASS (a proxy, a wrong base URL).
 */
export function isProblemJson(text: string, contentType: string | null): boolean {
  const body = text.trim().startsWith("{") ? (parseJson(text) as Record<string, unknown> | undefined) : undefined;
  if (!body || typeof body !== "object") return false;
  if (contentType && /problem\+json/i.test(contentType)) return true;
  return (typeof body.title === "string" || typeof body.detail === "string") && typeof body.status === "number";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fromValideringsfeil(list: unknown[]): string | undefined {
  const parts = list
    .map((item) => {
      const entry = item as { feilmelding?: unknown; feilaktigVerdi?: unknown } | null;
      if (typeof entry?.feilmelding !== "string") return undefined;
      const value =
        typeof entry.feilaktigVerdi === "string" && entry.feilaktigVerdi ? ` (${entry.feilaktigVerdi})` : "";
      return `${entry.feilmelding}${value}`;
    })
    .filter((part): part is string => part !== undefined);
  return parts.length ? parts.join("; ") : undefined;
}

/** The message to show for an error body, or undefined when the body says nothing useful. */
export function serverMessage(text: string, contentType: string | null): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || looksLikeMarkup(trimmed, contentType)) return undefined;
  if (trimmed.startsWith("{")) {
    const body = parseJson(trimmed) as Record<string, unknown> | undefined;
    if (!body || typeof body !== "object") return undefined;
    if (Array.isArray(body.valideringsfeil)) {
      const detail = fromValideringsfeil(body.valideringsfeil);
      if (detail) return detail;
    }
    for (const field of ["detail", "feilmelding", "message", "title", "error"]) {
      const value = body[field];
      if (typeof value === "string" && value.trim()) return value.trim();
    }
    return undefined;
  }
  return trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT - 1)}…` : trimmed;
}

/** `slettedato` from a 410 body, when it is JSON and has one. */
export function slettedatoOf(text: string): string | undefined {
  const body = text.trim().startsWith("{") ? (parseJson(text) as { slettedato?: unknown } | undefined) : undefined;
  return typeof body?.slettedato === "string" ? body.slettedato : undefined;
}

/**
 * Bodies of injected failures, shaped like what sits in front of the real services: Spring's
 * 500 JSON (Brreg's documented shape, KLASS's problem), a Varnish-style HTML page for gateway
 * errors, and a captive-portal style HTML page for `htmlRate`.
 */
import type { ServerResponse } from "node:http";
import type { WrongBody } from "./index";
import type { ApiResponse } from "./http/types";
import { VARY } from "./http/cors";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  410: "Gone",
  414: "URI Too Long",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

function html(status: number, title: string): Buffer {
  return Buffer.from(
    `<!DOCTYPE html>\n<html><head><title>${status} ${title}</title></head><body><h1>Error ${status} ${title}</h1>` +
      `<p>Guru Meditation:</p><p>XID: ${status * 7919}</p><hr><p>Varnish cache server</p></body></html>\n`,
    "utf8",
  );
}

/** An injected error answer. */
export function faultResponse(
  api: "klass" | "brreg",
  status: number,
  fullPath: string,
  now: number,
  retryAfter: number | undefined,
  asHtml: boolean,
): ApiResponse {
  const reason = REASONS[status] ?? "Error";
  let body: Buffer;
  let type: string;
  if (asHtml || status === 502 || status === 504) {
    body = html(status, reason);
    type = "text/html; charset=utf-8";
  } else if (api === "brreg") {
    body = Buffer.from(
      JSON.stringify({
        timestamp: new Date(now).toISOString().replace("Z", "+0000"),
        status,
        error: reason,
        message: reason,
        path: fullPath,
        trace: `00000000-0000-4000-8000-${String(now % 1e12).padStart(12, "0")}`,
      }),
      "utf8",
    );
    type = "application/json";
  } else {
    body = Buffer.from(
      JSON.stringify({ type: "about:blank", title: reason, status, detail: reason, instance: fullPath }),
      "utf8",
    );
    type = "application/json";
  }
  const headers: Record<string, string | string[]> = {
    "content-type": type,
    "content-length": String(body.length),
    vary: VARY,
  };
  if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
  return { status, headers, body };
}

/** A 200 HTML page instead of the API answer (a proxy login page, a maintenance page). */
export function htmlPage(): ApiResponse {
  const body = Buffer.from(
    '<!DOCTYPE html>\n<html><head><title>Logg inn</title></head><body><form action="/login"><p>Du må logge inn for å bruke nettet.</p></form></body></html>\n',
    "utf8",
  );
  return {
    status: 200,
    headers: { "content-type": "text/html;charset=UTF-8", "content-length": String(body.length) },
    body,
  };
}

/** 414 as a front proxy sends it. */
export function uriTooLong(): ApiResponse {
  const body = html(414, "URI Too Long");
  return {
    status: 414,
    headers: { "content-type": "text/html; charset=utf-8", "content-length": String(body.length) },
    body,
  };
}

/** Two recorded numbers: a unit answer is given the other one (`other-unit`). */
const RECORDED_ORGNR = ["923609016", "810005912"] as const;

/**
 * A 200 of the wrong shape (see {@link WrongBody}); `answer` is the real answer, which
 * `other-unit` serves with another `organisasjonsnummer` (any other answer as it is).
 */
export function wrongBody(kind: WrongBody, answer: () => ApiResponse): ApiResponse {
  let text: string;
  if (kind === "other-unit") {
    const real = answer();
    const body = real.status === 200 ? (JSON.parse(real.body.toString("utf8")) as unknown) : undefined;
    if (typeof body !== "object" || body === null || !("organisasjonsnummer" in body)) return real;
    const asked = (body as { organisasjonsnummer: unknown }).organisasjonsnummer;
    text = JSON.stringify({
      ...body,
      organisasjonsnummer: asked === RECORDED_ORGNR[0] ? RECORDED_ORGNR[1] : RECORDED_ORGNR[0],
    });
  } else if (kind === "message") text = JSON.stringify({ message: "Tjenesten er midlertidig utilgjengelig" });
  else if (kind === "empty-array") text = "[]";
  else if (kind === "null") text = "null";
  else if (kind === "empty-object") text = "{}";
  else text = JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`felt${i}`, i])));
  const body = Buffer.from(text, "utf8");
  return {
    status: 200,
    headers: { "content-type": "application/json", "content-length": String(body.length), vary: VARY },
    body,
  };
}

/** 302 to `location` (no body), as a proxy or portal redirects. */
export function redirectTo(location: string): ApiResponse {
  return { status: 302, headers: { location, "content-length": "0" }, body: Buffer.alloc(0) };
}

const PAD_CHUNK = Buffer.alloc(64 * 1024, "x");

/**
 * Streams `{"padding":"xxx…"}` of about `bytes` bytes (valid JSON) without Content-Length, 64 KB
 * at a time and only as fast as the client reads; stops when the connection closes. Resolves
 * with the bytes written.
 */
export function streamHugeJson(res: ServerResponse, bytes: number, headers: Record<string, string>): Promise<number> {
  res.writeHead(200, { ...headers, "content-type": "application/json" });
  return new Promise((resolve) => {
    let written = 0;
    let closed = false;
    res.on("close", () => {
      closed = true;
      resolve(written);
    });
    const write = (chunk: Buffer): boolean => {
      written += chunk.length;
      return res.write(chunk);
    };
    write(Buffer.from('{"padding":"'));
    const more = (): void => {
      while (!closed && written < bytes) {
        if (!write(PAD_CHUNK)) {
          res.once("drain", more);
          return;
        }
      }
      if (!closed) {
        written += 2;
        res.end('"}', () => resolve(written));
      }
    };
    more();
  });
}

/**
 * Builds KLASS answers in the negotiated format, with the headers recorded from the real server
 * (see test/fixtures/recorded/README.md, "Observations"), and RFC 7807 problems for errors.
 */
import type { ApiRequest, ApiResponse } from "../http/types";
import { VARY } from "../http/cors";
import { stringify } from "../util/json";
import { negotiate, type KlassFormat } from "./negotiate";
import { CsvFieldError, encode, toCsv, toXml, type CsvTable } from "./formats";

/** Thrown by KLASS handlers; rendered as a problem in the request's format. */
export class KlassError extends Error {
  constructor(
    readonly status: 400 | 404 | 406,
    readonly detail: string,
  ) {
    super(detail);
    this.name = "KlassError";
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  406: "Not Acceptable",
  500: "Internal Server Error",
};

/** Headers seen on every recorded KLASS answer (Varnish and Spring security headers). */
function baseHeaders(contentType: string, length: number): Record<string, string | string[]> {
  return {
    "content-type": contentType,
    "content-length": String(length),
    "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
    pragma: "no-cache",
    expires: "0",
    vary: [...VARY, "Accept, X-Forwarded-Proto"],
    "x-content-type-options": "nosniff",
    "x-frame-options": "SAMEORIGIN",
  };
}

/** What a successful KLASS handler produces: the JSON value, its XML root and optional CSV table. */
export interface KlassBody {
  json: unknown;
  xmlRoot: string;
  csv?: CsvTable;
}

/** Renders a success in the negotiated format. */
export function klassOk(req: ApiRequest, body: KlassBody): ApiResponse {
  const format = negotiate(req.accept, body.csv !== undefined);
  if (format.kind === "csv" && body.csv) {
    const sep = req.query.get("csvSeparator") ?? ",";
    let text: string;
    try {
      text = toCsv(body.csv, sep === "" ? "," : sep, req.query.get("csvFields"));
    } catch (e) {
      if (e instanceof CsvFieldError) return klassProblem(req, 400, e.message, format);
      throw e;
    }
    const buf = encode(text, format.charset);
    return { status: 200, headers: baseHeaders(`text/csv;charset=${format.charset}`, buf.length), body: buf };
  }
  if (format.kind === "xml") {
    const buf = Buffer.from(toXml(body.xmlRoot, body.json), "utf8");
    return { status: 200, headers: baseHeaders("application/xml;charset=UTF-8", buf.length), body: buf };
  }
  const buf = Buffer.from(stringify(body.json), "utf8");
  return { status: 200, headers: baseHeaders("application/json;charset=UTF-8", buf.length), body: buf };
}

/** Renders an error: problem JSON, problem XML, or the bare detail as text for CSV requests. */
export function klassProblem(req: ApiRequest, status: number, detail: string, format?: KlassFormat): ApiResponse {
  const f = format ?? negotiate(req.accept, true);
  if (f.kind === "csv") {
    const buf = Buffer.from(detail, "utf8");
    return { status, headers: baseHeaders("text/csv;charset=UTF-8", buf.length), body: buf };
  }
  const problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, instance: req.fullPath };
  if (f.kind === "xml") {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<problem xmlns="urn:ietf:rfc:7807">\n` +
      Object.entries(problem)
        .map(([k, v]) => `    <${k}>${String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</${k}>`)
        .join("\n") +
      `\n</problem>\n`;
    const buf = Buffer.from(xml, "utf8");
    return { status, headers: baseHeaders("application/xml", buf.length), body: buf };
  }
  const buf = Buffer.from(stringify(problem), "utf8");
  return { status, headers: baseHeaders("application/json", buf.length), body: buf };
}
